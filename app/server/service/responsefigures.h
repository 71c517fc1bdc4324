#pragma once

#include "waitercall.h"

#include <QJsonObject>
#include <QList>

namespace tableside::server {

/// Time to acknowledge waiter calls: median and 90th percentile, overall and per waiter.
class ResponseFigures
{
public:
    /// From @p calls (today's): those acknowledged count, by who acknowledged them.
    /// {"overall":{"count","medianSeconds","p90Seconds"},"waiters":[{"staff",…}],
    ///  "pending":n} — seconds with one decimal, null when there is no call.
    static QJsonObject compute(const QList<WaiterCall> &calls);
    /// The @p fraction quantile (nearest rank) of @p sortedMs; -1 when empty.
    static qint64 quantile(const QList<qint64> &sortedMs, double fraction);
};

} // namespace tableside::server
