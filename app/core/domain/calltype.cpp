#include "calltype.h"

namespace tableside {

namespace {

struct WireName
{
    CallType value;
    const char *wire;
};

// The one mapping between values and wire strings; both directions read it.
constexpr WireName WireNames[] = {
    {CallType::PaymentCash, "payment_cash"},
    {CallType::PaymentCard, "payment_card"},
    {CallType::Help, "help"},
    {CallType::Service, "service"},
};

} // namespace

QString toWireString(CallType value)
{
    for (const WireName &entry : WireNames) {
        if (entry.value == value)
            return QString::fromLatin1(entry.wire);
    }
    // Only reachable with a value cast from an out-of-range integer.
    return {};
}

std::optional<CallType> callTypeFromWire(const QString &wire)
{
    for (const WireName &entry : WireNames) {
        if (wire == QLatin1String(entry.wire))
            return entry.value;
    }
    return std::nullopt;
}

bool isUrgent(CallType type)
{
    return type == CallType::PaymentCash || type == CallType::PaymentCard;
}

} // namespace tableside
