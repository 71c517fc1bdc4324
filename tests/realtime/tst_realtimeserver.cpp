// The WebSocket side of the Pusher protocol 7 server, with real QWebSocket clients.
#include "fanoutsender.h"
#include "pushersignature.h"
#include "pushertestclient.h"
#include "realtimetesthost.h"
#include "staffevent.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using tableside::StaffEvent;
using tableside::StaffRole;
using tableside::pusher::Frame;
using tableside::server::RealtimeSettings;

namespace {
StaffEvent availabilityEvent(qint64 seq)
{
    return StaffEvent::productAvailabilityChange(seq * 10, seq % 2 == 0, QStringLiteral("Maria"),
                                                 seq, QDateTime::currentDateTimeUtc());
}
} // namespace

class TestRealtimeServer : public QObject
{
    Q_OBJECT
private slots:
    void handshakeSendsSocketIdAndActivityTimeout();
    void socketIdsAreUnique();
    void refusesBadConnections_data();
    void refusesBadConnections();
    void plainHttpOnAppPathIsUpgradeRequired();
    void answersPing();
    void publicSubscribeAndUnsubscribe();
    void privateSubscribeWithAuthFromEndpoint();
    void privateSubscribeRefusedWithoutValidAuth_data();
    void privateSubscribeRefusedWithoutValidAuth();
    void presenceJoinAndLeave();
    void serverPingsIdleSocketsAndClosesDeadOnes();
    void staffEventsArriveOnceInSeqOrder();
    void staffEventsReachManySubscribersInOrder_data();
    void staffEventsReachManySubscribersInOrder();
    void staffEventWithLowerSeqIsNotBroadcast();
    void publicStaffChannelSetting();
    void clientEventsRefusedWhenDisabled();
    void clientEventsWhenEnabled();
    void invalidMessageGetsError();
};

void TestRealtimeServer::handshakeSendsSocketIdAndActivityTimeout()
{
    RealtimeTestHost host;
    QVERIFY(host.port() != 0);
    PusherTestClient client;
    client.open(host.port(), host.settings().key);
    const auto established = client.waitForEvent(QStringLiteral("pusher:connection_established"));
    QVERIFY(established);
    QCOMPARE(client.frames().first().event, QStringLiteral("pusher:connection_established"));
    const QJsonObject data = established->dataObject();
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+$"))
                .match(data.value(QLatin1String("socket_id")).toString())
                .hasMatch());
    QCOMPARE(data.value(QLatin1String("activity_timeout")).toInt(),
             host.settings().activityTimeoutSeconds);
    QTRY_COMPARE(host.realtime().connectionCount(), 1);
    client.socket().close();
    QTRY_COMPARE(host.realtime().connectionCount(), 0);
}

void TestRealtimeServer::socketIdsAreUnique()
{
    RealtimeTestHost host;
    PusherTestClient a, b;
    const QString idA = a.connectAndWait(host.port(), host.settings().key);
    const QString idB = b.connectAndWait(host.port(), host.settings().key);
    QVERIFY(!idA.isEmpty());
    QVERIFY(!idB.isEmpty());
    QVERIFY(idA != idB);
}

void TestRealtimeServer::refusesBadConnections_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("code");
    const QString key = RealtimeTestHost::defaultSettings().key;
    QTest::newRow("wrong key") << QStringLiteral("nope") << QStringLiteral("protocol=7") << 4001;
    QTest::newRow("no protocol") << key << QStringLiteral("client=js") << 4008;
    QTest::newRow("bad version format") << key << QStringLiteral("protocol=seven") << 4006;
    QTest::newRow("unsupported protocol") << key << QStringLiteral("protocol=3") << 4007;
    QTest::newRow("future protocol") << key << QStringLiteral("protocol=8") << 4007;
}

void TestRealtimeServer::refusesBadConnections()
{
    QFETCH(QString, key);
    QFETCH(QString, query);
    QFETCH(int, code);
    RealtimeTestHost host;
    PusherTestClient client;
    client.open(host.port(), key, query);
    const auto error = client.waitForEvent(QStringLiteral("pusher:error"));
    QVERIFY(error);
    QCOMPARE(client.frames().first().event, QStringLiteral("pusher:error"));
    QCOMPARE(error->dataObject().value(QLatin1String("code")).toInt(), code);
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(client.closeCode(), code);
    QCOMPARE(host.realtime().connectionCount(), 0);
}

void TestRealtimeServer::plainHttpOnAppPathIsUpgradeRequired()
{
    RealtimeTestHost host;
    const auto reply = host.request("GET", QStringLiteral("/app/") + host.settings().key);
    QCOMPARE(reply.status, 426);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(),
             QStringLiteral("upgrade_required"));
}

void TestRealtimeServer::answersPing()
{
    RealtimeTestHost host;
    PusherTestClient client;
    QVERIFY(!client.connectAndWait(host.port(), host.settings().key).isEmpty());
    const int from = int(client.frames().size());
    client.sendRaw(QStringLiteral(R"({"event":"pusher:ping","data":{}})"));
    const auto pong = client.waitForEvent(QStringLiteral("pusher:pong"), 5000, from);
    QVERIFY(pong);
    QCOMPARE(pong->data, QStringLiteral("{}"));
}

void TestRealtimeServer::publicSubscribeAndUnsubscribe()
{
    RealtimeTestHost host;
    PusherTestClient client;
    QVERIFY(!client.connectAndWait(host.port(), host.settings().key).isEmpty());
    QVERIFY(client.subscribeAndWait(QStringLiteral("news")));
    const auto succeeded
        = client.waitForEvent(QStringLiteral("pusher_internal:subscription_succeeded"));
    QCOMPARE(succeeded->data, QStringLiteral("{}"));
    QCOMPARE(host.realtime().subscriptionCount(QStringLiteral("news")), 1);
    client.send(Frame::unsubscribe(QStringLiteral("news")));
    QTRY_COMPARE(host.realtime().subscriptionCount(QStringLiteral("news")), 0);
}

void TestRealtimeServer::privateSubscribeWithAuthFromEndpoint()
{
    RealtimeTestHost host;
    const QString token = host.addStaff(7, QStringLiteral("Maria Ivanova"), StaffRole::Waiter);
    PusherTestClient client;
    const QString socketId = client.connectAndWait(host.port(), host.settings().key);
    const auto auth = host.channelAuth(token, socketId, host.settings().staffChannel);
    QCOMPARE(auth.status, 200);
    const QString signature = auth.json().value(QLatin1String("auth")).toString();
    QCOMPARE(signature,
             tableside::pusher::PusherSignature::channelAuth(host.settings().key,
                                                             host.settings().secret, socketId,
                                                             host.settings().staffChannel));
    QVERIFY(client.subscribeAndWait(host.settings().staffChannel, signature));
    QCOMPARE(host.realtime().subscriptionCount(host.settings().staffChannel), 1);
}

void TestRealtimeServer::privateSubscribeRefusedWithoutValidAuth_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("no auth") << QStringLiteral("none");
    QTest::newRow("auth made for another socket") << QStringLiteral("other-socket");
    QTest::newRow("auth for another channel") << QStringLiteral("other-channel");
    QTest::newRow("wrong secret") << QStringLiteral("wrong-secret");
}

void TestRealtimeServer::privateSubscribeRefusedWithoutValidAuth()
{
    QFETCH(QString, how);
    RealtimeTestHost host;
    const QString token = host.addStaff(7, QStringLiteral("Maria"), StaffRole::Waiter);
    const QString channel = host.settings().staffChannel;
    PusherTestClient victim, attacker;
    const QString victimId = victim.connectAndWait(host.port(), host.settings().key);
    const QString attackerId = attacker.connectAndWait(host.port(), host.settings().key);
    QString auth;
    if (how == QLatin1String("other-socket"))
        auth = host.channelAuth(token, victimId, channel).json().value("auth").toString();
    else if (how == QLatin1String("other-channel"))
        auth = host.channelAuth(token, attackerId, QStringLiteral("private-other"))
                   .json()
                   .value("auth")
                   .toString();
    else if (how == QLatin1String("wrong-secret"))
        auth = tableside::pusher::PusherSignature::channelAuth(
            host.settings().key, QStringLiteral("guessed"), attackerId, channel);
    QVERIFY(how == QLatin1String("none") || !auth.isEmpty());
    QVERIFY(!attacker.subscribeAndWait(channel, auth));
    const auto error = attacker.waitForEvent(QStringLiteral("pusher:subscription_error"));
    QVERIFY(error);
    QCOMPARE(error->dataObject().value(QLatin1String("status")).toInt(), 401);
    const auto pusherError = attacker.waitForEvent(QStringLiteral("pusher:error"));
    QVERIFY(pusherError);
    QCOMPARE(pusherError->dataObject().value(QLatin1String("code")).toInt(), 4009);
    QCOMPARE(host.realtime().subscriptionCount(channel), 0);
    // Refused, not disconnected.
    QVERIFY(attacker.isConnected());
    // And it gets nothing from the staff channel.
    host.realtime().publishStaffEvent(availabilityEvent(1));
    QTest::qWait(100);
    QVERIFY(attacker.framesNamed(QStringLiteral("product-availability-change")).isEmpty());
}

void TestRealtimeServer::presenceJoinAndLeave()
{
    RealtimeTestHost host;
    const QString maria = host.addStaff(7, QStringLiteral("Maria"), StaffRole::Waiter);
    const QString ivan = host.addStaff(9, QStringLiteral("Ivan"), StaffRole::Kitchen);
    const QString channel = QStringLiteral("presence-staff");
    PusherTestClient a, b;
    const QString idA = a.connectAndWait(host.port(), host.settings().key);
    const QString idB = b.connectAndWait(host.port(), host.settings().key);

    const auto authA = host.channelAuth(maria, idA, channel).json();
    QCOMPARE(authA.value("channel_data").toString(),
             QStringLiteral(R"({"user_id":"7","user_info":{"name":"Maria","role":"waiter"}})"));
    QVERIFY(a.subscribeAndWait(channel, authA.value("auth").toString(),
                               authA.value("channel_data").toString()));
    const QJsonObject presenceA
        = a.waitForEvent(QStringLiteral("pusher_internal:subscription_succeeded"))
              ->dataObject()
              .value("presence")
              .toObject();
    QCOMPARE(presenceA.value("count").toInt(), 1);

    const auto authB = host.channelAuth(ivan, idB, channel).json();
    QVERIFY(b.subscribeAndWait(channel, authB.value("auth").toString(),
                               authB.value("channel_data").toString()));
    const QJsonObject presenceB
        = b.waitForEvent(QStringLiteral("pusher_internal:subscription_succeeded"))
              ->dataObject()
              .value("presence")
              .toObject();
    QCOMPARE(presenceB.value("count").toInt(), 2);
    QCOMPARE(presenceB.value("hash").toObject().value("7").toObject().value("name").toString(),
             QStringLiteral("Maria"));
    QCOMPARE(presenceB.value("hash").toObject().value("9").toObject().value("role").toString(),
             QStringLiteral("kitchen"));

    const auto added = a.waitForEvent(QStringLiteral("pusher_internal:member_added"));
    QVERIFY(added);
    QCOMPARE(added->dataObject().value("user_id").toString(), QStringLiteral("9"));
    QCOMPARE(added->dataObject().value("user_info").toObject().value("name").toString(),
             QStringLiteral("Ivan"));
    // Nobody is told about their own arrival.
    QVERIFY(b.framesNamed(QStringLiteral("pusher_internal:member_added")).isEmpty());

    // Tampered channel_data (claiming to be someone else) fails the signature.
    PusherTestClient c;
    const QString idC = c.connectAndWait(host.port(), host.settings().key);
    const auto authC = host.channelAuth(ivan, idC, channel).json();
    QVERIFY(!c.subscribeAndWait(
        channel, authC.value("auth").toString(),
        QStringLiteral(R"({"user_id":"1","user_info":{"name":"Boss","role":"manager"}})")));

    b.socket().close();
    const auto removed = a.waitForEvent(QStringLiteral("pusher_internal:member_removed"));
    QVERIFY(removed);
    QCOMPARE(removed->dataObject().value("user_id").toString(), QStringLiteral("9"));
}

void TestRealtimeServer::serverPingsIdleSocketsAndClosesDeadOnes()
{
    RealtimeSettings settings = RealtimeTestHost::defaultSettings();
    settings.activityTimeoutSeconds = 1;
    settings.pongTimeoutSeconds = 1;
    RealtimeTestHost host(settings);
    PusherTestClient alive, dead;
    dead.setAnswerPings(false);
    QVERIFY(!alive.connectAndWait(host.port(), host.settings().key).isEmpty());
    QVERIFY(!dead.connectAndWait(host.port(), host.settings().key).isEmpty());
    QVERIFY(dead.waitForEvent(QStringLiteral("pusher:ping"), 4000));
    QVERIFY(alive.waitForEvent(QStringLiteral("pusher:ping"), 4000));
    QVERIFY(dead.waitForDisconnected(5000));
    QCOMPARE(dead.closeCode(), 4201);
    const auto error = dead.waitForEvent(QStringLiteral("pusher:error"));
    QVERIFY(error);
    QCOMPARE(error->dataObject().value("code").toInt(), 4201);
    // The one that answers stays.
    QTest::qWait(2500);
    QVERIFY(alive.isConnected());
    QVERIFY(alive.framesNamed(QStringLiteral("pusher:ping")).size() >= 2);
    QCOMPARE(host.realtime().connectionCount(), 1);
}

void TestRealtimeServer::staffEventsArriveOnceInSeqOrder()
{
    RealtimeTestHost host;
    const QString token = host.addStaff(7, QStringLiteral("Maria"), StaffRole::Waiter);
    const QString channel = host.settings().staffChannel;
    PusherTestClient a, b;
    for (PusherTestClient *client : {&a, &b}) {
        const QString id = client->connectAndWait(host.port(), host.settings().key);
        QVERIFY(client->subscribeAndWait(
            channel, host.channelAuth(token, id, channel).json().value("auth").toString()));
    }
    constexpr int count = 50;
    for (int seq = 1; seq <= count; ++seq)
        host.realtime().publishStaffEvent(availabilityEvent(seq));
    for (PusherTestClient *client : {&a, &b}) {
        QTRY_COMPARE(client->framesNamed(QStringLiteral("product-availability-change")).size(),
                     count);
        const auto events = client->framesNamed(QStringLiteral("product-availability-change"));
        for (int i = 0; i < count; ++i) {
            QCOMPARE(events.at(i).channel, channel);
            QCOMPARE(events.at(i).dataObject().value("seq").toInteger(), qint64(i + 1));
        }
    }
    QCOMPARE(host.realtime().lastPublishedSeq(), qint64(count));
}

void TestRealtimeServer::staffEventsReachManySubscribersInOrder_data()
{
    QTest::addColumn<int>("fanOutThreads");
    QTest::addColumn<int>("subscribers");
    QTest::newRow("event loop alone") << 1 << 100;
    QTest::newRow("2 threads, below the parallel threshold")
        << 2 << tableside::server::FanOutSender::minimumParallelSockets - 1;
    QTest::newRow("2 threads") << 2 << 100;
    QTest::newRow("4 threads") << 4 << 150;
}

// Above FanOutSender::minimumParallelSockets a broadcast's send() calls are shared by threads:
// every subscriber must still get every event exactly once, in seq order.
void TestRealtimeServer::staffEventsReachManySubscribersInOrder()
{
    QFETCH(int, fanOutThreads);
    QFETCH(int, subscribers);
    RealtimeSettings settings = RealtimeTestHost::defaultSettings();
    settings.staffChannel = QStringLiteral("staff-channel");
    settings.fanOutThreads = fanOutThreads;
    RealtimeTestHost host(settings);
    std::vector<std::unique_ptr<PusherTestClient>> clients;
    for (int i = 0; i < subscribers; ++i) {
        clients.push_back(std::make_unique<PusherTestClient>());
        QVERIFY(!clients.back()->connectAndWait(host.port(), host.settings().key).isEmpty());
        QVERIFY(clients.back()->subscribeAndWait(QStringLiteral("staff-channel")));
    }
    QCOMPARE(host.realtime().subscriptionCount(QStringLiteral("staff-channel")), subscribers);
    constexpr int count = 20;
    for (int seq = 1; seq <= count; ++seq)
        host.realtime().publishStaffEvent(availabilityEvent(seq));
    for (const auto &client : clients) {
        QTRY_COMPARE(client->framesNamed(QStringLiteral("product-availability-change")).size(),
                     count);
        const auto events = client->framesNamed(QStringLiteral("product-availability-change"));
        for (int i = 0; i < count; ++i)
            QCOMPARE(events.at(i).dataObject().value("seq").toInteger(), qint64(i + 1));
    }
}

void TestRealtimeServer::staffEventWithLowerSeqIsNotBroadcast()
{
    RealtimeSettings settings = RealtimeTestHost::defaultSettings();
    settings.staffChannel = QStringLiteral("staff-channel");
    RealtimeTestHost host(settings);
    PusherTestClient client;
    QVERIFY(!client.connectAndWait(host.port(), host.settings().key).isEmpty());
    QVERIFY(client.subscribeAndWait(QStringLiteral("staff-channel")));
    host.realtime().publishStaffEvent(availabilityEvent(5));
    host.realtime().publishStaffEvent(availabilityEvent(3));
    host.realtime().publishStaffEvent(availabilityEvent(5));
    host.realtime().publishStaffEvent(availabilityEvent(6));
    QTRY_COMPARE(client.framesNamed(QStringLiteral("product-availability-change")).size(), 2);
    QTest::qWait(100);
    const auto events = client.framesNamed(QStringLiteral("product-availability-change"));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).dataObject().value("seq").toInteger(), 5);
    QCOMPARE(events.at(1).dataObject().value("seq").toInteger(), 6);
}

void TestRealtimeServer::publicStaffChannelSetting()
{
    // Default: private, a guest on the same network cannot read it without a staff token.
    {
        RealtimeTestHost host;
        QCOMPARE(host.settings().staffChannel, QStringLiteral("private-staff-channel"));
        PusherTestClient guest;
        QVERIFY(!guest.connectAndWait(host.port(), host.settings().key).isEmpty());
        QVERIFY(!guest.subscribeAndWait(QStringLiteral("private-staff-channel")));
        QCOMPARE(
            host.channelAuth(QString(), guest.socketId(), QStringLiteral("private-staff-channel"))
                .status,
            401);
    }
    RealtimeSettings settings = RealtimeTestHost::defaultSettings();
    settings.staffChannel = QStringLiteral("staff-channel");
    RealtimeTestHost host(settings);
    PusherTestClient origin;
    QVERIFY(!origin.connectAndWait(host.port(), host.settings().key).isEmpty());
    QVERIFY(origin.subscribeAndWait(QStringLiteral("staff-channel")));
    host.realtime().publishStaffEvent(availabilityEvent(1));
    QVERIFY(origin.waitForEvent(QStringLiteral("product-availability-change")));
}

void TestRealtimeServer::clientEventsRefusedWhenDisabled()
{
    RealtimeTestHost host;
    const QString token = host.addStaff(7, QStringLiteral("Maria"), StaffRole::Waiter);
    PusherTestClient a, b;
    for (PusherTestClient *client : {&a, &b}) {
        const QString id = client->connectAndWait(host.port(), host.settings().key);
        QVERIFY(client->subscribeAndWait(QStringLiteral("private-x"),
                                         host.channelAuth(token, id, QStringLiteral("private-x"))
                                             .json()
                                             .value("auth")
                                             .toString()));
    }
    a.send(Frame::channelEvent(QStringLiteral("client-hello"), QStringLiteral("private-x"),
                               QStringLiteral(R"({"x":1})")));
    const auto error = a.waitForEvent(QStringLiteral("pusher:error"));
    QVERIFY(error);
    QCOMPARE(error->dataObject().value("code").toInt(), 4301);
    QTest::qWait(100);
    QVERIFY(b.framesNamed(QStringLiteral("client-hello")).isEmpty());
}

void TestRealtimeServer::clientEventsWhenEnabled()
{
    RealtimeSettings settings = RealtimeTestHost::defaultSettings();
    settings.clientEventsEnabled = true;
    settings.maxClientEventsPerSecond = 3;
    RealtimeTestHost host(settings);
    const QString token = host.addStaff(7, QStringLiteral("Maria"), StaffRole::Waiter);
    PusherTestClient a, b;
    for (PusherTestClient *client : {&a, &b}) {
        const QString id = client->connectAndWait(host.port(), host.settings().key);
        QVERIFY(client->subscribeAndWait(QStringLiteral("private-x"),
                                         host.channelAuth(token, id, QStringLiteral("private-x"))
                                             .json()
                                             .value("auth")
                                             .toString()));
        QVERIFY(client->subscribeAndWait(QStringLiteral("public-x")));
    }
    a.send(Frame::channelEvent(QStringLiteral("client-hello"), QStringLiteral("private-x"),
                               QStringLiteral(R"({"x":1})")));
    const auto relayed = b.waitForEvent(QStringLiteral("client-hello"));
    QVERIFY(relayed);
    QCOMPARE(relayed->dataObject().value("x").toInt(), 1);
    // Not echoed to the sender.
    QTest::qWait(100);
    QVERIFY(a.framesNamed(QStringLiteral("client-hello")).isEmpty());

    // Not on public channels.
    a.send(Frame::channelEvent(QStringLiteral("client-hello"), QStringLiteral("public-x"),
                               QStringLiteral("{}")));
    QVERIFY(a.waitForEvent(QStringLiteral("pusher:error")));
    QTest::qWait(100);
    QCOMPARE(b.framesNamed(QStringLiteral("client-hello")).size(), 1);

    // Rate limit: the bucket allows 3 per second; the 4th in a burst is refused.
    QTest::qWait(1100);
    const int before = int(b.framesNamed(QStringLiteral("client-hello")).size());
    const int errorsBefore = int(a.framesNamed(QStringLiteral("pusher:error")).size());
    for (int i = 0; i < 4; ++i)
        a.send(Frame::channelEvent(QStringLiteral("client-hello"), QStringLiteral("private-x"),
                                   QStringLiteral("{}")));
    QTRY_COMPARE(a.framesNamed(QStringLiteral("pusher:error")).size(), errorsBefore + 1);
    QTest::qWait(100);
    QCOMPARE(b.framesNamed(QStringLiteral("client-hello")).size(), before + 3);
    QCOMPARE(
        a.framesNamed(QStringLiteral("pusher:error")).last().dataObject().value("code").toInt(),
        4301);
}

void TestRealtimeServer::invalidMessageGetsError()
{
    RealtimeTestHost host;
    PusherTestClient client;
    QVERIFY(!client.connectAndWait(host.port(), host.settings().key).isEmpty());
    client.sendRaw(QStringLiteral("not json"));
    QVERIFY(client.waitForEvent(QStringLiteral("pusher:error")));
    QVERIFY(client.isConnected());
    client.sendRaw(
        QStringLiteral(R"({"event":"pusher:subscribe","data":{"channel":"bad channel!"}})"));
    const auto error = client.waitForEvent(QStringLiteral("pusher:subscription_error"));
    QVERIFY(error);
    QCOMPARE(error->dataObject().value("status").toInt(), 400);
}

QTEST_MAIN(TestRealtimeServer)
#include "tst_realtimeserver.moc"
