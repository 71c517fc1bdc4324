#pragma once

#include <QString>
#include <optional>

namespace tableside {

/// Where an order is in its life; the wire strings are the origin app's.
enum class OrderStatus { Pending, Preparing, Ready, Completed, Cancelled };

/// "pending", "preparing", "ready", "completed", "cancelled".
QString toWireString(OrderStatus status);
std::optional<OrderStatus> orderStatusFromWire(const QString &wire);
/// Completed and Cancelled are final: nothing leaves them.
bool isOpen(OrderStatus status);

} // namespace tableside
