#include "orderstatus.h"

namespace tableside {

namespace {

struct WireName
{
    OrderStatus value;
    const char *wire;
};

// The one mapping between values and wire strings; both directions read it.
constexpr WireName WireNames[] = {
    {OrderStatus::Pending, "pending"},     {OrderStatus::Preparing, "preparing"},
    {OrderStatus::Ready, "ready"},         {OrderStatus::Completed, "completed"},
    {OrderStatus::Cancelled, "cancelled"}, {OrderStatus::PendingApproval, "pending_approval"},
};

} // namespace

QString toWireString(OrderStatus value)
{
    for (const WireName &entry : WireNames) {
        if (entry.value == value)
            return QString::fromLatin1(entry.wire);
    }
    // Only reachable with a value cast from an out-of-range integer.
    return {};
}

std::optional<OrderStatus> orderStatusFromWire(const QString &wire)
{
    for (const WireName &entry : WireNames) {
        if (wire == QLatin1String(entry.wire))
            return entry.value;
    }
    return std::nullopt;
}

bool isOpen(OrderStatus status)
{
    return status != OrderStatus::Completed && status != OrderStatus::Cancelled;
}

} // namespace tableside
