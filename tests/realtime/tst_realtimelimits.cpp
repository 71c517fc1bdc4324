// Every cap of the realtime server: send limit+1, check the answer, and check that the
// server's memory stays flat while it refuses.
#include "pushertestclient.h"
#include "rawwebsocketclient.h"
#include "realtimetesthost.h"
#include "residentmemory.h"
#include "staffevent.h"

#include <QTest>

#include <memory>
#include <vector>

using tableside::StaffEvent;
using tableside::pusher::Frame;
using tableside::server::RealtimeSettings;

namespace {
// A pusher:ping padded to exactly @p size bytes of JSON.
QString pingOfSize(int size)
{
    const QString head = QStringLiteral(R"({"event":"pusher:ping","data":{"pad":")");
    const QString tail = QStringLiteral(R"("}})");
    return head + QString(size - head.size() - tail.size(), QLatin1Char('x')) + tail;
}
} // namespace

class TestRealtimeLimits : public QObject
{
    Q_OBJECT
private slots:
    void messageSizeCap();
    void hugeFrameClaimIsRefusedBeforeBuffering();
    void totalConnectionCap();
    void perAddressConnectionCap();
    void channelsPerConnectionCap();
    void messageRateCap();
    void subscribeRateCap();
    void handshakeTimeout();
    void answeredHttpConnectionsAreNotCut();
    void stuckSubscriberIsClosed();
    void manyStuckSubscribersAmongReadersAreClosed();
};

void TestRealtimeLimits::messageSizeCap()
{
    RealtimeSettings settings = RealtimeTestHost::defaultSettings();
    settings.maxMessagesPerSecond = 0; // this test is about size only
    RealtimeTestHost host(settings);
    const int cap = host.settings().maxMessageBytes;
    QCOMPARE(cap, 16 * 1024);

    PusherTestClient atLimit;
    QVERIFY(!atLimit.connectAndWait(host.port(), host.settings().key).isEmpty());
    atLimit.sendRaw(pingOfSize(cap));
    QVERIFY(atLimit.waitForEvent(QStringLiteral("pusher:pong")));

    // Warm up once, then refuse many oversized messages: memory must not grow with them.
    auto refuseOne = [&] {
        PusherTestClient over;
        if (over.connectAndWait(host.port(), host.settings().key).isEmpty())
            return false;
        over.sendRaw(pingOfSize(cap + 1));
        if (!over.waitForDisconnected(5000))
            return false;
        return over.closeCode() == 1009; // RFC 6455 "message too big"
    };
    QVERIFY(refuseOne());
    QTest::qWait(50);
    const qint64 before = residentKb();
    for (int i = 0; i < 100; ++i)
        QVERIFY(refuseOne());
    QTRY_COMPARE(host.realtime().connectionCount(), 1);
    const qint64 after = residentKb();
    qInfo() << "RSS before" << before << "KB, after 100 refused oversized messages" << after
            << "KB";
    QVERIFY2(after - before < 4 * 1024, "memory grew while refusing oversized messages");
    QVERIFY(atLimit.isConnected());
}

void TestRealtimeLimits::hugeFrameClaimIsRefusedBeforeBuffering()
{
    RealtimeTestHost host;
    RawWebSocketClient client;
    QVERIFY(client.connectAndUpgrade(host.port(), host.settings().key));
    QTRY_COMPARE(host.realtime().connectionCount(), 1);
    const qint64 before = residentKb();
    // Claims 1 GiB; the server must close at the header, not wait for (and store) the payload.
    client.socket().write(RawWebSocketClient::maskedFrame(QByteArray(64 * 1024, 'x'), 1LL << 30));
    QVERIFY(client.waitForDisconnected(5000));
    QTRY_COMPARE(host.realtime().connectionCount(), 0);
    QVERIFY(residentKb() - before < 4 * 1024);
}

void TestRealtimeLimits::totalConnectionCap()
{
    RealtimeSettings settings = RealtimeTestHost::defaultSettings();
    settings.maxConnections = 3;
    RealtimeTestHost host(settings);
    PusherTestClient clients[3];
    for (auto &client : clients)
        QVERIFY(!client.connectAndWait(host.port(), host.settings().key).isEmpty());
    PusherTestClient extra;
    extra.open(host.port(), host.settings().key);
    const auto error = extra.waitForEvent(QStringLiteral("pusher:error"));
    QVERIFY(error);
    QCOMPARE(error->dataObject()["code"].toInt(), 4100);
    QVERIFY(extra.waitForDisconnected());
    QCOMPARE(extra.closeCode(), 4100);
    QCOMPARE(host.realtime().connectionCount(), 3);
    // A freed slot is usable again.
    clients[0].socket().close();
    QTRY_COMPARE(host.realtime().connectionCount(), 2);
    PusherTestClient again;
    QVERIFY(!again.connectAndWait(host.port(), host.settings().key).isEmpty());
}

void TestRealtimeLimits::perAddressConnectionCap()
{
    RealtimeSettings settings = RealtimeTestHost::defaultSettings();
    settings.maxConnectionsPerAddress = 2;
    RealtimeTestHost host(settings);
    PusherTestClient a, b, c;
    QVERIFY(!a.connectAndWait(host.port(), host.settings().key).isEmpty());
    QVERIFY(!b.connectAndWait(host.port(), host.settings().key).isEmpty());
    c.open(host.port(), host.settings().key);
    const auto error = c.waitForEvent(QStringLiteral("pusher:error"));
    QVERIFY(error);
    QCOMPARE(error->dataObject()["code"].toInt(), 4100);
    QVERIFY(c.waitForDisconnected());
    QCOMPARE(c.closeCode(), 4100);
}

void TestRealtimeLimits::channelsPerConnectionCap()
{
    RealtimeSettings settings = RealtimeTestHost::defaultSettings();
    settings.maxChannelsPerConnection = 3;
    RealtimeTestHost host(settings);
    PusherTestClient client;
    QVERIFY(!client.connectAndWait(host.port(), host.settings().key).isEmpty());
    for (int i = 0; i < 3; ++i)
        QVERIFY(client.subscribeAndWait(QStringLiteral("c%1").arg(i)));
    QVERIFY(!client.subscribeAndWait(QStringLiteral("c3")));
    const auto error = client.waitForEvent(QStringLiteral("pusher:subscription_error"));
    QCOMPARE(error->dataObject()["status"].toInt(), 403);
    QCOMPARE(error->dataObject()["type"].toString(), QStringLiteral("LimitReached"));
    QCOMPARE(host.realtime().subscriptionCount(QStringLiteral("c3")), 0);
    // Unsubscribing frees a slot.
    client.send(Frame::unsubscribe(QStringLiteral("c0")));
    QVERIFY(client.subscribeAndWait(QStringLiteral("c3")));
}

void TestRealtimeLimits::messageRateCap()
{
    RealtimeSettings settings = RealtimeTestHost::defaultSettings();
    settings.maxMessagesPerSecond = 5;
    RealtimeTestHost host(settings);
    PusherTestClient client;
    QVERIFY(!client.connectAndWait(host.port(), host.settings().key).isEmpty());
    QTest::qWait(1100); // full bucket
    for (int i = 0; i < 6; ++i)
        client.sendRaw(QStringLiteral(R"({"event":"pusher:ping","data":{}})"));
    QTRY_COMPARE(client.framesNamed(QStringLiteral("pusher:error")).size(), 1);
    QTest::qWait(100);
    QCOMPARE(client.framesNamed(QStringLiteral("pusher:pong")).size(), 5);
    QCOMPARE(
        client.framesNamed(QStringLiteral("pusher:error")).first().dataObject()["code"].toInt(),
        4301);
    // A flood gets one error per second, not one per message.
    for (int i = 0; i < 50; ++i)
        client.sendRaw(QStringLiteral(R"({"event":"pusher:ping","data":{}})"));
    QTest::qWait(200);
    QVERIFY(client.framesNamed(QStringLiteral("pusher:error")).size() <= 2);
    QVERIFY(client.isConnected());
}

void TestRealtimeLimits::subscribeRateCap()
{
    RealtimeSettings settings = RealtimeTestHost::defaultSettings();
    settings.maxSubscriptionsPerSecond = 3;
    RealtimeTestHost host(settings);
    PusherTestClient client;
    QVERIFY(!client.connectAndWait(host.port(), host.settings().key).isEmpty());
    QTest::qWait(1100);
    for (int i = 0; i < 4; ++i)
        client.send(Frame::subscribe(QStringLiteral("s%1").arg(i)));
    QTRY_COMPARE(client.framesNamed(QStringLiteral("pusher_internal:subscription_succeeded")).size()
                     + client.framesNamed(QStringLiteral("pusher:subscription_error")).size(),
                 4);
    const auto errors = client.framesNamed(QStringLiteral("pusher:subscription_error"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().channel, QStringLiteral("s3"));
    QCOMPARE(errors.first().dataObject()["status"].toInt(), 429);
}

void TestRealtimeLimits::handshakeTimeout()
{
    RealtimeSettings settings = RealtimeTestHost::defaultSettings();
    settings.handshakeTimeoutSeconds = 1;
    RealtimeTestHost host(settings);
    QTcpSocket silent, partial;
    silent.connectToHost(QHostAddress::LocalHost, host.port());
    partial.connectToHost(QHostAddress::LocalHost, host.port());
    QVERIFY(silent.waitForConnected(3000));
    QVERIFY(partial.waitForConnected(3000));
    partial.write("GET /app/" + host.settings().key.toUtf8()
                  + "?protocol=7 HTTP/1.1\r\nHost: x\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(partial.state(), QAbstractSocket::UnconnectedState, 5000);
    // A WebSocket that completed its handshake is not affected.
    PusherTestClient client;
    QVERIFY(!client.connectAndWait(host.port(), host.settings().key).isEmpty());
    QTest::qWait(2500);
    QVERIFY(client.isConnected());
}

void TestRealtimeLimits::answeredHttpConnectionsAreNotCut()
{
    RealtimeSettings settings = RealtimeTestHost::defaultSettings();
    settings.handshakeTimeoutSeconds = 1;
    RealtimeTestHost host(settings);
    QTcpSocket keepAlive;
    keepAlive.connectToHost(QHostAddress::LocalHost, host.port());
    QVERIFY(keepAlive.waitForConnected(3000));
    keepAlive.write("GET /app/x HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY(keepAlive.bytesAvailable() > 0);
    QVERIFY(keepAlive.readAll().startsWith("HTTP/1.1 426"));
    QTest::qWait(2500);
    QCOMPARE(keepAlive.state(), QAbstractSocket::ConnectedState);
}

void TestRealtimeLimits::stuckSubscriberIsClosed()
{
    RealtimeSettings settings = RealtimeTestHost::defaultSettings();
    settings.staffChannel = QStringLiteral("staff-channel");
    settings.maxQueuedBytesPerConnection = 256 * 1024;
    settings.pongTimeoutSeconds = 1;
    RealtimeTestHost host(settings);
    RawWebSocketClient stuck;
    QVERIFY(stuck.connectAndUpgrade(host.port(), host.settings().key));
    stuck.sendText(R"({"event":"pusher:subscribe","data":{"channel":"staff-channel"}})");
    QTRY_COMPARE(host.realtime().subscriptionCount(QStringLiteral("staff-channel")), 1);
    stuck.stopReading();
    QTest::qWait(50);

    const qint64 before = residentKb();
    // ≈ 25 MB of frames for a client that reads nothing; without the cap all of it would
    // wait in the server's memory.
    constexpr int events = 100000;
    for (int seq = 1; seq <= events; ++seq) {
        host.realtime().publishStaffEvent(StaffEvent::productAvailabilityChange(
            seq, seq % 2, QStringLiteral("Maria"), seq, QDateTime::currentDateTimeUtc()));
    }
    const qint64 after = residentKb();
    QTRY_COMPARE_WITH_TIMEOUT(host.realtime().subscriptionCount(QStringLiteral("staff-channel")), 0,
                              10000);
    QTRY_COMPARE_WITH_TIMEOUT(host.realtime().connectionCount(), 0, 10000);
    qInfo() << "RSS before" << before << "KB, after" << events << "events to a stuck client"
            << after << "KB";
    QVERIFY2(after - before < 6 * 1024, "a stuck subscriber made the server's memory grow");

    // The server still serves everyone else.
    PusherTestClient healthy;
    QVERIFY(!healthy.connectAndWait(host.port(), host.settings().key).isEmpty());
    QVERIFY(healthy.subscribeAndWait(QStringLiteral("staff-channel")));
    host.realtime().publishStaffEvent(StaffEvent::productAvailabilityChange(
        1, true, QStringLiteral("Maria"), events + 1, QDateTime::currentDateTimeUtc()));
    QVERIFY(healthy.waitForEvent(QStringLiteral("product-availability-change")));
}

// Enough stuck sockets that the fan-out threads send to them (FanOutSender): what the kernel
// refuses there must still be queued, counted against the cap, and end in a close, while a
// device that reads gets every event in order. (Memory is checked by stuckSubscriberIsClosed:
// here the reader, in this process, keeps every frame it receives.)
void TestRealtimeLimits::manyStuckSubscribersAmongReadersAreClosed()
{
    RealtimeSettings settings = RealtimeTestHost::defaultSettings();
    settings.staffChannel = QStringLiteral("staff-channel");
    // Well above one burst (200 events ≈ 50 KB), so the reader, which reads between bursts, is
    // never taken for a stuck device even on a loaded machine.
    settings.maxQueuedBytesPerConnection = 256 * 1024;
    settings.fanOutThreads = 2;
    settings.maxConnectionsPerAddress = 1000;
    settings.pongTimeoutSeconds = 1; // how long a closing socket may linger before it is aborted
    RealtimeTestHost host(settings);
    constexpr int stuckCount = 80;
    std::vector<std::unique_ptr<RawWebSocketClient>> stuck;
    for (int i = 0; i < stuckCount; ++i) {
        stuck.push_back(std::make_unique<RawWebSocketClient>());
        QVERIFY(stuck.back()->connectAndUpgrade(host.port(), host.settings().key));
        stuck.back()->sendText(
            R"({"event":"pusher:subscribe","data":{"channel":"staff-channel"}})");
    }
    PusherTestClient reader;
    QVERIFY(!reader.connectAndWait(host.port(), host.settings().key).isEmpty());
    QVERIFY(reader.subscribeAndWait(QStringLiteral("staff-channel")));
    QTRY_COMPARE(host.realtime().subscriptionCount(QStringLiteral("staff-channel")),
                 stuckCount + 1);
    for (const auto &client : stuck)
        client->stopReading();
    QTest::qWait(50);

    qint64 seq = 0;
    // In bursts, with the event loop running in between so the reader keeps up.
    for (int burst = 0;
         burst < 2000 && host.realtime().subscriptionCount(QStringLiteral("staff-channel")) > 1;
         ++burst) {
        for (int i = 0; i < 200; ++i) {
            ++seq;
            host.realtime().publishStaffEvent(StaffEvent::productAvailabilityChange(
                seq, seq % 2, QStringLiteral("Maria"), seq, QDateTime::currentDateTimeUtc()));
        }
        QTest::qWait(5);
    }
    QCOMPARE(host.realtime().subscriptionCount(QStringLiteral("staff-channel")), 1);
    QVERIFY2(reader.isConnected(), "the reading client was closed as if it were stuck");
    QTRY_COMPARE_WITH_TIMEOUT(host.realtime().connectionCount(), 1, 10000);
    qInfo() << stuckCount << "stuck subscribers closed after" << seq << "events";
    QTRY_COMPARE_WITH_TIMEOUT(
        reader.framesNamed(QStringLiteral("product-availability-change")).size(), int(seq), 10000);
    const auto events = reader.framesNamed(QStringLiteral("product-availability-change"));
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(events.at(i).dataObject().value("seq").toInteger(), qint64(i + 1));
}

QTEST_MAIN(TestRealtimeLimits)
#include "tst_realtimelimits.moc"
