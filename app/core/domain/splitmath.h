#pragma once

#include "money.h"

#include <QList>

namespace tableside {

/// The bill's split arithmetic, pure and exact in cents: N equal parts of a total (the cents
/// left over go to the first parts) and the amount of selected item quantities.
class SplitMath
{
public:
    /// One selected share of a line: its unit price and how many of it.
    struct Share
    {
        Money unitPrice;
        int quantity = 0;
    };

    /// @p total split into @p parts amounts that differ by at most one cent, the larger ones
    /// first; they add up to @p total exactly. Empty when @p parts < 1 or @p total < 0.
    static QList<qint64> equalParts(qint64 totalCents, int parts);
    /// The amount of part @p index (1-based) of equalParts(); 0 outside 1..parts.
    static qint64 part(qint64 totalCents, int parts, int index);
    /// Σ unitPrice × quantity over @p shares.
    static Money itemsAmount(const QList<Share> &shares);
};

} // namespace tableside
