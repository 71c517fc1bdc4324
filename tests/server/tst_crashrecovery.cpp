// Kills the real tableside-server with SIGKILL in the middle of a stream of order creations,
// restarts it on the same data folder and checks that every order that got a 201 is there,
// none twice, and the event log's seq has no holes.
#include "servertestkit.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <csignal>

using namespace tableside;
using namespace tableside::server;
using namespace tableside::server::testkit;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Starts the binary and returns its port (0 on failure).
    quint16 start(QProcess &process)
    {
        QFile config(m_dir.filePath(QStringLiteral("server.ini")));
        if (!config.exists()) {
            config.open(QIODevice::WriteOnly);
            config.write("[orders]\nguestWritesPerMinute=0\ntableOrdersPerMinute=0\n"
                         "tableCallsPerMinute=0\n");
            config.close();
        }
        process.setProgram(QStringLiteral(TABLESIDE_SERVER_BINARY));
        process.setArguments({QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
                              QStringLiteral("--address"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("--port"), QStringLiteral("0"),
                              QStringLiteral("--config"), config.fileName()});
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        if (!process.waitForStarted(5000))
            return 0;
        static const QRegularExpression listening(
            QStringLiteral("^Tableside Server listening on http://127\\.0\\.0\\.1:(\\d+)$"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000) {
            if (!process.canReadLine())
                process.waitForReadyRead(200);
            while (process.canReadLine()) {
                const QString line = QString::fromUtf8(process.readLine()).trimmed();
                const auto match = listening.match(line);
                if (match.hasMatch())
                    return static_cast<quint16>(match.captured(1).toUInt());
            }
        }
        return 0;
    }

private slots:
    void killDuringOrderStream()
    {
        QVERIFY(m_dir.isValid());
        QProcess server;
        const quint16 port = start(server);
        QVERIFY(port != 0);

        // 8 clients keep creating orders; the server is killed once 300 have been answered.
        constexpr int Clients = 8;
        constexpr int KillAfter = 300;
        QSet<QString> confirmed;
        QSet<int> confirmedNumbers;
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        QList<QByteArray> buffers(Clients);
        const QByteArray request = rawRequest(
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
                for (const HttpReply &reply : takeResponses(buffers[i])) {
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
                ::kill(static_cast<pid_t>(server.processId()), SIGKILL);
                killed = true;
                server.waitForFinished(5000);
                // Drain answers already on the wire before the kill.
                QTest::qWait(100);
                for (int i = 0; i < Clients; ++i) {
                    buffers[i] += sockets[i]->readAll();
                    for (const HttpReply &reply : takeResponses(buffers[i]))
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
        QCOMPARE(server.exitStatus(), QProcess::CrashExit);
        QVERIFY(confirmed.size() >= KillAfter);

        // Restart on the same folder: every confirmed order is there, once.
        QProcess again;
        const quint16 port2 = start(again);
        QVERIFY(port2 != 0);
        {
            Store store;
            QVERIFY(store.open(m_dir.filePath(QStringLiteral("data"))));
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
            const Store::EventPage page = store.eventsAfter(0, 100000);
            QCOMPARE(page.events.size(), orders.size());
            for (int i = 0; i < page.events.size(); ++i)
                QCOMPARE(page.events.at(i).seq(), qint64(i + 1));
            QCOMPARE(page.latestSeq, qint64(orders.size()));
        }
        // The restarted server goes on from there.
        HttpClient client(port2);
        const HttpReply next
            = client.post(QStringLiteral("/api/orders/create"), orderBody(4, {{1, 1}}));
        QCOMPARE(next.status, 201);
        again.terminate();
        QVERIFY(again.waitForFinished(10000));
        QCOMPARE(again.exitStatus(), QProcess::NormalExit);
        QCOMPARE(again.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
