#pragma once

#include <QString>
#include <optional>

namespace tableside {

/// Why a guest calls a waiter; the wire strings are the origin app's.
enum class CallType { PaymentCash, PaymentCard, Help, Service };

/// "payment_cash", "payment_card", "help", "service".
QString toWireString(CallType type);
std::optional<CallType> callTypeFromWire(const QString &wire);
/// Payment calls are urgent (the origin's `urgent: callType includes 'payment'`).
bool isUrgent(CallType type);

} // namespace tableside
