#include "reporttables.h"

#include "csvfield.h"
#include "money.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace tableside::server {

namespace {

class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"))
                          : QString();
}

qint64 bgn(qint64 euroCents)
{
    // Derived from the EUR total, as the bill shows it (half up; never summed from BGN parts).
    return divideRoundHalfUp(euroCents * Money::BgnPerEurNumerator, Money::BgnPerEurDenominator);
}

ReportTable summary(const Report &r)
{
    ReportTable t {
        QStringLiteral("summary"), {QStringLiteral("metric"), QStringLiteral("value")}, {}};
    const auto add = [&t](const char *metric, const QVariant &value) {
        t.rows.append({QString::fromLatin1(metric), value});
    };
    add("from", r.from.toString(Qt::ISODate));
    add("to", r.to.toString(Qt::ISODate));
    add("business_day_start_hour", qint64(r.businessDayStartHour));
    add("revenue_eur_cents", r.revenueEurCents);
    add("revenue_bgn_cents", bgn(r.revenueEurCents));
    add("orders", r.orders);
    add("items", r.items);
    add("average_ticket_eur_cents", r.averageTicketEurCents);
    add("cancelled_orders", r.cancelledOrders);
    add("cancelled_eur_cents", r.cancelledEurCents);
    if (r.paymentsAvailable) {
        qint64 payments = 0;
        for (const auto &m : r.paymentMethods)
            payments += m.count;
        qint64 voided = 0;
        for (const auto &v : r.voids)
            voided += v.kind == u"payment-voided" ? 1 : 0;
        add("payments", payments);
        add("paid_eur_cents", r.paidEurCents);
        add("paid_bgn_cents", bgn(r.paidEurCents));
        add("tips_eur_cents", r.tipsEurCents);
        for (const auto &m : r.paymentMethods)
            add(QStringLiteral("paid_%1_eur_cents").arg(m.method).toLatin1().constData(),
                m.amountEurCents);
        add("payments_voided", voided);
    }
    add("calls", r.calls);
    add("unanswered_calls", r.unansweredCalls);
    add("generated_at", timeText(r.generatedAt));
    return t;
}

QVariantList durationCells(const DurationStats &d)
{
    return {d.count, d.averageMs, d.medianMs, d.p90Ms};
}

} // namespace

QByteArray ReportTable::toCsv() const
{
    QString text;
    const auto line = [&text](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(CsvField::encode(field));
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(columns);
    for (const QVariantList &row : rows) {
        QStringList fields;
        for (const QVariant &cell : row)
            fields.append(cell.toString());
        line(fields);
    }
    return text.toUtf8();
}

QJsonObject ReportTable::toJson() const
{
    QJsonArray jsonRows;
    for (const QVariantList &row : rows)
        jsonRows.append(QJsonArray::fromVariantList(row));
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
            {QStringLiteral("rows"), jsonRows}};
}

QList<int> ReportTables::histogramBucketsMinutes()
{
    return {0, 5, 10, 15, 20, 30, 45, 60};
}

QList<ReportTable> ReportTables::tables(const Report &r)
{
    QList<ReportTable> tables {summary(r)};

    ReportTable products {QStringLiteral("by_product"),
                          {QStringLiteral("product_id"), QStringLiteral("name_bg"),
                           QStringLiteral("name_en"), QStringLiteral("category_bg"),
                           QStringLiteral("category_en"), QStringLiteral("quantity"),
                           QStringLiteral("revenue_eur_cents")},
                          {}};
    for (const auto &p : r.products)
        products.rows.append({p.productId, p.nameBg, p.nameEn, p.categoryBg, p.categoryEn,
                              p.quantity, p.revenueEurCents});
    tables.append(products);

    ReportTable categories {QStringLiteral("by_category"),
                            {QStringLiteral("name_bg"), QStringLiteral("name_en"),
                             QStringLiteral("quantity"), QStringLiteral("revenue_eur_cents")},
                            {}};
    for (const auto &c : r.categories)
        categories.rows.append({c.nameBg, c.nameEn, c.quantity, c.revenueEurCents});
    tables.append(categories);

    ReportTable hours {QStringLiteral("by_hour"),
                       {QStringLiteral("hour_start"), QStringLiteral("hour"),
                        QStringLiteral("orders"), QStringLiteral("items"),
                        QStringLiteral("revenue_eur_cents")},
                       {}};
    for (const auto &h : r.hours)
        hours.rows.append({h.start.toString(Qt::ISODate), qint64(h.start.time().hour()), h.orders,
                           h.items, h.revenueEurCents});
    tables.append(hours);

    ReportTable byTable {QStringLiteral("by_table"),
                         {QStringLiteral("table"), QStringLiteral("orders"),
                          QStringLiteral("items"), QStringLiteral("revenue_eur_cents")},
                         {}};
    for (const auto &t : r.tables)
        byTable.rows.append({qint64(t.tableNumber), t.orders, t.items, t.revenueEurCents});
    tables.append(byTable);

    ReportTable staff {QStringLiteral("by_staff"),
                       {QStringLiteral("staff"), QStringLiteral("orders_completed"),
                        QStringLiteral("completed_eur_cents"), QStringLiteral("orders_cancelled"),
                        QStringLiteral("calls_acknowledged"), QStringLiteral("calls_completed"),
                        QStringLiteral("payments"), QStringLiteral("payments_eur_cents"),
                        QStringLiteral("tips_eur_cents"), QStringLiteral("payments_voided")},
                       {}};
    for (const auto &s : r.staff)
        staff.rows.append({s.name, s.ordersCompleted, s.completedEurCents, s.ordersCancelled,
                           s.callsAcknowledged, s.callsCompleted, s.payments, s.paymentsEurCents,
                           s.tipsEurCents, s.paymentsVoided});
    tables.append(staff);

    const QStringList durationColumns {QStringLiteral("count"), QStringLiteral("average_ms"),
                                       QStringLiteral("median_ms"), QStringLiteral("p90_ms")};
    ReportTable stations {QStringLiteral("stations"),
                          QStringList {QStringLiteral("station"), QStringLiteral("measure")}
                              + durationColumns,
                          {}};
    ReportTable slowest {QStringLiteral("stations_slowest"),
                         {QStringLiteral("station"), QStringLiteral("measure"),
                          QStringLiteral("rank"), QStringLiteral("order_id"),
                          QStringLiteral("business_day"), QStringLiteral("order_number"),
                          QStringLiteral("table"), QStringLiteral("ms")},
                         {}};
    const QList<int> buckets = histogramBucketsMinutes();
    ReportTable histogram {QStringLiteral("station_times_histogram"),
                           {QStringLiteral("station"), QStringLiteral("from_minutes"),
                            QStringLiteral("to_minutes"), QStringLiteral("orders")},
                           {}};
    for (const auto &s : r.stations) {
        const QList<std::pair<QString, const DurationStats *>> measures {
            {QStringLiteral("to_start"), &s.toStart}, {QStringLiteral("to_ready"), &s.toReady}};
        for (const auto &[measure, stats] : measures) {
            if (stats->count == 0)
                continue;
            stations.rows.append(QVariantList {s.station, measure} + durationCells(*stats));
            for (int i = 0; i < stats->slowest.size(); ++i) {
                const auto &o = stats->slowest.at(i);
                slowest.rows.append({s.station, measure, qint64(i + 1), o.id, o.businessDay,
                                     qint64(o.number), qint64(o.tableNumber), o.ms});
            }
        }
        // Order → ready, in minute buckets (the distribution chart).
        QList<qint64> counts(buckets.size(), 0);
        for (const qint64 ms : s.toReady.all) {
            int bucket = int(buckets.size()) - 1;
            while (bucket > 0 && ms < qint64(buckets.at(bucket)) * 60000)
                --bucket;
            ++counts[bucket];
        }
        for (int i = 0; i < buckets.size() && s.toReady.count > 0; ++i)
            histogram.rows.append(
                {s.station, qint64(buckets.at(i)),
                 i + 1 < buckets.size() ? QVariant(qint64(buckets.at(i + 1))) : QVariant(QString()),
                 counts.at(i)});
    }
    tables.append(stations);
    tables.append(slowest);
    tables.append(histogram);

    ReportTable calls {QStringLiteral("calls"),
                       {QStringLiteral("by"), QStringLiteral("name"), QStringLiteral("count"),
                        QStringLiteral("unanswered"), QStringLiteral("acknowledged"),
                        QStringLiteral("acknowledge_average_ms"),
                        QStringLiteral("acknowledge_median_ms"),
                        QStringLiteral("acknowledge_p90_ms"), QStringLiteral("completed"),
                        QStringLiteral("complete_average_ms"), QStringLiteral("complete_median_ms"),
                        QStringLiteral("complete_p90_ms")},
                       {}};
    const auto addCalls = [&calls](const QString &by, const QList<Report::CallRow> &rows) {
        for (const auto &c : rows)
            calls.rows.append(QVariantList {by, c.group, c.count, c.unanswered}
                              + durationCells(c.toAcknowledge) + durationCells(c.toComplete));
    };
    addCalls(QStringLiteral("type"), r.callTypes);
    addCalls(QStringLiteral("waiter"), r.waiterCalls);
    tables.append(calls);

    ReportTable payments {QStringLiteral("payments"),
                          {QStringLiteral("method"), QStringLiteral("count"),
                           QStringLiteral("amount_eur_cents"), QStringLiteral("amount_bgn_cents"),
                           QStringLiteral("tips_eur_cents")},
                          {}};
    for (const auto &p : r.paymentMethods)
        payments.rows.append(
            {p.method, p.count, p.amountEurCents, bgn(p.amountEurCents), p.tipsEurCents});
    tables.append(payments);

    ReportTable voids {QStringLiteral("voids"),
                       {QStringLiteral("kind"), QStringLiteral("id"),
                        QStringLiteral("order_number"), QStringLiteral("table"),
                        QStringLiteral("at"), QStringLiteral("by"),
                        QStringLiteral("amount_eur_cents"), QStringLiteral("reason")},
                       {}};
    for (const auto &v : r.voids)
        voids.rows.append({v.kind, v.id, qint64(v.orderNumber), qint64(v.tableNumber),
                           timeText(v.at), v.by, v.amountEurCents, v.reason});
    tables.append(voids);
    return tables;
}

QJsonObject ReportTables::toJson(const Report &report)
{
    const QList<ReportTable> all = tables(report);
    QJsonObject summaryObject;
    for (const QVariantList &row : all.first().rows)
        summaryObject.insert(row.at(0).toString(), QJsonValue::fromVariant(row.at(1)));
    QJsonObject tablesObject;
    for (const ReportTable &table : all)
        tablesObject.insert(table.name, table.toJson());
    return {{QStringLiteral("from"), report.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), report.to.toString(Qt::ISODate)},
            {QStringLiteral("businessDayStartHour"), report.businessDayStartHour},
            {QStringLiteral("paymentsAvailable"), report.paymentsAvailable},
            {QStringLiteral("summary"), summaryObject},
            {QStringLiteral("tables"), tablesObject}};
}

bool ReportTables::writeCsvFolder(const Report &report, const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = Reports::tr("cannot create the folder %1").arg(folder);
        return false;
    }
    for (const ReportTable &table : tables(report)) {
        QSaveFile file(QDir(folder).filePath(table.name + QStringLiteral(".csv")));
        if (!file.open(QIODevice::WriteOnly) || file.write(table.toCsv()) < 0 || !file.commit()) {
            *error = Reports::tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace tableside::server
