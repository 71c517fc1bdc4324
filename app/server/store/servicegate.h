#pragma once

#include "consolerecords.h"
#include "database.h"
#include "storeerror.h"

#include <optional>

namespace tableside::server {

class SettingsRepository;

/// The service switches as stored (settings key "service_switches", JSON), and the refusal a
/// guest's order or waiter call gets while a manager has switched it off.
class ServiceGate
{
public:
    enum class Kind { Ordering, Calls };
    static ServiceSwitches read(SettingsRepository &settings, Database::Connection connection);
    /// Inside a job.
    static bool write(SettingsRepository &settings, const ServiceSwitches &switches);
    /// service_paused with the manager's message when @p kind is switched off in @p switches
    /// (read inside the job).
    static std::optional<StoreError> refusal(const ServiceSwitches &switches, Kind kind);
};

} // namespace tableside::server
