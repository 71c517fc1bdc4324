#include "staffrole.h"

namespace tableside {

namespace {

struct WireName
{
    StaffRole value;
    const char *wire;
};

// The one mapping between values and wire strings; both directions read it.
constexpr WireName WireNames[] = {
    {StaffRole::Waiter, "waiter"},
    {StaffRole::Kitchen, "kitchen"},
    {StaffRole::Manager, "manager"},
};

} // namespace

QString toWireString(StaffRole value)
{
    for (const WireName &entry : WireNames) {
        if (entry.value == value)
            return QString::fromLatin1(entry.wire);
    }
    // Only reachable with a value cast from an out-of-range integer.
    return {};
}

std::optional<StaffRole> staffRoleFromWire(const QString &wire)
{
    for (const WireName &entry : WireNames) {
        if (wire == QLatin1String(entry.wire))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace tableside
