#pragma once

#include <QString>
#include <optional>

namespace tableside {

/// What a staff member may do: waiters serve, the kitchen cooks (and may recall), managers all.
enum class StaffRole { Waiter, Kitchen, Manager };

/// "waiter", "kitchen", "manager".
QString toWireString(StaffRole role);
std::optional<StaffRole> staffRoleFromWire(const QString &wire);

} // namespace tableside
