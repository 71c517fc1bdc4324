#pragma once

#include <QString>
#include <optional>

namespace tableside {

/// Where an order is in its life; the wire strings are the origin app's. PendingApproval
/// (issue 16): a guest's order over the venue's approval thresholds waits for staff to approve
/// (→ Pending) or reject (→ Cancelled) it; kitchens never see it.
enum class OrderStatus { Pending, Preparing, Ready, Completed, Cancelled, PendingApproval };

/// "pending", "preparing", "ready", "completed", "cancelled", "pending_approval".
QString toWireString(OrderStatus status);
std::optional<OrderStatus> orderStatusFromWire(const QString &wire);
/// Completed and Cancelled are final: nothing leaves them.
bool isOpen(OrderStatus status);

} // namespace tableside
