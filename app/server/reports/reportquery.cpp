#include "reportquery.h"

#include "logging.h"

#include <QAtomicInteger>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace tableside::server {

namespace {

QAtomicInteger<quint64> connectionCounter;

qint64 roundedDivision(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return 0;
    return (2 * numerator + denominator) / (2 * denominator); // non-negative inputs: half up
}

// Milliseconds between two stored times (UTC ISO text), in SQL.
QString msBetween(const QString &from, const QString &to)
{
    return QStringLiteral("CAST(round((julianday(%2) - julianday(%1)) * 86400000.0) AS INTEGER)")
        .arg(from, to);
}

/// One read-only connection for one report run, removed afterwards.
class ReadConnection
{
public:
    explicit ReadConnection(const QString &path)
        : m_name(QStringLiteral("report-%1").arg(++connectionCounter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~ReadConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

// Runs @p sql with @p binds and calls @p eachRow for every row; false with @p error on failure.
template<typename EachRow>
bool select(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
            QString *error, EachRow &&eachRow)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        eachRow(std::as_const(query));
    return true;
}

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    return query.exec() && query.next();
}

/// Durations with what each belongs to, ranked into DurationStats at the end.
struct DurationList
{
    QList<qint64> values;
    QList<DurationStats::Slow> slow; ///< one per value

    void add(qint64 ms, DurationStats::Slow what)
    {
        ms = std::max<qint64>(ms, 0); // a clock step backwards never makes a negative time
        values.append(ms);
        what.ms = ms;
        slow.append(what);
    }
    DurationStats stats() const
    {
        DurationStats stats = ReportQuery::statsOf(values);
        QList<DurationStats::Slow> sorted = slow;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto &a, const auto &b) { return a.ms > b.ms; });
        stats.slowest = sorted.mid(0, 5);
        return stats;
    }
};

// Payments (issue 15): by method without voided ones (amounts without tips, tips apart);
// each voided one listed with who took it, who voided it and why.
bool readPayments(const QSqlDatabase &db, const QVariantList &days, Report *report,
                  const std::function<Report::StaffRow &(const QString &)> &staffRow,
                  QString *error)
{
    report->paymentsAvailable = true;
    std::map<QString, Report::PaymentRow> methods;
    const bool ok = select(
        db,
        QStringLiteral("SELECT method, amount_eur_cents, tip_eur_cents, taken_by, voided_at, "
                       "voided_by, void_reason, id, table_number FROM payments "
                       "WHERE business_day BETWEEN ? AND ?"),
        days, error, [&](const QSqlQuery &row) {
            const qint64 amount = row.value(1).toLongLong();
            const qint64 tip = row.value(2).toLongLong();
            if (!row.value(4).isNull()) {
                Report::VoidRow voided;
                voided.kind = QStringLiteral("payment-voided");
                voided.id = row.value(7).toString();
                voided.tableNumber = row.value(8).toInt();
                voided.at = QDateTime::fromString(row.value(4).toString(), Qt::ISODateWithMs);
                voided.by = row.value(5).toString();
                voided.amountEurCents = amount + tip;
                voided.reason = row.value(6).toString();
                report->voids.append(voided);
                ++staffRow(voided.by).paymentsVoided;
                return;
            }
            Report::PaymentRow &method = methods[row.value(0).toString()];
            method.method = row.value(0).toString();
            ++method.count;
            method.amountEurCents += amount;
            method.tipsEurCents += tip;
            report->paidEurCents += amount;
            report->tipsEurCents += tip;
            Report::StaffRow &member = staffRow(row.value(3).toString());
            ++member.payments;
            member.paymentsEurCents += amount;
            member.tipsEurCents += tip;
        });
    for (const auto &[name, row] : methods)
        report->paymentMethods.append(row);
    return ok;
}

} // namespace

ReportQuery::ReportQuery(QString databasePath, int businessDayStartHour)
    : m_path(std::move(databasePath))
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
    ReadConnection connection(m_path);
    if (!connection.ok()) {
        *error = connection.error();
        return std::nullopt;
    }
    const QSqlDatabase db = connection.db();
    // One read transaction: every figure comes from the same committed snapshot.
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    Report report;
    report.from = period.from;
    report.to = period.to;
    report.businessDayStartHour = m_startHour;
    report.generatedAt = QDateTime::currentDateTimeUtc();
    const QVariantList days {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)};

    // Orders, one row each with its items' totals: summary, hours, tables, staff.
    std::map<QString, Report::HourRow> hours; // by UTC hour "yyyy-MM-ddTHH"
    std::map<int, Report::TableRow> tables;
    QMap<QString, Report::StaffRow> staff;
    const auto staffRow = [&staff](const QString &name) -> Report::StaffRow & {
        Report::StaffRow &row = staff[name];
        row.name = name;
        return row;
    };
    bool ok = select(
        db,
        QStringLiteral(
            "SELECT o.status, substr(o.created_at, 1, 13), o.table_number, o.changed_by, "
            "(SELECT SUM(quantity) FROM order_items WHERE order_id = o.id), "
            "(SELECT SUM(quantity * unit_price_eur_cents) FROM order_items WHERE order_id = o.id), "
            "o.id, o.order_number, o.updated_at FROM orders o "
            "WHERE o.business_day BETWEEN ? AND ?"),
        days, error, [&](const QSqlQuery &row) {
            const QString status = row.value(0).toString();
            const qint64 items = row.value(4).toLongLong();
            const qint64 cents = row.value(5).toLongLong();
            const QString by = row.value(3).toString();
            if (status == u"cancelled") {
                ++report.cancelledOrders;
                report.cancelledEurCents += cents;
                if (!by.isEmpty())
                    ++staffRow(by).ordersCancelled;
                Report::VoidRow cancelled;
                cancelled.kind = QStringLiteral("order-cancelled");
                cancelled.id = row.value(6).toString();
                cancelled.orderNumber = row.value(7).toInt();
                cancelled.tableNumber = row.value(2).toInt();
                cancelled.at = QDateTime::fromString(row.value(8).toString(), Qt::ISODateWithMs);
                cancelled.by = by;
                cancelled.amountEurCents = cents;
                report.voids.append(cancelled);
                return;
            }
            ++report.orders;
            report.items += items;
            report.revenueEurCents += cents;
            Report::HourRow &hour = hours[row.value(1).toString()];
            ++hour.orders;
            hour.items += items;
            hour.revenueEurCents += cents;
            Report::TableRow &table = tables[row.value(2).toInt()];
            table.tableNumber = row.value(2).toInt();
            ++table.orders;
            table.items += items;
            table.revenueEurCents += cents;
            if (status == u"completed" && !by.isEmpty()) {
                Report::StaffRow &member = staffRow(by);
                ++member.ordersCompleted;
                member.completedEurCents += cents;
            }
        });
    report.averageTicketEurCents = roundedDivision(report.revenueEurCents, report.orders);
    for (auto &[utcHour, row] : hours) {
        const QDateTime utc = QDateTime::fromString(utcHour + QStringLiteral(":00:00Z"),
                                                    Qt::ISODate);
        row.start = utc.toLocalTime();
        row.start.setOffsetFromUtc(row.start.offsetFromUtc()); // keeps the offset when shown
        report.hours.append(row);
    }
    for (const auto &[number, row] : tables)
        report.tables.append(row);

    // Products and categories (names as ordered; the category as the menu has it now).
    if (ok) {
        QMap<QString, Report::CategoryRow> categories;
        ok = select(
            db,
            QStringLiteral(
                "SELECT i.product_id, MAX(i.product_name), MAX(i.product_name_en), "
                "SUM(i.quantity), SUM(i.quantity * i.unit_price_eur_cents), "
                "c.name_bg, c.name_en FROM orders o "
                "JOIN order_items i ON i.order_id = o.id "
                "LEFT JOIN products p ON p.id = i.product_id "
                "LEFT JOIN categories c ON c.id = p.category_id "
                "WHERE o.business_day BETWEEN ? AND ? AND o.status <> 'cancelled' "
                "GROUP BY i.product_id"),
            days, error, [&](const QSqlQuery &row) {
                Report::ProductRow product;
                product.productId = row.value(0).toLongLong();
                product.nameBg = row.value(1).toString();
                product.nameEn = row.value(2).toString();
                product.quantity = row.value(3).toLongLong();
                product.revenueEurCents = row.value(4).toLongLong();
                product.categoryBg = row.value(5).toString();
                product.categoryEn = row.value(6).toString();
                report.products.append(product);
                Report::CategoryRow &category = categories[product.categoryEn];
                category.nameBg = product.categoryBg;
                category.nameEn = product.categoryEn;
                category.quantity += product.quantity;
                category.revenueEurCents += product.revenueEurCents;
            });
        std::stable_sort(report.products.begin(), report.products.end(),
                         [](const auto &a, const auto &b) {
                             return a.revenueEurCents > b.revenueEurCents;
                         });
        report.categories = categories.values();
        std::stable_sort(report.categories.begin(), report.categories.end(),
                         [](const auto &a, const auto &b) {
                             return a.revenueEurCents > b.revenueEurCents;
                         });
    }

    // Kitchen and bar: order → a station's first start (or its ready, when it never reported
    // a start) and order → its last ready; "*" = the whole order (orders.ready_at).
    if (ok) {
        std::map<QString, std::pair<DurationList, DurationList>> stations;
        const bool hasStationTimes = hasTable(db, QStringLiteral("station_times"));
        const QString stationSql = QStringLiteral(
            "SELECT s.station, %1, %2, o.id, o.business_day, o.order_number, o.table_number "
            "FROM orders o JOIN station_times s ON s.order_id = o.id "
            "WHERE o.business_day BETWEEN ? AND ? AND o.status <> 'cancelled'")
            .arg(msBetween(QStringLiteral("o.created_at"),
                           QStringLiteral("COALESCE(s.started_at, s.ready_at)")),
                 msBetween(QStringLiteral("o.created_at"), QStringLiteral("s.ready_at")));
        const QString orderSql = QStringLiteral(
            "SELECT '*', NULL, %1, o.id, o.business_day, o.order_number, o.table_number "
            "FROM orders o WHERE o.business_day BETWEEN ? AND ? AND o.status <> 'cancelled' "
            "AND o.ready_at IS NOT NULL")
            .arg(msBetween(QStringLiteral("o.created_at"), QStringLiteral("o.ready_at")));
        const auto addRow = [&](const QSqlQuery &row) {
            auto &[toStart, toReady] = stations[row.value(0).toString()];
            const DurationStats::Slow what {row.value(3).toString(), row.value(4).toString(),
                                            row.value(5).toInt(), row.value(6).toInt(), 0};
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
            station.toStart = lists.first.stats();
            station.toReady = lists.second.stats();
            if (name == u"*")
                report.stations.prepend(station);
            else
                report.stations.append(station);
        }
    }

    // Waiter calls: by type and by waiter; unanswered = still pending.
    if (ok) {
        std::map<QString, std::pair<Report::CallRow, std::pair<DurationList, DurationList>>> types;
        std::map<QString, std::pair<Report::CallRow, std::pair<DurationList, DurationList>>> waiters;
        ok = select(
            db,
            QStringLiteral("SELECT call_type, status, %1, %2, acknowledged_by, changed_by, id, "
                           "business_day, table_number FROM waiter_calls "
                           "WHERE business_day BETWEEN ? AND ?")
                .arg(msBetween(QStringLiteral("created_at"), QStringLiteral("acknowledged_at")),
                     msBetween(QStringLiteral("created_at"), QStringLiteral("completed_at"))),
            days, error, [&](const QSqlQuery &row) {
                const QString status = row.value(1).toString();
                const DurationStats::Slow what {row.value(6).toString(), row.value(7).toString(),
                                                0, row.value(8).toInt(), 0};
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
                entry.first.toAcknowledge = entry.second.first.stats();
                entry.first.toComplete = entry.second.second.stats();
                (map == &types ? report.callTypes : report.waiterCalls).append(entry.first);
            }
        }
    }

    if (ok && hasTable(db, QStringLiteral("payments")))
        ok = readPayments(db, days, &report, staffRow, error);

    report.staff = staff.values();
    std::stable_sort(report.voids.begin(), report.voids.end(),
                     [](const auto &a, const auto &b) { return a.at < b.at; });
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    if (!ok) {
        qCWarning(lcReports) << "report" << period.label() << "failed:" << *error;
        return std::nullopt;
    }
    return report;
}

} // namespace tableside::server
