#include "splitmath.h"

namespace tableside {

QList<qint64> SplitMath::equalParts(qint64 totalCents, int parts)
{
    QList<qint64> result;
    if (parts < 1 || totalCents < 0)
        return result;
    result.reserve(parts);
    for (int index = 1; index <= parts; ++index)
        result.append(part(totalCents, parts, index));
    return result;
}

qint64 SplitMath::part(qint64 totalCents, int parts, int index)
{
    if (parts < 1 || index < 1 || index > parts || totalCents < 0)
        return 0;
    // Deterministic remainder: the first (total mod parts) parts carry one cent more, so any
    // waiter paying "part 1" of the same split gets the same amount.
    const qint64 base = totalCents / parts;
    const qint64 leftover = totalCents % parts;
    return base + (index <= leftover ? 1 : 0);
}

Money SplitMath::itemsAmount(const QList<Share> &shares)
{
    Money total;
    for (const Share &share : shares)
        total += share.unitPrice * share.quantity;
    return total;
}

} // namespace tableside
