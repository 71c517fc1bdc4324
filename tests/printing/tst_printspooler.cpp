// PrintSpooler against fake network printers, with a real Store in a temporary folder: the
// right station's items on the right printer, new-order / start / late triggers, retries while
// a printer is off or out of paper and exactly one ticket once it is back, printer-status
// events, and raster printers.
#include "teststore.h"
#include "escposencoder.h"
#include "fakeprinter.h"
#include "printermetrics.h"
#include "printspooler.h"
#include "rasterrenderer.h"
#include "store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tableside;
using namespace tableside::server;

namespace {

constexpr qint64 Espresso = 1; // bar
constexpr qint64 Cappuccino = 2; // bar
constexpr qint64 ShopskaSalad = 10; // kitchen

PrinterSettings printer(const QString &name, const QString &address, const QString &station,
                        const QString &codePage = QStringLiteral("cp866"),
                        PrinterSettings::When when = PrinterSettings::When::NewOrder)
{
    PrinterSettings p;
    p.name = name;
    p.address = address;
    p.station = station;
    p.codePage = codePage;
    p.when = when;
    return p;
}

PrintSpooler::Options fastOptions()
{
    PrintSpooler::Options options;
    options.firstRetryMs = 100;
    options.maxRetryMs = 400;
    options.lateCheckMs = 100;
    options.timeouts.connectMs = 1000;
    options.timeouts.statusMs = 300;
    return options;
}

} // namespace

class TestPrintSpooler : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    Order order(int table, const QList<QPair<qint64, int>> &lines)
    {
        Store::OrderDraft draft;
        draft.tableNumber = table;
        for (const auto &line : lines)
            draft.items.append({line.first, line.second, QString()});
        const auto created = m_store->createOrder(draft);
        [&] { QVERIFY(created.ok()); }();
        m_store->flush();
        return created.value().order;
    }
    // The tickets of @p fake that belong to order number @p number.
    static int ticketsFor(const FakePrinter &fake, int number)
    {
        int count = 0;
        for (const auto &ticket : fake.tickets())
            count += ticket.text().contains(QStringLiteral("Order #%1\n").arg(number));
        return count;
    }
    QStringList printerEvents()
    {
        QStringList states;
        for (const StaffEvent &event : m_store->eventsAfter(0, 10000).events)
            if (event.name() == u"printer-status")
                states.append(event.data().value(QStringLiteral("printer")).toString() + u':'
                              + event.data().value(QStringLiteral("state")).toString());
        return states;
    }

    // One series' value in a /metrics text (-1 when the series is not there).
    static int metricValue(const QByteArray &text, const QByteArray &series)
    {
        for (const QByteArray &line : text.split('\n'))
            if (line.startsWith(QByteArray(series + ' ')))
                return line.mid(series.size() + 1).toInt();
        return -1;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(tableside::server::testkit::openTestStore(*m_store, m_dir.path() + u'/'
                                   + QString::number(QDateTime::currentMSecsSinceEpoch()),
                               nullptr, &error),
                 qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void eachStationGetsOnlyItsItems()
    {
        FakePrinter kitchen, bar;
        QVERIFY(kitchen.listen());
        QVERIFY(bar.listen());
        PrintSpooler spooler(
            *m_store,
            {printer(QStringLiteral("kitchen"), kitchen.address(), QStringLiteral("kitchen")),
             printer(QStringLiteral("bar"), bar.address(), QStringLiteral("bar"),
                     QStringLiteral("cp1251"))},
            fastOptions());
        spooler.start();
        QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
        const Order o = order(4, {{ShopskaSalad, 2}, {Cappuccino, 1}});
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 2, 10000);
        QString error;
        const auto kitchenTickets = kitchen.tickets(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(kitchenTickets.size(), 1);
        QCOMPARE(kitchenTickets.first().codeTable, 17);
        QVERIFY(kitchenTickets.first().text().contains(QStringLiteral("2x Шопска салата")));
        QVERIFY(!kitchenTickets.first().text().contains(QStringLiteral("Капучино")));
        const auto barTickets = bar.tickets();
        QCOMPARE(barTickets.size(), 1);
        QCOMPARE(barTickets.first().codeTable, 46);
        QVERIFY(barTickets.first().text().contains(QStringLiteral("1x Капучино")));
        QVERIFY(!barTickets.first().text().contains(QStringLiteral("Шопска")));
        QVERIFY(barTickets.first().text().contains(QStringLiteral("Table 4")));
        QCOMPARE(ticketsFor(kitchen, o.orderNumber), 1);
        // An order with no bar items prints nothing on the bar.
        order(5, {{ShopskaSalad, 1}});
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 3, 10000);
        QCOMPARE(bar.tickets().size(), 1);
        QCOMPARE(kitchen.tickets().size(), 2);
        for (const PrintJob &job : m_store->printJobs(QString(), 10))
            QCOMPARE(job.state, QStringLiteral("done"));
    }

    void retriedUntilThePrinterIsBackThenPrintedOnce()
    {
        FakePrinter kitchen;
        QVERIFY(kitchen.listen());
        const quint16 port = kitchen.port();
        kitchen.close(); // switched off
        PrintSpooler spooler(
            *m_store,
            {printer(QStringLiteral("kitchen"), kitchen.address(), QStringLiteral("kitchen"))},
            fastOptions());
        QSignalSpy states(&spooler, &PrintSpooler::printerStateChanged);
        QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
        spooler.start();
        const Order o = order(3, {{ShopskaSalad, 1}});
        QTRY_VERIFY_WITH_TIMEOUT(spooler.state(QStringLiteral("kitchen")) == u"offline", 10000);
        // Several attempts fail while it is off.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_store->printJobs(QStringLiteral("kitchen"), 1).first().attempts >= 3, 10000);
        QVERIFY(m_store->printJobs(QStringLiteral("kitchen"), 1).first().state != u"done");
        QVERIFY(printerEvents().contains(QStringLiteral("kitchen:offline")));
        // GET /metrics: the state gauge and the job not printed yet (queued, or being retried).
        QByteArray metrics = PrinterMetrics::text(spooler);
        QVERIFY2(
            metrics.contains("tableside_printer_state{printer=\"kitchen\",state=\"offline\"} 1\n"),
            metrics.constData());
        QVERIFY(metrics.contains("tableside_printer_state{printer=\"kitchen\",state=\"ok\"} 0\n"));
        QCOMPARE(metricValue(metrics, "tableside_print_jobs{printer=\"kitchen\",state=\"queued\"}")
                     + metricValue(metrics,
                                   "tableside_print_jobs{printer=\"kitchen\",state=\"sending\"}"),
                 1);

        QVERIFY(kitchen.listen(port)); // back on
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 10000);
        QTest::qWait(1000); // more retry periods: nothing more may come
        QCOMPARE(ticketsFor(kitchen, o.orderNumber), 1);
        QCOMPARE(kitchen.tickets().size(), 1);
        QCOMPARE(spooler.state(QStringLiteral("kitchen")), QStringLiteral("ok"));
        QVERIFY(printerEvents().contains(QStringLiteral("kitchen:ok")));
        QCOMPARE(m_store->printJobs(QStringLiteral("kitchen"), 1).first().state,
                 QStringLiteral("done"));
        metrics = PrinterMetrics::text(spooler);
        QVERIFY2(metrics.contains("tableside_printer_state{printer=\"kitchen\",state=\"ok\"} 1\n"),
                 metrics.constData());
        for (const char *state : {"queued", "sending", "uncertain"})
            QCOMPARE(metricValue(metrics,
                                 QByteArray("tableside_print_jobs{printer=\"kitchen\",state=\"")
                                     + state + "\"}"),
                     0);
    }

    void paperOutWaitsThenPrintsOnce()
    {
        FakePrinter bar;
        QVERIFY(bar.listen());
        bar.setPaperOut(true);
        PrintSpooler spooler(*m_store,
                             {printer(QStringLiteral("bar"), bar.address(), QStringLiteral("bar"))},
                             fastOptions());
        QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
        spooler.start();
        const Order first = order(2, {{Espresso, 1}});
        const Order second = order(2, {{Cappuccino, 2}});
        QTRY_VERIFY_WITH_TIMEOUT(spooler.state(QStringLiteral("bar")) == u"paper_out", 10000);
        QTRY_VERIFY_WITH_TIMEOUT(bar.connections() >= 3, 10000);
        QCOMPARE(bar.tickets().size(), 0); // only status queries went out
        bar.setPaperOut(false);
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 2, 10000);
        const auto tickets = bar.tickets();
        QCOMPARE(tickets.size(), 2);
        // In order: the first order's ticket first.
        QVERIFY(
            tickets.at(0).text().contains(QStringLiteral("Order #%1\n").arg(first.orderNumber)));
        QVERIFY(
            tickets.at(1).text().contains(QStringLiteral("Order #%1\n").arg(second.orderNumber)));
        // The first look (at start) already saw the paper out; one event per change.
        QCOMPARE(printerEvents(),
                 (QStringList {QStringLiteral("bar:paper_out"), QStringLiteral("bar:ok")}));
    }

    void startAndLateTriggers()
    {
        FakePrinter onStart, late;
        QVERIFY(onStart.listen());
        QVERIFY(late.listen());
        PrinterSettings latePrinter
            = printer(QStringLiteral("late"), late.address(), QStringLiteral("kitchen"),
                      QStringLiteral("cp855"), PrinterSettings::When::Late);
        latePrinter.lateSeconds = 1;
        PrintSpooler spooler(
            *m_store,
            {printer(QStringLiteral("pass"), onStart.address(), QStringLiteral("kitchen"),
                     QStringLiteral("cp866"), PrinterSettings::When::Start),
             latePrinter},
            fastOptions());
        QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
        spooler.start();
        const Order started = order(6, {{ShopskaSalad, 1}});
        const Order forgotten = order(7, {{ShopskaSalad, 4}});
        QTest::qWait(300);
        QCOMPARE(onStart.tickets().size(), 0);
        StaffMember cook;
        cook.name = QStringLiteral("Cook");
        cook.role = StaffRole::Kitchen;
        QVERIFY(m_store
                    ->stepStation(started.id, QStringLiteral("kitchen"),
                                  StationProgress::Step::Start, cook)
                    .ok());
        m_store->flush();
        QTRY_COMPARE_WITH_TIMEOUT(onStart.tickets().size(), 1, 10000);
        QCOMPARE(ticketsFor(onStart, started.orderNumber), 1);
        // Late: only the order no screen started, once, after lateSeconds.
        QTRY_COMPARE_WITH_TIMEOUT(late.tickets().size(), 1, 10000);
        QCOMPARE(ticketsFor(late, forgotten.orderNumber), 1);
        QCOMPARE(late.tickets().first().codeTable, 34);
        QTest::qWait(500);
        QCOMPARE(late.tickets().size(), 1);
        QCOMPARE(onStart.tickets().size(), 1);
    }

    void rasterPrinterGetsTheImage()
    {
        FakePrinter kitchen;
        QVERIFY(kitchen.listen());
        kitchen.setAnswersStatus(false); // a printer that never answers DLE EOT still prints
        PrinterSettings p = printer(QStringLiteral("kitchen"), kitchen.address(),
                                    QStringLiteral("kitchen"), QStringLiteral("raster"));
        p.width = 58;
        PrintSpooler spooler(*m_store, {p}, fastOptions());
        QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
        spooler.start();
        order(8, {{ShopskaSalad, 1}});
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 15000);
        const auto tickets = kitchen.tickets();
        QCOMPARE(tickets.size(), 1);
        QVERIFY(tickets.first().lines.isEmpty());
        QCOMPARE(tickets.first().image.width(), 384);
        QVERIFY(tickets.first().rasterCommands >= 2);
    }

    // A job left "sending" becomes "uncertain" at start — only on this spooler's printers:
    // another instance on the same database may be sending to its own right now (issue 21).
    void startMarksOnlyItsOwnPrintersInterrupted()
    {
        const auto queue = [&](const QString &printerName) {
            PrintJobDraft draft;
            draft.printer = printerName;
            draft.kind = QStringLiteral("test");
            draft.trigger = QStringLiteral("test");
            const auto id = m_store->queuePrintJob(draft);
            m_store->flush();
            const auto claimed = m_store->claimPrintJob(id.value());
            m_store->flush();
            return claimed.ok() ? claimed.value().id : 0;
        };
        QVERIFY(queue(QStringLiteral("kitchen")) > 0);
        QVERIFY(queue(QStringLiteral("elsewhere")) > 0);
        FakePrinter kitchen;
        QVERIFY(kitchen.listen());
        PrintSpooler spooler(
            *m_store,
            {printer(QStringLiteral("kitchen"), kitchen.address(), QStringLiteral("kitchen"))},
            fastOptions());
        spooler.start();
        QCOMPARE(m_store->printJobs(QStringLiteral("kitchen"), 1).first().state,
                 QStringLiteral("uncertain"));
        QCOMPARE(m_store->printJobs(QStringLiteral("elsewhere"), 1).first().state,
                 QStringLiteral("sending"));
    }

    void escalatedCallPrintsOneSlip()
    {
        FakePrinter bar;
        QVERIFY(bar.listen());
        PrinterSettings p = printer(QStringLiteral("bar"), bar.address(), QStringLiteral("bar"));
        p.calls = true;
        PrintSpooler spooler(*m_store, {p}, fastOptions());
        spooler.start();
        Store::CallDraft draft;
        draft.tableNumber = 9;
        draft.type = CallType::Service;
        draft.message = QStringLiteral("Още една бира, моля");
        const auto call = m_store->createCall(draft);
        QVERIFY(call.ok());
        m_store->flush();
        const QString id = call.value().call.id;
        QVERIFY(m_store->recordEscalation(QStringLiteral("call"), id, 1, {}).ok());
        m_store->flush();
        QTRY_VERIFY2_WITH_TIMEOUT(bar.tickets().size() == 1, "the slip printed", 10000);
        const QString text = bar.tickets().first().text();
        QVERIFY2(text.contains(QStringLiteral("CALL")) && text.contains(QStringLiteral("Table 9"))
                     && text.contains(QStringLiteral("Още една бира")),
                 qPrintable(text));
        QVERIFY(m_store->recordEscalation(QStringLiteral("call"), id, 2, {}).ok());
        m_store->flush();
        QTest::qWait(500);
        QCOMPARE(bar.tickets().size(), 1); // one slip per call
    }

    void testPrintReportsTheRealAnswer()
    {
        FakePrinter bar;
        QVERIFY(bar.listen());
        PrintSpooler spooler(*m_store,
                             {printer(QStringLiteral("bar"), bar.address(), QStringLiteral("bar"),
                                      QStringLiteral("cp1251"))},
                             fastOptions());
        spooler.start();
        std::optional<PrintResult> result;
        spooler.testPrint(QStringLiteral("bar"), this, [&](const PrintResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(result->stateName(), QStringLiteral("ok"));
        QVERIFY(result->written);
        QCOMPARE(result->printerStatus, 0x12);
        QTRY_COMPARE_WITH_TIMEOUT(bar.tickets().size(), 1, 5000);
        QVERIFY(bar.tickets().first().text().contains(
            QStringLiteral("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ")));

        bar.close();
        result.reset();
        spooler.testPrint(QStringLiteral("bar"), this, [&](const PrintResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(result->stateName(), QStringLiteral("offline"));
        QVERIFY2(result->message.contains(QStringLiteral("refused")), qPrintable(result->message));
    }
};

QTEST_MAIN(TestPrintSpooler)
#include "tst_printspooler.moc"
