#include "reportquery.h"

#include "logging.h"
#include "reportconnection.h"

#include <QHash>
#include <QMap>
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>

namespace tableside::server {

namespace {

qint64 roundedDivision(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return 0;
    return (2 * numerator + denominator) / (2 * denominator); // non-negative inputs: half up
}

// Milliseconds between two stored times (UTC ISO text), in SQL: SQLite has julianday(),
// PostgreSQL reads the ISO text as a timestamptz.
QString msBetween(bool postgres, const QString &from, const QString &to)
{
    if (postgres)
        return QStringLiteral("CAST(round(EXTRACT(EPOCH FROM (CAST(%2 AS timestamptz) - "
                              "CAST(%1 AS timestamptz))) * 1000) AS BIGINT)")
            .arg(from, to);
    return QStringLiteral("CAST(round((julianday(%2) - julianday(%1)) * 86400000.0) AS INTEGER)")
        .arg(from, to);
}

using Row = ReportConnection::Row;

// Runs @p sql on @p db: see ReportConnection::select.
template<typename EachRow>
bool select(ReportConnection &db, const QString &sql, const QVariantList &binds, QString *error,
            EachRow &&eachRow)
{
    return db.select(sql, binds, error, std::forward<EachRow>(eachRow));
}

/// The ids (of orders or of waiter calls) durations belong to, each kept once and known to
/// the durations by its index: a year has hundreds of thousands of durations, and a list of
/// integers keeps them small (the tables have no integer key both back ends share). Looked up
/// by the row's bytes, so a known id costs no allocation.
struct IdTable
{
    QHash<QByteArray, qint64> keys;
    QList<QByteArray> ids; ///< UTF-8

    qint64 key(const QByteArray &id)
    {
        const auto found = keys.constFind(id);
        if (found != keys.cend())
            return *found;
        const QByteArray copy(id.constData(), id.size()); // the row's bytes are not ours
        ids.append(copy);
        keys.insert(copy, ids.size() - 1);
        return ids.size() - 1;
    }
    QString id(qint64 key) const { return QString::fromUtf8(ids.at(key)); }
};

/// Durations with the row (an IdTable key) each belongs to; ranked into DurationStats at the
/// end, the slowest five looked up by id then.
struct DurationList
{
    QList<qint64> values;
    QList<qint64> rows; ///< one per value

    void add(qint64 ms, qint64 key)
    {
        values.append(std::max<qint64>(ms, 0)); // a clock step back never makes a negative time
        rows.append(key);
    }
    DurationStats stats(ReportConnection &db, bool orders, const IdTable &ids) const
    {
        DurationStats stats = ReportQuery::statsOf(values);
        QList<int> order(values.size());
        std::iota(order.begin(), order.end(), 0);
        const int top = int(std::min<qsizetype>(5, order.size()));
        // Equal times by id: the same five on both back ends, whatever order rows came in.
        std::partial_sort(order.begin(), order.begin() + top, order.end(),
                          [this, &ids](int a, int b) {
                              if (values.at(a) != values.at(b))
                                  return values.at(a) > values.at(b);
                              return ids.ids.at(rows.at(a)) < ids.ids.at(rows.at(b));
                          });
        for (int i = 0; i < top; ++i) {
            DurationStats::Slow slow;
            slow.ms = values.at(order.at(i));
            QString error;
            select(db,
                   orders ? QStringLiteral("SELECT id, business_day, order_number, table_number "
                                           "FROM orders WHERE id = ?")
                          : QStringLiteral("SELECT id, business_day, 0, table_number "
                                           "FROM waiter_calls WHERE id = ?"),
                   {ids.id(rows.at(order.at(i)))}, &error, [&slow](const Row &row) {
                       slow.id = row.value(0).toString();
                       slow.businessDay = row.value(1).toString();
                       slow.number = row.value(2).toInt();
                       slow.tableNumber = row.value(3).toInt();
                   });
            stats.slowest.append(slow);
        }
        return stats;
    }
};

// Payments (issue 15): by method and by who took them, without voided ones (amounts
// without tips, tips apart), summed in SQL; each voided one listed with who voided it and why.
bool readPayments(ReportConnection &db, const QVariantList &days, Report *report,
                  const std::function<Report::StaffRow &(const QString &)> &staffRow,
                  QString *error)
{
    report->paymentsAvailable = true;
    bool ok = select(
        db,
        QStringLiteral("SELECT method, COUNT(*), CAST(SUM(amount_eur_cents) AS BIGINT), "
                       "CAST(SUM(tip_eur_cents) AS BIGINT) FROM payments WHERE business_day "
                       "BETWEEN ? AND ? AND voided_at IS NULL "
                       "GROUP BY method ORDER BY method"),
        days, error, [&](const Row &row) {
            Report::PaymentRow method {row.value(0).toString(), row.value(1).toLongLong(),
                                       row.value(2).toLongLong(), row.value(3).toLongLong()};
            report->paidEurCents += method.amountEurCents;
            report->tipsEurCents += method.tipsEurCents;
            report->paymentMethods.append(method);
        });
    ok = ok
        && select(
             db,
             QStringLiteral("SELECT taken_by, COUNT(*), CAST(SUM(amount_eur_cents) AS BIGINT), "
                            "CAST(SUM(tip_eur_cents) AS BIGINT) FROM payments "
                            "WHERE business_day BETWEEN ? AND ? AND voided_at IS NULL "
                            "GROUP BY taken_by"),
             days, error, [&](const Row &row) {
                 Report::StaffRow &member = staffRow(row.value(0).toString());
                 member.payments += row.value(1).toLongLong();
                 member.paymentsEurCents += row.value(2).toLongLong();
                 member.tipsEurCents += row.value(3).toLongLong();
             });
    return ok
        && select(db,
                  QStringLiteral("SELECT id, table_number, voided_at, voided_by, void_reason, "
                                 "amount_eur_cents + tip_eur_cents FROM payments "
                                 "WHERE business_day BETWEEN ? AND ? AND voided_at IS NOT NULL"),
                  days, error, [&](const Row &row) {
                      Report::VoidRow voided;
                      voided.kind = QStringLiteral("payment-voided");
                      voided.id = row.value(0).toString();
                      voided.tableNumber = row.value(1).toInt();
                      voided.at = QDateTime::fromString(row.value(2).toString(), Qt::ISODateWithMs);
                      voided.by = row.value(3).toString();
                      voided.reason = row.value(4).toString();
                      voided.amountEurCents = row.value(5).toLongLong();
                      report->voids.append(voided);
                      ++staffRow(voided.by).paymentsVoided;
                  });
}

} // namespace

ReportQuery::ReportQuery(DatabaseSettings database, QString dataDir, int businessDayStartHour)
    : m_database(std::move(database))
    , m_dataDir(std::move(dataDir))
    , m_startHour(businessDayStartHour)
{ }

DurationStats ReportQuery::statsOf(QList<qint64> values)
{
    DurationStats stats;
    std::sort(values.begin(), values.end());
    stats.count = values.size();
    if (values.isEmpty())
        return stats;
    qint64 sum = 0;
    for (qint64 v : std::as_const(values))
        sum += v;
    stats.averageMs = roundedDivision(sum, stats.count);
    // Nearest rank: the smallest value with at least p·n values at or below it.
    const auto rank = [&](int percent) {
        const qint64 r = (percent * stats.count + 99) / 100;
        return values.at(std::clamp<qint64>(r, 1, stats.count) - 1);
    };
    stats.medianMs = rank(50);
    stats.p90Ms = rank(90);
    stats.all = values;
    return stats;
}

std::optional<Report> ReportQuery::run(const ReportPeriod &period, QString *error) const
{
    const auto connection = ReportConnection::open(m_database, m_dataDir, error);
    if (!connection)
        return std::nullopt;
    ReportConnection &db = *connection;
    const bool postgres = db.isPostgres();
    // One read transaction: every figure comes from the same committed snapshot.
    if (!db.begin(error))
        return std::nullopt;
    Report report;
    report.from = period.from;
    report.to = period.to;
    report.businessDayStartHour = m_startHour;
    report.generatedAt = QDateTime::currentDateTimeUtc();
    const QVariantList days {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)};

    // One pass over the period's order lines (they come order by order, see below): each
    // order's totals go to the summary, its hour, its table and who completed or cancelled it;
    // each line not cancelled to its product.
    std::map<QString, Report::HourRow> hours; // by UTC hour "yyyy-MM-ddTHH"
    std::map<int, Report::TableRow> tables;
    QMap<QString, Report::StaffRow> staff;
    QHash<qint64, Report::ProductRow> products;
    QList<std::pair<QString, qint64>> cancelledRows; // id, cents
    IdTable orderIds, callIds;
    const auto staffRow = [&staff](const QString &name) -> Report::StaffRow & {
        Report::StaffRow &row = staff[name];
        row.name = name;
        return row;
    };
    struct Current
    {
        QByteArray id; ///< UTF-8
        QString status, hour, by;
        int table = 0;
        qint64 items = 0, cents = 0;
    } current;
    const auto closeOrder = [&] {
        if (current.id.isEmpty())
            return;
        if (current.status == u"cancelled") {
            ++report.cancelledOrders;
            report.cancelledEurCents += current.cents;
            if (!current.by.isEmpty())
                ++staffRow(current.by).ordersCancelled;
            cancelledRows.append({QString::fromUtf8(current.id), current.cents});
            return;
        }
        ++report.orders;
        report.items += current.items;
        report.revenueEurCents += current.cents;
        Report::HourRow &hour = hours[current.hour];
        ++hour.orders;
        hour.items += current.items;
        hour.revenueEurCents += current.cents;
        Report::TableRow &table = tables[current.table];
        table.tableNumber = current.table;
        ++table.orders;
        table.items += current.items;
        table.revenueEurCents += current.cents;
        if (current.status == u"completed" && !current.by.isEmpty()) {
            Report::StaffRow &member = staffRow(current.by);
            ++member.ordersCompleted;
            member.completedEurCents += current.cents;
        }
    };
    // SQLite's plan (orders by day, then each one's items) groups the lines by order as it is;
    // PostgreSQL may hash-join them in any order, so it is asked to (a sort SQLite is spared).
    bool ok = select(
        db,
        QStringLiteral("SELECT o.id, o.status, substr(o.created_at, 1, 13), o.table_number, "
                       "o.changed_by, i.product_id, i.quantity, i.unit_price_eur_cents, "
                       "i.product_name, i.product_name_en FROM orders o "
                       "JOIN order_items i ON i.order_id = o.id "
                       "WHERE o.business_day BETWEEN ? AND ?")
            + (postgres ? QStringLiteral(" ORDER BY o.id") : QString()),
        days, error, [&](const Row &row) {
            // Compared as the row's bytes: a year has a million lines.
            const QByteArray id = row.value(0).bytes();
            if (id != current.id) {
                closeOrder();
                current = Current {QByteArray(id.constData(), id.size()),
                                   row.value(1).toString(),
                                   row.value(2).toString(),
                                   row.value(4).toString(),
                                   row.value(3).toInt(),
                                   0,
                                   0};
            }
            const qint64 quantity = row.value(6).toLongLong();
            const qint64 cents = quantity * row.value(7).toLongLong();
            current.items += quantity;
            current.cents += cents;
            if (current.status == u"cancelled")
                return;
            Report::ProductRow &product = products[row.value(5).toLongLong()];
            if (product.productId == 0) {
                product.productId = row.value(5).toLongLong();
                product.nameBg = row.value(8).toString();
                product.nameEn = row.value(9).toString();
            }
            product.quantity += quantity;
            product.revenueEurCents += cents;
        });
    closeOrder();
    report.averageTicketEurCents = roundedDivision(report.revenueEurCents, report.orders);
    // The cancelled orders' details (few), with who cancelled them.
    for (const auto &[id, cents] : std::as_const(cancelledRows)) {
        ok = ok
            && select(db,
                      QStringLiteral("SELECT id, order_number, table_number, updated_at, "
                                     "changed_by FROM orders WHERE id = ?"),
                      {id}, error, [&, cents = cents](const Row &row) {
                          Report::VoidRow cancelled;
                          cancelled.kind = QStringLiteral("order-cancelled");
                          cancelled.id = row.value(0).toString();
                          cancelled.orderNumber = row.value(1).toInt();
                          cancelled.tableNumber = row.value(2).toInt();
                          cancelled.at
                              = QDateTime::fromString(row.value(3).toString(), Qt::ISODateWithMs);
                          cancelled.by = row.value(4).toString();
                          cancelled.amountEurCents = cents;
                          report.voids.append(cancelled);
                      });
    }
    for (auto &[utcHour, row] : hours) {
        const QDateTime utc
            = QDateTime::fromString(utcHour + QStringLiteral(":00:00Z"), Qt::ISODate);
        row.start = utc.toLocalTime();
        row.start.setOffsetFromUtc(row.start.offsetFromUtc()); // keeps the offset when shown
        report.hours.append(row);
    }
    for (const auto &[number, row] : tables)
        report.tables.append(row);

    // Products by revenue; categories as the menu has them now.
    if (ok) {
        QHash<qint64, std::pair<QString, QString>> categoryOf;
        ok = select(db,
                    QStringLiteral("SELECT p.id, c.name_bg, c.name_en FROM products p "
                                   "JOIN categories c ON c.id = p.category_id"),
                    {}, error, [&](const Row &row) {
                        categoryOf.insert(row.value(0).toLongLong(),
                                          {row.value(1).toString(), row.value(2).toString()});
                    });
        QMap<QString, Report::CategoryRow> categories;
        for (Report::ProductRow &product : products) {
            std::tie(product.categoryBg, product.categoryEn) = categoryOf.value(product.productId);
            Report::CategoryRow &category = categories[product.categoryEn];
            category.nameBg = product.categoryBg;
            category.nameEn = product.categoryEn;
            category.quantity += product.quantity;
            category.revenueEurCents += product.revenueEurCents;
            report.products.append(product);
        }
        const auto byRevenue = [](const auto &a, const auto &b) {
            return a.revenueEurCents != b.revenueEurCents ? a.revenueEurCents > b.revenueEurCents
                                                          : a.nameEn < b.nameEn;
        };
        std::sort(report.products.begin(), report.products.end(), byRevenue);
        report.categories = categories.values();
        std::sort(report.categories.begin(), report.categories.end(), byRevenue);
    }

    // Kitchen and bar: order → a station's first start (or its ready, when it never reported
    // a start) and order → its last ready; "*" = the whole order (orders.ready_at).
    if (ok) {
        std::map<QString, std::pair<DurationList, DurationList>> stations;
        const bool hasStationTimes = db.hasTable(QStringLiteral("station_times"));
        orderIds.keys.reserve(report.orders); // no rehashing on a year's orders
        const QString stationSql
            = QStringLiteral("SELECT s.station, %1, %2, o.id "
                             "FROM orders o JOIN station_times s ON s.order_id = o.id "
                             "WHERE o.business_day BETWEEN ? AND ? AND o.status <> 'cancelled'")
                  .arg(msBetween(postgres, QStringLiteral("o.created_at"),
                                 QStringLiteral("COALESCE(s.started_at, s.ready_at)")),
                       msBetween(postgres, QStringLiteral("o.created_at"),
                                 QStringLiteral("s.ready_at")));
        const QString orderSql
            = QStringLiteral(
                  "SELECT '*', NULL, %1, o.id "
                  "FROM orders o WHERE o.business_day BETWEEN ? AND ? AND o.status <> 'cancelled' "
                  "AND o.ready_at IS NOT NULL")
                  .arg(msBetween(postgres, QStringLiteral("o.created_at"),
                                 QStringLiteral("o.ready_at")));
        const auto addRow = [&](const Row &row) {
            auto &[toStart, toReady] = stations[row.value(0).toString()];
            const qint64 what = orderIds.key(row.value(3).bytes());
            if (!row.value(1).isNull())
                toStart.add(row.value(1).toLongLong(), what);
            if (!row.value(2).isNull())
                toReady.add(row.value(2).toLongLong(), what);
        };
        if (hasStationTimes)
            ok = select(db, stationSql, days, error, addRow);
        ok = ok && select(db, orderSql, days, error, addRow);
        for (const auto &[name, lists] : stations) {
            Report::StationRow station;
            station.station = name;
            station.toStart = lists.first.stats(db, true, orderIds);
            station.toReady = lists.second.stats(db, true, orderIds);
            if (name == u"*")
                report.stations.prepend(station);
            else
                report.stations.append(station);
        }
    }

    // Waiter calls: by type and by waiter; unanswered = still pending.
    if (ok) {
        std::map<QString, std::pair<Report::CallRow, std::pair<DurationList, DurationList>>> types;
        std::map<QString, std::pair<Report::CallRow, std::pair<DurationList, DurationList>>>
            waiters;
        ok = select(
            db,
            QStringLiteral("SELECT call_type, status, %1, %2, acknowledged_by, changed_by, id "
                           "FROM waiter_calls "
                           "WHERE business_day BETWEEN ? AND ?")
                .arg(msBetween(postgres, QStringLiteral("created_at"),
                               QStringLiteral("acknowledged_at")),
                     msBetween(postgres, QStringLiteral("created_at"),
                               QStringLiteral("completed_at"))),
            days, error, [&](const Row &row) {
                const QString status = row.value(1).toString();
                const qint64 what = callIds.key(row.value(6).bytes());
                auto &type = types[row.value(0).toString()];
                type.first.group = row.value(0).toString();
                ++type.first.count;
                ++report.calls;
                if (status == u"pending") {
                    ++type.first.unanswered;
                    ++report.unansweredCalls;
                }
                if (!row.value(2).isNull()) {
                    type.second.first.add(row.value(2).toLongLong(), what);
                    const QString by = row.value(4).toString();
                    auto &waiter = waiters[by];
                    waiter.first.group = by;
                    ++waiter.first.count;
                    waiter.second.first.add(row.value(2).toLongLong(), what);
                    ++staffRow(by).callsAcknowledged;
                }
                if (!row.value(3).isNull() && status == u"completed") {
                    type.second.second.add(row.value(3).toLongLong(), what);
                    const QString by = row.value(5).toString();
                    auto &waiter = waiters[by];
                    waiter.first.group = by;
                    if (row.value(2).isNull())
                        ++waiter.first.count;
                    waiter.second.second.add(row.value(3).toLongLong(), what);
                    ++staffRow(by).callsCompleted;
                }
            });
        for (auto *map : {&types, &waiters}) {
            for (auto &[name, entry] : *map) {
                entry.first.toAcknowledge = entry.second.first.stats(db, false, callIds);
                entry.first.toComplete = entry.second.second.stats(db, false, callIds);
                (map == &types ? report.callTypes : report.waiterCalls).append(entry.first);
            }
        }
    }

    if (ok && db.hasTable(QStringLiteral("payments")))
        ok = readPayments(db, days, &report, staffRow, error);

    report.staff = staff.values();
    std::stable_sort(report.voids.begin(), report.voids.end(),
                     [](const auto &a, const auto &b) { return a.at < b.at; });
    db.commit();
    if (!ok) {
        qCWarning(lcReports) << "report" << period.label() << "failed:" << *error;
        return std::nullopt;
    }
    return report;
}

} // namespace tableside::server
