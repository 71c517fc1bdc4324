// EpollEventDispatcher as the loop of this whole test process: timers (order, repeat, zero,
// no re-entry from a nested loop), sockets (a real TCP echo, a notifier removed while another
// socket's event is being handled), posted events, deferred deletes and wake-ups from another
// thread.
#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>
#include <thread>

using tableside::server::EpollEventDispatcher;

class TestEpollEventDispatcher : public QObject
{
    Q_OBJECT
private slots:
    void isTheLoopOfThisProcess()
    {
        QVERIFY(qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
    }

    void singleShotTimersFireInDueOrder_data()
    {
        QTest::addColumn<int>("loopLateMs");
        QTest::newRow("loop on time") << 0;
        QTest::newRow("loop late: all due at once") << 60;
    }

    void singleShotTimersFireInDueOrder()
    {
        QFETCH(int, loopLateMs);
        QList<int> fired;
        for (const int ms : {30, 10, 20})
            QTimer::singleShot(ms, Qt::PreciseTimer, this, [&fired, ms] { fired.append(ms); });
        QThread::msleep(loopLateMs); // a busy loop (or a loaded machine) gets to them late
        QTRY_COMPARE(fired.size(), 3);
        QCOMPARE(fired, (QList<int> {10, 20, 30}));
    }

    void repeatingTimerAndItsBookkeeping()
    {
        QTimer timer;
        timer.setInterval(5);
        int ticks = 0;
        connect(&timer, &QTimer::timeout, this, [&] {
            if (++ticks == 5)
                timer.stop();
        });
        timer.start();
        QVERIFY(timer.remainingTime() >= 0);
        QCOMPARE(QAbstractEventDispatcher::instance()->registeredTimers(&timer).size(), 1);
        QTRY_VERIFY(!timer.isActive());
        QCOMPARE(ticks, 5);
        QCOMPARE(QAbstractEventDispatcher::instance()->registeredTimers(&timer).size(), 0);
        QCOMPARE(timer.remainingTime(), -1);
    }

    void zeroIntervalTimerRunsOnEveryTurn()
    {
        QTimer timer;
        timer.setInterval(0);
        int ticks = 0;
        connect(&timer, &QTimer::timeout, this, [&] {
            if (++ticks == 100)
                timer.stop();
        });
        timer.start();
        QTRY_COMPARE(ticks, 100);
    }

    void nestedLoopDoesNotReenterATimer()
    {
        QTimer timer;
        timer.setInterval(2);
        int depth = 0;
        int deepest = 0;
        int ticks = 0;
        connect(&timer, &QTimer::timeout, this, [&] {
            ++depth;
            deepest = qMax(deepest, depth);
            if (++ticks < 3) {
                QEventLoop nested; // runs while this timer is overdue
                QTimer::singleShot(20, &nested, &QEventLoop::quit);
                nested.exec();
            } else {
                timer.stop();
            }
            --depth;
        });
        timer.start();
        QTRY_VERIFY(!timer.isActive());
        QCOMPARE(deepest, 1);
    }

    void tcpEchoThroughSocketNotifiers()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket *peer = server.nextPendingConnection();
            connect(peer, &QTcpSocket::readyRead, peer, [peer] { peer->write(peer->readAll()); });
            connect(peer, &QTcpSocket::disconnected, peer, &QObject::deleteLater);
        });
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QByteArray expected;
        QByteArray received;
        connect(&client, &QTcpSocket::readyRead, this, [&] { received += client.readAll(); });
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        for (int i = 0; i < 100; ++i) {
            const QByteArray line = "line " + QByteArray::number(i) + '\n';
            expected += line;
            client.write(line);
        }
        // Large enough to need several write notifications on the way.
        const QByteArray bulk(4 * 1024 * 1024, 'x');
        expected += bulk;
        client.write(bulk);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), expected.size(), 20000);
        QCOMPARE(received, expected);
        client.disconnectFromHost();
        QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    }

    void notifierRemovedWhileAnotherIsHandled()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QList<QPointer<QTcpSocket>> peers;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (server.hasPendingConnections())
                peers.append(server.nextPendingConnection());
        });
        QTcpSocket a, b;
        a.connectToHost(QHostAddress::LocalHost, server.serverPort());
        b.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QTRY_COMPARE(peers.size(), 2);
        int handled = 0;
        // Whichever peer is handled first deletes the other one, whose readable event may be in
        // the same epoll batch: it must not be delivered to a deleted notifier.
        for (int i = 0; i < 2; ++i) {
            QTcpSocket *self = peers.at(i);
            QPointer<QTcpSocket> other = peers.at(1 - i);
            connect(self, &QTcpSocket::readyRead, this, [&handled, self, other] {
                self->readAll();
                ++handled;
                delete other.data();
            });
        }
        a.write("x");
        b.write("y");
        QTRY_VERIFY(handled >= 1);
        QTest::qWait(50);
        QCOMPARE(handled, 1);
        qDeleteAll(peers);
    }

    void postedEventsAndDeferredDeletes()
    {
        bool invoked = false;
        QMetaObject::invokeMethod(
            this, [&invoked] { invoked = true; }, Qt::QueuedConnection);
        QPointer<QObject> doomed = new QObject;
        doomed->deleteLater();
        QVERIFY(!invoked);
        QTRY_VERIFY(invoked);
        QTRY_VERIFY(doomed.isNull());
    }

    void anotherThreadWakesTheLoop()
    {
        QEventLoop loop;
        bool quitByThread = false;
        std::thread poster([&] {
            QThread::msleep(50);
            QMetaObject::invokeMethod(
                &loop,
                [&] {
                    quitByThread = true;
                    loop.quit();
                },
                Qt::QueuedConnection);
        });
        // No timer or socket would wake this loop: only the other thread's post can.
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        poster.join();
        QVERIFY(quitByThread);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    TestEpollEventDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolleventdispatcher.moc"
