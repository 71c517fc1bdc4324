#pragma once

#include "auditlog.h"
#include "consolerecords.h"
#include "store.h"

#include <functional>

#include <optional>

namespace tableside::server {

class Database;
class MenuRepository;

/// The anti-prank rule (issue 16): with approval on, a table's order waits for staff when it
/// would make more than maxOrders orders, or more than maxEurCents, from that table within the
/// last windowMinutes (cancelled orders do not count).
class ApprovalRule
{
public:
    /// Inside a job: whether @p draft must wait; nullopt when the database failed.
    static std::optional<bool> mustWait(Database &database, MenuRepository &menu,
                                        const ServiceSwitches &switches,
                                        const Store::OrderDraft &draft, const QDateTime &now);
    /// Inside a job, after a waiting order moved to @p decided (pending = approved, cancelled
    /// = rejected): the audit entry, and @p printTickets for an approved one.
    static bool recordDecision(AuditLog &audit, const Order &decided, const StaffMember &by,
                               const QDateTime &now,
                               const std::function<bool(const Order &)> &printTickets);
};

} // namespace tableside::server
