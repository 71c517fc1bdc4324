#pragma once

#include "language.h"
#include "order.h"

#include <QList>
#include <QString>

namespace tableside::dashboard {

/// The "all day" counts: how many of each item are still waiting across the open orders, per
/// station, so a cook can start six salads at once.
class AllDayCounter
{
public:
    struct Entry
    {
        QString station;
        qint64 productId = 0;
        QString name;
        int quantity = 0;

        bool operator==(const Entry &other) const
        {
            return station == other.station && productId == other.productId && name == other.name
                && quantity == other.quantity;
        }
    };

    /// Items of open orders not yet ready at their station; only @p station's when it is set.
    /// Sorted by station, then most wanted first, then name.
    static QList<Entry> count(const QList<Order> &orders, const QString &station,
                              Language language);
};

} // namespace tableside::dashboard
