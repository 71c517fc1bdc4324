#include "responsefigures.h"

#include <QJsonArray>
#include <QMap>
#include <cmath>

namespace tableside::server {

namespace {

QJsonObject figures(QList<qint64> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto seconds = [](qint64 value) {
        return value < 0 ? QJsonValue() : QJsonValue(std::round(value / 100.0) / 10.0);
    };
    return {{QStringLiteral("count"), ms.size()},
            {QStringLiteral("medianSeconds"), seconds(ResponseFigures::quantile(ms, 0.5))},
            {QStringLiteral("p90Seconds"), seconds(ResponseFigures::quantile(ms, 0.9))}};
}

} // namespace

qint64 ResponseFigures::quantile(const QList<qint64> &sortedMs, double fraction)
{
    if (sortedMs.isEmpty())
        return -1;
    // Nearest rank: the smallest value with at least fraction of the values at or below it.
    const qsizetype rank = qsizetype(std::ceil(fraction * double(sortedMs.size())));
    return sortedMs.at(qBound<qsizetype>(1, rank, sortedMs.size()) - 1);
}

QJsonObject ResponseFigures::compute(const QList<WaiterCall> &calls)
{
    QList<qint64> all;
    QMap<QString, QList<qint64>> byWaiter;
    int pending = 0;
    for (const WaiterCall &call : calls) {
        if (call.status == CallStatus::Pending)
            ++pending;
        if (!call.acknowledgedAt.isValid() || !call.createdAt.isValid())
            continue;
        const qint64 ms = qMax<qint64>(0, call.createdAt.msecsTo(call.acknowledgedAt));
        all.append(ms);
        byWaiter[call.acknowledgedBy].append(ms);
    }
    QJsonArray waiters;
    for (auto it = byWaiter.cbegin(); it != byWaiter.cend(); ++it) {
        QJsonObject entry = figures(it.value());
        entry.insert(QStringLiteral("staff"), it.key());
        waiters.append(entry);
    }
    return {{QStringLiteral("overall"), figures(all)},
            {QStringLiteral("waiters"), waiters},
            {QStringLiteral("pending"), pending}};
}

} // namespace tableside::server
