// Kills the real tableside-server with SIGKILL in the middle of a stream of order creations,
// restarts it on the same data folder and checks that every order that got a 201 is there,
// none twice, and the event log's seq has no holes.
#include "teststore.h"
#include "orderbody.h"
#include "rawhttpclient.h"
#include "serverprocess.h"
#include "store.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <csignal>

using namespace tableside;
using namespace tableside::server;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void killDuringOrderStream()
    {
        ServerProcess server;
        QVERIFY(server.isValid());
        server.disableGuestLimits();
        QVERIFY2(server.start(), qPrintable(server.output()));
        const quint16 port = server.port();
        QVERIFY(port != 0);

        // 8 clients keep creating orders; the server is killed once 300 have been answered.
        constexpr int Clients = 8;
        constexpr int KillAfter = 300;
        QSet<QString> confirmed;
        QSet<int> confirmedNumbers;
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        QList<QByteArray> buffers(Clients);
        const QByteArray request = RawHttp::request(
            "POST", QStringLiteral("/api/orders/create"),
            QJsonDocument(orderBody(4, {{1, 2}, {10, 1}})).toJson(QJsonDocument::Compact));
        for (int i = 0; i < Clients; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(socket->waitForConnected(5000));
            socket->write(request);
            sockets.push_back(std::move(socket));
        }
        QElapsedTimer timer;
        timer.start();
        bool killed = false;
        while (timer.elapsed() < 30000) {
            QTest::qWait(1);
            for (int i = 0; i < Clients; ++i) {
                buffers[i] += sockets[i]->readAll();
                for (const HttpReply &reply : RawHttp::takeResponses(buffers[i])) {
                    QCOMPARE(reply.status, 201);
                    const QJsonObject order
                        = reply.json().value(QStringLiteral("order")).toObject();
                    confirmed.insert(order.value(QStringLiteral("id")).toString());
                    confirmedNumbers.insert(order.value(QStringLiteral("orderNumber")).toInt());
                    if (!killed)
                        sockets[i]->write(request);
                }
            }
            if (!killed && confirmed.size() >= KillAfter) {
                ::kill(static_cast<pid_t>(server.process().processId()), SIGKILL);
                killed = true;
                server.process().waitForFinished(5000);
                // Drain answers already on the wire before the kill.
                QTest::qWait(100);
                for (int i = 0; i < Clients; ++i) {
                    buffers[i] += sockets[i]->readAll();
                    for (const HttpReply &reply : RawHttp::takeResponses(buffers[i]))
                        confirmed.insert(reply.json()
                                             .value(QStringLiteral("order"))
                                             .toObject()
                                             .value(QStringLiteral("id"))
                                             .toString());
                }
                break;
            }
        }
        QVERIFY(killed);
        QCOMPARE(server.process().exitStatus(), QProcess::CrashExit);
        QVERIFY(confirmed.size() >= KillAfter);

        // Restart on the same folder: every confirmed order is there, once.
        QVERIFY2(server.start(), qPrintable(server.output()));
        const quint16 port2 = server.port();
        QVERIFY(port2 != 0);
        {
            Store store;
            QVERIFY(tableside::server::testkit::openTestStore(store, server.dataDir()));
            const QList<Order> orders = store.todaysOrders();
            QSet<QString> stored;
            QSet<int> numbers;
            for (const Order &order : orders) {
                QVERIFY2(!stored.contains(order.id), "an order is stored twice");
                stored.insert(order.id);
                numbers.insert(order.orderNumber);
            }
            for (const QString &id : confirmed)
                QVERIFY2(stored.contains(id),
                         qPrintable(QStringLiteral("confirmed order %1 lost").arg(id)));
            // Order numbers and the event log have no holes.
            QCOMPARE(numbers.size(), orders.size());
            for (int n = 1; n <= orders.size(); ++n)
                QVERIFY(numbers.contains(n));
            // Each order: new-order and its table's table-tab-change (the bill).
            const Store::EventPage page = store.eventsAfter(0, 100000);
            QCOMPARE(page.events.size(), 2 * orders.size());
            for (int i = 0; i < page.events.size(); ++i)
                QCOMPARE(page.events.at(i).seq(), qint64(i + 1));
            QCOMPARE(page.latestSeq, qint64(2 * orders.size()));
        }
        // The restarted server goes on from there.
        RawHttpClient client(port2);
        const HttpReply next
            = client.post(QStringLiteral("/api/orders/create"), orderBody(4, {{1, 1}}));
        QCOMPARE(next.status, 201);
        server.process().terminate();
        QVERIFY(server.process().waitForFinished(10000));
        QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process().exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
