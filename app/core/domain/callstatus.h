#pragma once

#include <QString>
#include <optional>

namespace tableside {

/// Where a waiter call is in its life; the wire strings are the origin app's.
enum class CallStatus { Pending, Acknowledged, Completed };

/// "pending", "acknowledged", "completed".
QString toWireString(CallStatus status);
std::optional<CallStatus> callStatusFromWire(const QString &wire);
bool isOpen(CallStatus status);

} // namespace tableside
