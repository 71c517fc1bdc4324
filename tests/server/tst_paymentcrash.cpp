// Kills the real tableside-server with SIGKILL in the middle of a stream of payments (each
// with its Idempotency-Key), restarts it on the same data folder and checks that every
// payment that got a 201 is there, the paid quantities are exactly what the stored payments
// paid, every payment has its table-tab-change event, the event log's seq has no holes, and
// a retried request pays nothing twice.
#include "teststore.h"
#include "orderbody.h"
#include "rawhttp.h"
#include "rawhttpclient.h"
#include "serverprocess.h"
#include "store.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QTest>
#include <csignal>

using namespace tableside;
using namespace tableside::server;

class TestPaymentCrash : public QObject
{
    Q_OBJECT

private slots:
    void killDuringPayments()
    {
        ServerProcess server;
        QVERIFY(server.isValid());
        server.disableGuestLimits();
        QVERIFY(server.addStaff(QStringLiteral("Ivan"), QStringLiteral("2222")));
        QVERIFY2(server.start(), qPrintable(server.output()));
        const quint16 port = server.port();
        const QByteArray token = server.http().login(QStringLiteral("2222")).toUtf8();
        QVERIFY(!token.isEmpty());

        // One client per table; each table has two lines of 40, paid one unit at a time.
        constexpr int Clients = 8;
        constexpr int KillAfter = 200;
        QList<QString> orderIds;
        RawHttpClient guest(port);
        for (int table = 1; table <= Clients; ++table) {
            const HttpReply created = guest.post(QStringLiteral("/api/orders/create"),
                                                 orderBody(table, {{1, 40}, {7, 40}}));
            QCOMPARE(created.status, 201);
            orderIds.append(created.json().value("order").toObject().value("id").toString());
        }
        const auto request = [&](int client, int n) {
            const QJsonObject body {
                {"method", n % 3 == 0 ? "cash" : "card"},
                {"items",
                 QJsonArray {QJsonObject {
                     {"orderId", orderIds.at(client)}, {"itemId", n % 2}, {"quantity", 1}}}}};
            const QByteArray key = QStringLiteral("c%1-%2").arg(client).arg(n).toUtf8();
            return RawHttp::request(
                "POST", QStringLiteral("/api/tables/%1/payments").arg(client + 1),
                QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Authorization", "Bearer " + token}, {"Idempotency-Key", key}});
        };
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        QList<QByteArray> buffers(Clients);
        QList<int> sent(Clients, 0);
        QHash<QString, QString> confirmed; // payment id → its request
        for (int i = 0; i < Clients; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(socket->waitForConnected(5000));
            socket->write(request(i, sent[i]++));
            sockets.push_back(std::move(socket));
        }
        const auto collect = [&](int i, bool more) {
            buffers[i] += sockets[i]->readAll();
            for (const HttpReply &reply : RawHttp::takeResponses(buffers[i])) {
                QCOMPARE(reply.status, 201);
                confirmed.insert(reply.json().value("payment").toObject().value("id").toString(),
                                 QStringLiteral("c%1").arg(i));
                if (more && sent[i] < 79)
                    sockets[i]->write(request(i, sent[i]++));
            }
        };
        QElapsedTimer timer;
        timer.start();
        bool killed = false;
        while (timer.elapsed() < 60000 && !killed) {
            QTest::qWait(1);
            for (int i = 0; i < Clients; ++i)
                collect(i, true);
            if (confirmed.size() >= KillAfter) {
                ::kill(static_cast<pid_t>(server.process().processId()), SIGKILL);
                killed = true;
                server.process().waitForFinished(5000);
                QTest::qWait(100);
                for (int i = 0; i < Clients; ++i)
                    collect(i, false);
            }
        }
        QVERIFY(killed);
        QCOMPARE(server.process().exitStatus(), QProcess::CrashExit);

        QVERIFY2(server.start(), qPrintable(server.output()));
        const quint16 port2 = server.port();
        qint64 latest = 0;
        {
            Store store;
            QVERIFY(tableside::server::testkit::openTestStore(store, server.dataDir()));
            int stored = 0;
            for (int table = 1; table <= Clients; ++table) {
                const QList<Payment> payments = store.tablePayments(table);
                stored += payments.size();
                QHash<int, int> paidPerLine;
                for (const Payment &payment : payments) {
                    QVERIFY(!payment.isVoided());
                    for (const Payment::Line &line : payment.lines)
                        paidPerLine[line.itemId] += line.quantity;
                }
                // What the tab says is paid is exactly what the stored payments paid.
                const TableTab tab = store.tableTab(table);
                QCOMPARE(tab.paidQuantity(orderIds.at(table - 1), 0), paidPerLine.value(0));
                QCOMPARE(tab.paidQuantity(orderIds.at(table - 1), 1), paidPerLine.value(1));
            }
            for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it)
                QVERIFY2(store.findPayment(it.key()),
                         qPrintable(QStringLiteral("confirmed payment %1 lost").arg(it.key())));
            QVERIFY(stored >= confirmed.size());
            const Store::EventPage page = store.eventsAfter(0, 100000);
            int paidEvents = 0;
            for (int i = 0; i < page.events.size(); ++i) {
                QCOMPARE(page.events.at(i).seq(), qint64(i + 1));
                const StaffEvent &event = page.events.at(i);
                if (event.type() == StaffEventType::TableTabChange
                    && event.data().value("change").toString() == QLatin1String("paid"))
                    ++paidEvents;
            }
            QCOMPARE(paidEvents, stored);
            latest = page.latestSeq;
            QCOMPARE(latest, qint64(page.events.size()));
            qInfo("killed after %lld confirmed payments; %d stored; seq %lld",
                  qlonglong(confirmed.size()), stored, qlonglong(latest));
        }
        // A retry of the first request (a confirmed one) after the restart pays nothing again.
        RawHttpClient client(port2);
        const HttpReply retry = client.sendRaw(request(0, 0));
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
        {
            Store store;
            QVERIFY(tableside::server::testkit::openTestStore(store, server.dataDir()));
            QCOMPARE(store.latestSeq(), latest);
        }
        server.process().terminate();
        QVERIFY(server.process().waitForFinished(10000));
        QCOMPARE(server.process().exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPaymentCrash)
#include "tst_paymentcrash.moc"
