// The real tableside-server binary with printers in its config file and fake network printers
// in the test: a kill -9 in the middle of a print queue prints no ticket twice (and loses none
// without saying so), the manager's printer routes, the bill on paper, and the README's
// pictures of a ticket and a bill (decoded from what the printers received).
#include "escposdecoder.h"
#include "fakeprinter.h"
#include "orderbody.h"
#include "serverprocess.h"
#include "teststore.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <csignal>

namespace {

const QString ManagerPin = QStringLiteral("4826");

void configurePrinter(ServerProcess &server, const QString &name, const QString &address,
                      const QString &station, const QString &codePage, const QString &when = {})
{
    const QString prefix = QStringLiteral("printers/%1/").arg(name);
    server.setConfig(prefix + QStringLiteral("address"), address);
    server.setConfig(prefix + QStringLiteral("station"), station);
    server.setConfig(prefix + QStringLiteral("codePage"), codePage);
    server.setConfig(prefix + QStringLiteral("width"), 80);
    if (!when.isEmpty())
        server.setConfig(prefix + QStringLiteral("when"), when);
}

// Jobs per state, read from the server's database (the file, or its PostgreSQL database).
QHash<QString, int> jobStates(const QString &dataDir)
{
    QHash<QString, int> states;
    {
        QSqlDatabase db
            = tableside::server::testkit::addTestConnection(QStringLiteral("peek"), dataDir);
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT state, COUNT(*) FROM print_jobs GROUP BY state"),
                            db);
            while (query.next())
                states.insert(query.value(0).toString(), query.value(1).toInt());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return states;
}

QString jobsText(const QString &dataDir)
{
    QString text;
    {
        QSqlDatabase db
            = tableside::server::testkit::addTestConnection(QStringLiteral("peek2"), dataDir);
        if (db.open()) {
            QSqlQuery query(
                QStringLiteral(
                    "SELECT id, printer, kind, state, attempts, last_error FROM print_jobs"),
                db);
            while (query.next())
                for (int i = 0; i < 6; ++i)
                    text += query.value(i).toString() + (i == 5 ? u'\n' : u' ');
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek2"));
    return text;
}

QHash<int, int> ticketsPerOrder(const FakePrinter &printer)
{
    QHash<int, int> counts;
    static const QRegularExpression number(QStringLiteral("Order #(\\d+)\\n"));
    for (const auto &ticket : printer.tickets()) {
        const auto match = number.match(ticket.text() + u'\n');
        if (match.hasMatch())
            counts[match.captured(1).toInt()] += 1;
    }
    return counts;
}

QString shotDir()
{
    const QString dir = qEnvironmentVariable("TABLESIDE_SCREENSHOT_DIR");
    return dir.isEmpty() ? QDir::tempPath() : dir;
}

} // namespace

class TestPrintingServer : public QObject
{
    Q_OBJECT

private slots:
    void killNineMidQueuePrintsNothingTwice()
    {
        FakePrinter kitchen;
        QVERIFY(kitchen.listen());
        kitchen.setAnswerDelayMs(40); // ~100 ms a ticket: the queue is still long at the kill
        ServerProcess server;
        QVERIFY(server.isValid());
        server.disableGuestLimits();
        configurePrinter(server, QStringLiteral("kitchen"), kitchen.address(),
                         QStringLiteral("kitchen"), QStringLiteral("cp866"));
        QVERIFY2(server.start(), qPrintable(server.output()));

        constexpr int Orders = 30;
        QSet<int> numbers;
        for (int i = 0; i < Orders; ++i) {
            const HttpReply reply = server.http().postJson(
                QStringLiteral("/api/orders/create"), orderBody(1 + i % 10, {{10, 1 + i % 3}}));
            QCOMPARE(reply.status, 201);
            numbers.insert(reply.json()
                               .value(QStringLiteral("order"))
                               .toObject()
                               .value(QStringLiteral("orderNumber"))
                               .toInt());
        }
        QTRY_VERIFY_WITH_TIMEOUT(ticketsPerOrder(kitchen).size() >= 5, 20000);
        ::kill(static_cast<pid_t>(server.process().processId()), SIGKILL);
        server.process().waitForFinished(5000);
        const int beforeKill = int(ticketsPerOrder(kitchen).size());
        QVERIFY2(beforeKill < Orders, "the kill came after the queue was empty");

        QVERIFY2(server.restart(), qPrintable(server.output()));
        QTRY_VERIFY_WITH_TIMEOUT(
            jobStates(server.dataDir()).value(QStringLiteral("queued"))
                    + jobStates(server.dataDir()).value(QStringLiteral("sending"))
                == 0,
            30000);
        QTest::qWait(300);
        const QHash<int, int> printed = ticketsPerOrder(kitchen);
        for (auto it = printed.cbegin(); it != printed.cend(); ++it) {
            QVERIFY2(numbers.contains(it.key()), qPrintable(QString::number(it.key())));
            QVERIFY2(
                it.value() == 1,
                qPrintable(
                    QStringLiteral("order #%1 printed %2 times").arg(it.key()).arg(it.value())));
        }
        const QHash<QString, int> states = jobStates(server.dataDir());
        const int uncertain = states.value(QStringLiteral("uncertain"));
        qInfo("%d orders: %d tickets before the kill, %d after the restart, %d job(s) uncertain",
              Orders, beforeKill, int(printed.size()), uncertain);
        // At most the one in flight is uncertain; every other order has its ticket.
        QVERIFY(uncertain <= 1);
        QCOMPARE(states.value(QStringLiteral("done")) + uncertain, Orders);
        QVERIFY(int(printed.size()) >= Orders - uncertain);
        server.stop();
    }

    void managerRoutesBillAndPictures()
    {
        FakePrinter kitchen, till, raster;
        QVERIFY(kitchen.listen());
        QVERIFY(till.listen());
        QVERIFY(raster.listen());
        ServerProcess server;
        QVERIFY(server.isValid());
        server.disableGuestLimits();
        configurePrinter(server, QStringLiteral("kitchen"), kitchen.address(),
                         QStringLiteral("kitchen"), QStringLiteral("cp866"));
        configurePrinter(server, QStringLiteral("till"), till.address(), QString(),
                         QStringLiteral("cp1251"));
        configurePrinter(server, QStringLiteral("bar"), raster.address(), QStringLiteral("bar"),
                         QStringLiteral("raster"));
        QVERIFY(server.addStaff(QStringLiteral("Мария"), ManagerPin, QStringLiteral("manager")));
        // The head of the bill (venue/*); a comma in the address, as addresses have.
        server.setConfig(QStringLiteral("venue/name"), QStringLiteral("Механа При Тони"));
        server.setConfig(QStringLiteral("venue/address"), QStringLiteral("ул. Витоша 1, София"));
        server.setConfig(QStringLiteral("venue/taxId"), QStringLiteral("BG123456789"));
        QVERIFY2(server.start(), qPrintable(server.output()));
        const QString token = server.http().login(ManagerPin);
        QVERIFY(!token.isEmpty());
        const QJsonObject venue = server.http()
                                      .json("GET", QStringLiteral("/api/staff/state"), {}, token)
                                      .value(QStringLiteral("venue"))
                                      .toObject();
        QCOMPARE(venue.value(QStringLiteral("name")).toString(), QStringLiteral("Механа При Тони"));
        QCOMPARE(venue.value(QStringLiteral("address")).toString(),
                 QStringLiteral("ул. Витоша 1, София"));
        QCOMPARE(venue.value(QStringLiteral("taxId")).toString(), QStringLiteral("BG123456789"));

        // A table's order: salad and kebapche for the kitchen, drinks for the bar.
        const HttpReply created = server.http().postJson(
            QStringLiteral("/api/orders/create"), orderBody(4, {{10, 2}, {11, 1}, {2, 2}, {8, 1}}));
        QCOMPARE(created.status, 201);
        const QString orderId = created.json()
                                    .value(QStringLiteral("order"))
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        QTRY_VERIFY2_WITH_TIMEOUT(kitchen.tickets().size() == 1, qPrintable(server.output()),
                                  15000);
        QTRY_COMPARE_WITH_TIMEOUT(raster.tickets().size(), 1, 15000);
        QVERIFY(!raster.tickets().first().image.isNull()); // the real binary draws with fonts

        int status = 0;
        const QJsonObject list
            = server.http().json("GET", QStringLiteral("/api/admin/printers"), {}, token, &status);
        QCOMPARE(status, 200);
        const QJsonArray printers = list.value(QStringLiteral("printers")).toArray();
        QCOMPARE(printers.size(), 3);
        for (const QJsonValue &p : printers)
            QCOMPARE(p.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        // GET /metrics has each printer's state from the assembly's metrics source.
        const QByteArray metrics = server.http().request("GET", QStringLiteral("/metrics")).body;
        for (const char *name : {"kitchen", "till", "bar"})
            QVERIFY2(metrics.contains(QByteArray(QByteArray("tableside_printer_state{printer=\"")
                                                 + name + "\",state=\"ok\"} 1\n")),
                     metrics.constData());
        QVERIFY(metrics.contains("tableside_print_jobs{printer=\"kitchen\",state=\"queued\"} 0\n"));

        const QJsonObject test = server.http().json(
            "POST", QStringLiteral("/api/admin/printers/till/test"), {}, token, &status);
        QCOMPARE(status, 200);
        QCOMPARE(test.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(test.value(QStringLiteral("printerStatus")).toInt(), 0x12);
        QTRY_COMPARE_WITH_TIMEOUT(till.tickets().size(), 1, 5000);
        server.http().json("POST", QStringLiteral("/api/admin/printers/nope/test"), {}, token,
                           &status);
        QCOMPARE(status, 404);

        // The bill on the till printer, then a reprint of the kitchen ticket (COPY).
        const QJsonObject bill = server.http().json(
            "POST", QStringLiteral("/api/tables/4/bill/print"), {}, token, &status);
        QCOMPARE(status, 202);
        QCOMPARE(bill.value(QStringLiteral("printer")).toString(), QStringLiteral("till"));
        QTRY_VERIFY2_WITH_TIMEOUT(till.tickets().size() == 2,
                                  qPrintable(jobsText(server.dataDir())), 10000);
        const auto billTicket = till.tickets().at(1);
        // The venue's head first: name, address, tax ID (cp1251 decoded back).
        QVERIFY2(billTicket.text().trimmed().startsWith(QStringLiteral("Механа При Тони\n")),
                 qPrintable(billTicket.text()));
        QVERIFY(billTicket.text().contains(QStringLiteral("ул. Витоша 1, София")));
        QVERIFY(billTicket.text().contains(QStringLiteral("BG123456789")));
        QVERIFY(billTicket.text().contains(QStringLiteral("НЕ Е ФИСКАЛЕН БОН")));
        QVERIFY(billTicket.text().contains(QStringLiteral("2 x Шопска салата")));
        server.http().json("POST", QStringLiteral("/api/orders/%1/print").arg(orderId), {}, token,
                           &status);
        QCOMPARE(status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(kitchen.tickets().size(), 2, 10000);
        QVERIFY(kitchen.tickets().at(1).text().contains(QStringLiteral("КОПИЕ / COPY")));
        QVERIFY(!kitchen.tickets().at(0).text().contains(QStringLiteral("КОПИЕ")));

        // The pictures: what the printers received, drawn at 80 mm.
        const QString dir = shotDir();
        QVERIFY(EscPosDecoder::render(kitchen.tickets().first())
                    .save(dir + QStringLiteral("/printing-ticket.png")));
        QVERIFY(EscPosDecoder::render(billTicket).save(dir + QStringLiteral("/printing-bill.png")));
        QVERIFY(EscPosDecoder::render(raster.tickets().first())
                    .save(dir + QStringLiteral("/printing-raster.png")));
        server.stop();
    }
};

QTEST_MAIN(TestPrintingServer)
#include "tst_printingserver.moc"
