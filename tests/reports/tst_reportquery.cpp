// ReportQuery over a real store file with a clock the test moves, in Europe/Sofia (the
// test's environment): totals to the cent, BGN from the EUR total, hours across the business
// day's end and both daylight-saving changes, percentiles against an independent count, a
// cancelled order and a voided payment counted as such.
#include "teststore.h"
#include "billtypes.h"
#include "csvfield.h"
#include "reportquery.h"
#include "reporttables.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tableside;
using namespace tableside::server;

namespace {

// Demo menu: espresso 1.80 € at the bar, shopska salad 6.90 € in the kitchen.
constexpr qint64 Espresso = 1;
constexpr qint64 Salad = 10;
const StaffMember Waiter {1, QStringLiteral("Ivan"), StaffRole::Waiter};
const StaffMember Cook {2, QStringLiteral("Petar"), StaffRole::Kitchen};
const StaffMember Manager {3, QStringLiteral("Maria"), StaffRole::Manager};

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

struct Fixture : tableside::server::testkit::ClockedStore
{
    Fixture()
    {
        now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        options.businessDayStartHour = 4;
        openStore();
    }
    QString order(const char *at, int table, QList<std::pair<qint64, int>> lines)
    {
        now = utc(at);
        Store::OrderDraft draft;
        draft.tableNumber = table;
        for (const auto &[product, quantity] : lines)
            draft.items.append({product, quantity, QString()});
        auto created = store->createOrder(draft);
        if (!created.ok())
            qFatal("order: %s", qPrintable(created.error().message));
        store->flush();
        return created.value().order.id;
    }
    Report report(const QDate &from, const QDate &to = {})
    {
        store->flush();
        QString error;
        auto report = ReportQuery(testkit::testDatabaseSettings(dir.path()), dir.path(), 4)
                          .run({from, to.isValid() ? to : from}, &error);
        if (!report)
            qFatal("report: %s", qPrintable(error));
        return *report;
    }
};

// The value at or below which at least p % of @p values lie: counted, not ranked by index.
qint64 percentileByCounting(const QList<qint64> &values, int percent)
{
    QList<qint64> candidates = values;
    std::sort(candidates.begin(), candidates.end());
    for (qint64 candidate : candidates) {
        qint64 atOrBelow = 0;
        for (qint64 v : values)
            atOrBelow += v <= candidate ? 1 : 0;
        if (atOrBelow * 100 >= qint64(percent) * values.size())
            return candidate;
    }
    return -1;
}

QString summaryValue(const Report &report, const QString &metric)
{
    const QList<ReportTable> tables = ReportTables::tables(report);
    for (const QVariantList &row : tables.first().rows)
        if (row.at(0).toString() == metric)
            return row.at(1).toString();
    return QStringLiteral("<missing %1>").arg(metric);
}

} // namespace

class TestReportQuery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QCOMPARE(qgetenv("TZ"), QByteArray("Europe/Sofia")); }

    // 2026-03-28: spring forward in its night (03:00 EET → 04:00 EEST on the 29th, so the
    // business day ends at 01:00 UTC and has 23 hours).
    void springDayTotalsHoursCancellationsAndPayments()
    {
        Fixture f;
        f.order("2026-03-28T01:59:00Z", 2, {{Espresso, 1}}); // 03:59 EET: the day before
        const QString first = f.order("2026-03-28T08:15:00Z", 3, {{Espresso, 2}, {Salad, 1}});
        f.order("2026-03-28T21:40:00Z", 5, {{Salad, 3}}); // 23:40 EET
        f.order("2026-03-29T00:30:00Z", 5, {{Espresso, 1}}); // 02:30 EET, same business day
        f.order("2026-03-29T03:00:00Z", 5, {{Espresso, 1}}); // 06:00 EEST: the next day
        const QString cancelled = f.order("2026-03-28T10:00:00Z", 7, {{Salad, 1}});
        f.now = utc("2026-03-28T10:05:00Z");
        QVERIFY(f.store->changeOrderStatus(cancelled, OrderStatus::Cancelled, Manager).ok());
        // A cash payment voided by the manager, then the table pays by card.
        f.now = utc("2026-03-28T09:00:00Z");
        bill::PaymentDraft cash;
        cash.tableNumber = 3;
        cash.method = QStringLiteral("cash");
        cash.tipEurCents = 100;
        auto paid = f.store->pay(cash, Waiter);
        QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error().message));
        f.store->flush();
        f.now = utc("2026-03-28T09:02:00Z");
        QVERIFY(
            f.store->voidPayment(paid.value().payment.id, QStringLiteral("wrong table"), Manager)
                .ok());
        f.store->flush();
        bill::PaymentDraft card = cash;
        card.method = QStringLiteral("card");
        card.tipEurCents = 50;
        QVERIFY(f.store->pay(card, Waiter).ok());

        const Report r = f.report(QDate(2026, 3, 28));
        // 2×1.80 + 6.90 = 10.50; 3×6.90 = 20.70; 1.80 → 33.00 €, 7 items, 3 orders.
        QCOMPARE(r.revenueEurCents, 3300);
        QCOMPARE(r.orders, 3);
        QCOMPARE(r.items, 7);
        QCOMPARE(r.averageTicketEurCents, 1100);
        // BGN of the EUR total (33.00 × 1.95583 = 64.54), not the sum of each order's
        // rounded BGN (20.54 + 40.49 + 3.52 = 64.55).
        QCOMPARE(summaryValue(r, QStringLiteral("revenue_bgn_cents")), QStringLiteral("6454"));
        QCOMPARE(summaryValue(r, QStringLiteral("revenue_eur_cents")), QStringLiteral("3300"));
        // Hours in local time, in time order, across midnight and the business day's end.
        QCOMPARE(r.hours.size(), 3);
        QCOMPARE(r.hours.at(0).start.toString(Qt::ISODate),
                 QStringLiteral("2026-03-28T10:00:00+02:00"));
        QCOMPARE(r.hours.at(0).revenueEurCents, 1050);
        QCOMPARE(r.hours.at(1).start.toString(Qt::ISODate),
                 QStringLiteral("2026-03-28T23:00:00+02:00"));
        QCOMPARE(r.hours.at(1).items, 3);
        QCOMPARE(r.hours.at(2).start.toString(Qt::ISODate),
                 QStringLiteral("2026-03-29T02:00:00+02:00"));
        QCOMPARE(r.hours.at(2).revenueEurCents, 180);
        // The cancelled order: counted apart, with who cancelled it.
        QCOMPARE(r.cancelledOrders, 1);
        QCOMPARE(r.cancelledEurCents, 690);
        // Products and categories of the orders not cancelled.
        QCOMPARE(r.products.size(), 2);
        QCOMPARE(r.products.at(0).nameEn, QStringLiteral("Shopska salad"));
        QCOMPARE(r.products.at(0).quantity, 4);
        QCOMPARE(r.products.at(0).revenueEurCents, 2760);
        QCOMPARE(r.products.at(1).quantity, 3);
        // Tables: 3 and 5 (7's only order was cancelled).
        QCOMPARE(r.tables.size(), 2);
        QCOMPARE(r.tables.at(1).tableNumber, 5);
        QCOMPARE(r.tables.at(1).revenueEurCents, 2250);
        // Payments: the card one counts, the voided cash one is listed with who and why.
        QVERIFY(r.paymentsAvailable);
        QCOMPARE(r.paymentMethods.size(), 1);
        QCOMPARE(r.paymentMethods.at(0).method, QStringLiteral("card"));
        QCOMPARE(r.paymentMethods.at(0).amountEurCents, 1050);
        QCOMPARE(r.paymentMethods.at(0).tipsEurCents, 50);
        QCOMPARE(summaryValue(r, QStringLiteral("payments_voided")), QStringLiteral("1"));
        QCOMPARE(summaryValue(r, QStringLiteral("paid_eur_cents")), QStringLiteral("1050"));
        QCOMPARE(r.voids.size(), 2);
        QCOMPARE(r.voids.at(0).kind, QStringLiteral("payment-voided"));
        QCOMPARE(r.voids.at(0).by, QStringLiteral("Maria"));
        QCOMPARE(r.voids.at(0).reason, QStringLiteral("wrong table"));
        QCOMPARE(r.voids.at(0).amountEurCents, 1150);
        QCOMPARE(r.voids.at(1).kind, QStringLiteral("order-cancelled"));
        QCOMPARE(r.voids.at(1).id, cancelled);
        QCOMPARE(r.voids.at(1).by, QStringLiteral("Maria"));
        Q_UNUSED(first);
        // The two days together: the next day's order joins, the day before stays out.
        const Report both = f.report(QDate(2026, 3, 28), QDate(2026, 3, 29));
        QCOMPARE(both.orders, 4);
        QCOMPARE(both.revenueEurCents, 3480);
        // The spring night's boundary is the business clock's: each order in the day it says.
        QCOMPARE(f.store->businessDay(utc("2026-03-29T00:30:00Z")), QDate(2026, 3, 28));
        QCOMPARE(f.store->businessDay(utc("2026-03-29T03:00:00Z")), QDate(2026, 3, 29));
    }

    // 2026-10-25: fall back (04:00 EEST → 03:00 EET): 03:00–04:00 comes twice, as two
    // buckets with their offsets, in time order. Which business day an order near the change
    // belongs to is the store's BusinessClock's answer (the day its number was allocated in).
    void fallBackHourComesTwice()
    {
        Fixture f;
        const QList<std::pair<const char *, qint64>> orders {
            {"2026-10-25T00:30:00Z", 180}, // 03:30 EEST
            {"2026-10-25T01:30:00Z", 690}, // 03:30 EET
            {"2026-10-25T02:00:00Z", 1380}, // 04:00 EET
        };
        for (const auto &[at, cents] : orders)
            f.order(at, 4,
                    cents == 180 ? QList<std::pair<qint64, int>> {{Espresso, 1}}
                                 : QList<std::pair<qint64, int>> {{Salad, int(cents / 690)}});
        const Report r = f.report(QDate(2026, 10, 24), QDate(2026, 10, 25));
        QCOMPARE(r.orders, 3);
        QCOMPARE(r.revenueEurCents, 2250);
        QCOMPARE(r.hours.size(), 3);
        QCOMPARE(r.hours.at(0).start.toString(Qt::ISODate),
                 QStringLiteral("2026-10-25T03:00:00+03:00"));
        QCOMPARE(r.hours.at(0).revenueEurCents, 180);
        QCOMPARE(r.hours.at(1).start.toString(Qt::ISODate),
                 QStringLiteral("2026-10-25T03:00:00+02:00"));
        QCOMPARE(r.hours.at(1).revenueEurCents, 690);
        QCOMPARE(r.hours.at(2).start.toString(Qt::ISODate),
                 QStringLiteral("2026-10-25T04:00:00+02:00"));
        // Each day's report holds exactly the orders the business clock put in it.
        for (const QDate &day : {QDate(2026, 10, 24), QDate(2026, 10, 25)}) {
            qint64 expected = 0;
            for (const auto &[at, cents] : orders)
                expected += f.store->businessDay(utc(at)) == day ? cents : 0;
            QCOMPARE(f.report(day).revenueEurCents, expected);
        }
    }

    // Ticket and call times on an ordinary day, against an independent count.
    void stationAndCallPercentiles()
    {
        Fixture f;
        // Minutes from the order to the kitchen's start and ready, per order.
        const QList<std::pair<int, int>> kitchen {{2, 12}, {1, 9},  {5, 25}, {3, 14},
                                                  {0, 7},  {4, 31}, {2, 11}, {6, 18},
                                                  {1, 10}, {9, 44}, {3, 16}};
        QList<qint64> toStart, toReady, barReady;
        for (int i = 0; i < kitchen.size(); ++i) {
            const QDateTime placed = utc("2026-03-26T09:00:00Z").addSecs(i * 600);
            const QString id = f.order(qPrintable(placed.toString(Qt::ISODate)), 10 + i,
                                       {{Salad, 1}, {Espresso, 1}});
            f.now = placed.addSecs(kitchen.at(i).first * 60);
            QVERIFY(
                f.store
                    ->stepStation(id, QStringLiteral("kitchen"), StationProgress::Step::Start, Cook)
                    .ok());
            // The bar never reports a start: its ready counts as its start.
            f.now = placed.addSecs(90 + i * 7);
            QVERIFY(f.store->bumpStation(id, QStringLiteral("bar"), Cook).ok());
            f.now = placed.addSecs(kitchen.at(i).second * 60);
            QVERIFY(f.store->bumpStation(id, QStringLiteral("kitchen"), Cook).ok());
            f.store->flush();
            toStart.append(kitchen.at(i).first * 60'000LL);
            toReady.append(kitchen.at(i).second * 60'000LL);
            barReady.append((90 + i * 7) * 1000LL);
        }
        // Calls: acknowledged after n seconds, completed a minute later; the last unanswered.
        const QList<int> ackSeconds {30, 45, 20, 120, 60, 15, 90};
        QList<qint64> acks;
        for (int i = 0; i <= ackSeconds.size(); ++i) {
            f.now = utc("2026-03-26T12:00:00Z").addSecs(i * 300);
            Store::CallDraft draft;
            draft.tableNumber = 1 + i;
            draft.type = CallType::Help;
            auto call = f.store->createCall(draft);
            QVERIFY(call.ok());
            f.store->flush();
            if (i == ackSeconds.size())
                break;
            f.now = f.now.addSecs(ackSeconds.at(i));
            QVERIFY(f.store->acknowledgeCall(call.value().call.id, Waiter).ok());
            f.now = f.now.addSecs(60);
            QVERIFY(f.store->completeCall(call.value().call.id, Waiter).ok());
            f.store->flush();
            acks.append(ackSeconds.at(i) * 1000LL);
        }

        const Report r = f.report(QDate(2026, 3, 26));
        const auto station = [&r](const QString &name) {
            for (const auto &s : r.stations)
                if (s.station == name)
                    return s;
            return Report::StationRow {};
        };
        const Report::StationRow k = station(QStringLiteral("kitchen"));
        QCOMPARE(k.toStart.count, kitchen.size());
        QCOMPARE(k.toStart.medianMs, percentileByCounting(toStart, 50));
        QCOMPARE(k.toStart.p90Ms, percentileByCounting(toStart, 90));
        QCOMPARE(k.toReady.medianMs, percentileByCounting(toReady, 50));
        QCOMPARE(k.toReady.p90Ms, percentileByCounting(toReady, 90));
        qint64 sum = 0;
        for (qint64 v : toReady)
            sum += v;
        QCOMPARE(k.toReady.averageMs, (sum + kitchen.size() / 2) / kitchen.size());
        QCOMPARE(k.toReady.slowest.size(), 5);
        QCOMPARE(k.toReady.slowest.at(0).ms, 44 * 60'000LL);
        QCOMPARE(k.toReady.slowest.at(0).tableNumber, 19);
        const Report::StationRow b = station(QStringLiteral("bar"));
        QCOMPARE(b.toStart.medianMs, percentileByCounting(barReady, 50));
        QCOMPARE(b.toReady.p90Ms, percentileByCounting(barReady, 90));
        // The whole order is ready when the kitchen is (the bar was always first).
        QCOMPARE(r.stations.first().station, QStringLiteral("*"));
        QCOMPARE(r.stations.first().toReady.p90Ms, percentileByCounting(toReady, 90));

        QCOMPARE(r.calls, ackSeconds.size() + 1);
        QCOMPARE(r.unansweredCalls, 1);
        QCOMPARE(r.callTypes.size(), 1);
        QCOMPARE(r.callTypes.at(0).toAcknowledge.medianMs, percentileByCounting(acks, 50));
        QCOMPARE(r.callTypes.at(0).toAcknowledge.p90Ms, percentileByCounting(acks, 90));
        QList<qint64> completes;
        for (qint64 a : acks)
            completes.append(a + 60'000);
        QCOMPARE(r.callTypes.at(0).toComplete.p90Ms, percentileByCounting(completes, 90));
        QCOMPARE(r.waiterCalls.size(), 1);
        QCOMPARE(r.waiterCalls.at(0).group, QStringLiteral("Ivan"));
        QCOMPARE(r.waiterCalls.at(0).toAcknowledge.medianMs, percentileByCounting(acks, 50));
    }

    void statsOfEdgeCases()
    {
        QCOMPARE(ReportQuery::statsOf({}).count, 0);
        const DurationStats one = ReportQuery::statsOf({7});
        QCOMPARE(one.medianMs, 7);
        QCOMPARE(one.p90Ms, 7);
        const DurationStats two = ReportQuery::statsOf({10, 1});
        QCOMPARE(two.medianMs, 1); // nearest rank: ⌈0.5·2⌉ = 1st
        QCOMPARE(two.p90Ms, 10);
        QCOMPARE(two.averageMs, 6); // 5.5 rounds half up
    }

    void csvQuoting()
    {
        QCOMPARE(CsvField::encode(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvField::encode(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvField::encode(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvField::encode(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        ReportTable table {QStringLiteral("t"),
                           {QStringLiteral("name"), QStringLiteral("n")},
                           {{QStringLiteral("Шопска, салата"), qint64(3)}}};
        QCOMPARE(table.toCsv(), QByteArray("name,n\r\n\"Шопска, салата\",3\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestReportQuery)
#include "tst_reportquery.moc"
