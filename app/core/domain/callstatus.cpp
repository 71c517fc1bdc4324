#include "callstatus.h"

namespace tableside {

namespace {

struct WireName
{
    CallStatus value;
    const char *wire;
};

// The one mapping between values and wire strings; both directions read it.
constexpr WireName WireNames[] = {
    {CallStatus::Pending, "pending"},
    {CallStatus::Acknowledged, "acknowledged"},
    {CallStatus::Completed, "completed"},
};

} // namespace

QString toWireString(CallStatus value)
{
    for (const WireName &entry : WireNames) {
        if (entry.value == value)
            return QString::fromLatin1(entry.wire);
    }
    // Only reachable with a value cast from an out-of-range integer.
    return {};
}

std::optional<CallStatus> callStatusFromWire(const QString &wire)
{
    for (const WireName &entry : WireNames) {
        if (wire == QLatin1String(entry.wire))
            return entry.value;
    }
    return std::nullopt;
}

bool isOpen(CallStatus status)
{
    return status != CallStatus::Completed;
}

} // namespace tableside
