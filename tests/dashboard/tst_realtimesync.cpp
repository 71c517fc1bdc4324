// The realtime client and the sync engine against a real tableside-server (port 0): connect,
// private-channel auth, subscribe, snapshot, live events, duplicates ignored, gap → resync,
// reconnect after a server restart, dead-link detection, refused keys and expired tokens.
#include "calllistmodel.h"
#include "dashboardclient.h"
#include "eventreader.h"
#include "orderlistmodel.h"
#include "pusherclient.h"
#include "serverprocess.h"
#include "staffapi.h"
#include "syncengine.h"
#include "wakedetector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

class TestRealtimeSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void connectsAuthorizesAndLoadsSnapshot();
    void appliesLiveEventsInOrder();
    void ignoresDuplicateEvents();
    void gapTriggersResync();
    void reconnectsAfterServerRestart();
    void detectsDeadLink();
    void reconnectsAtOnceAfterASleep();
    void deadLinkDefaultsWithin15Seconds();
    void refusedKeyIsNotRetried();
    void expiredTokenAsksForLogin();
    void publicChannelServer();

private:
    qint64 serverSeq(const QString &token);
    ServerProcess m_server;
};

void TestRealtimeSync::initTestCase()
{
    QVERIFY2(m_server.addStaff(QStringLiteral("Maria"), QStringLiteral("1234")),
             qPrintable(m_server.output()));
    m_server.disableGuestLimits();
    QVERIFY2(m_server.start(), qPrintable(m_server.output()));
}

qint64 TestRealtimeSync::serverSeq(const QString &token)
{
    return EventReader(m_server.http(), token).latestSeq();
}

void TestRealtimeSync::connectsAuthorizesAndLoadsSnapshot()
{
    const QJsonObject before = m_server.guest().createOrder(2, 2, QStringLiteral("без захар"));
    QVERIFY(!before.isEmpty());
    DashboardClient client;
    QSignalSpy snapshots(client.session().sync(), &SyncEngine::snapshotApplied);
    QVERIFY(client.signIn(m_server.url(), QStringLiteral("1234")));
    QVERIFY(!client.session().pusher()->socketId().isEmpty());
    QCOMPARE(client.session().pusher()->config().channel, QStringLiteral("private-staff-channel"));
    QCOMPARE(snapshots.count(), 1);
    QVERIFY(client.session().orders()->rowOf(before.value(QStringLiteral("id")).toString()) >= 0);
    QCOMPARE(client.session().sync()->lastSeq(), serverSeq(client.settings().token()));
    QCOMPARE(client.differenceFrom(m_server), QString());
    // The token is kept, the PIN never.
    QVERIFY(!client.settings().token().isEmpty());
    QFile ini(client.settings().filePath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("1234"));
}

void TestRealtimeSync::appliesLiveEventsInOrder()
{
    DashboardClient client;
    QVERIFY(client.signIn(m_server.url(), QStringLiteral("1234")));
    QSignalSpy applied(client.session().sync(), &SyncEngine::eventApplied);
    const QJsonObject order = m_server.guest().createOrder(4);
    const QJsonObject call
        = m_server.guest().createCall(4, QStringLiteral("help"), QStringLiteral("Вода, моля"));
    QVERIFY(!order.isEmpty() && !call.isEmpty());
    // The new order also opens table 4's tab (the bill's table-tab-change).
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 3, 10'000);
    QCOMPARE(applied.at(0).at(0).value<StaffEvent>().type(), StaffEventType::NewOrder);
    QCOMPARE(applied.at(1).at(0).value<StaffEvent>().type(), StaffEventType::TableTabChange);
    QCOMPARE(applied.at(2).at(0).value<StaffEvent>().type(), StaffEventType::WaiterCallCreated);
    QCOMPARE(toString(applied.at(0).at(1).value<Via>()), QStringLiteral("live"));
    QVERIFY(applied.at(0).at(0).value<StaffEvent>().seq()
            < applied.at(2).at(0).value<StaffEvent>().seq());
    QCOMPARE(client.session().calls()->call(call.value(QStringLiteral("id")).toString())->message,
             QStringLiteral("Вода, моля"));
    QCOMPARE(client.differenceFrom(m_server), QString());
}

void TestRealtimeSync::ignoresDuplicateEvents()
{
    DashboardClient client;
    QVERIFY(client.signIn(m_server.url(), QStringLiteral("1234")));
    const QJsonObject order = m_server.guest().createOrder(6);
    const QString id = order.value(QStringLiteral("id")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(client.session().orders()->rowOf(id) >= 0, 10'000);
    // The order's table-tab-change follows its new-order: let both arrive first.
    QTRY_COMPARE_WITH_TIMEOUT(client.session().sync()->lastSeq(),
                              serverSeq(client.settings().token()), 10'000);
    const qint64 seq = client.session().sync()->lastSeq();
    // The very event that was just applied, delivered again (as after a reconnect overlap).
    const QJsonObject page = EventReader(m_server.http(), client.settings().token()).page(seq - 1);
    const QJsonObject entry = page.value(QStringLiteral("events")).toArray().first().toObject();
    QCOMPARE(entry.value(QStringLiteral("seq")).toInteger(), seq);
    QSignalSpy applied(client.session().sync(), &SyncEngine::eventApplied);
    QSignalSpy inserted(client.session().orders(), &QAbstractItemModel::rowsInserted);
    const int rows = client.session().orders()->rowCount();
    const QByteArray json = QJsonDocument(entry.value(QStringLiteral("data")).toObject())
                                .toJson(QJsonDocument::Compact);
    client.session().sync()->onChannelEvent(entry.value(QStringLiteral("event")).toString(), json);
    client.session().sync()->onChannelEvent(entry.value(QStringLiteral("event")).toString(), json);
    QTest::qWait(200);
    QCOMPARE(applied.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(client.session().orders()->rowCount(), rows);
    QCOMPARE(client.session().sync()->lastSeq(), seq);
}

void TestRealtimeSync::gapTriggersResync()
{
    DashboardClient client;
    QVERIFY(client.signIn(m_server.url(), QStringLiteral("1234")));
    QSignalSpy applied(client.session().sync(), &SyncEngine::eventApplied);
    // Lose one frame: cut the wire between the socket and the sync engine for one event.
    QVERIFY(QObject::disconnect(client.session().pusher(), &PusherClient::channelEvent,
                                client.session().sync(), &SyncEngine::onChannelEvent));
    const qint64 before = client.session().sync()->lastSeq();
    const QJsonObject lost = m_server.guest().createOrder(8);
    QTRY_VERIFY_WITH_TIMEOUT(serverSeq(client.settings().token()) > before, 5'000);
    QTest::qWait(300); // the frame was delivered to the socket and dropped
    QCOMPARE(client.session().sync()->lastSeq(), before);
    connect(client.session().pusher(), &PusherClient::channelEvent, client.session().sync(),
            &SyncEngine::onChannelEvent);
    const QJsonObject next = m_server.guest().createOrder(9);
    QTRY_VERIFY_WITH_TIMEOUT(
        client.session().orders()->rowOf(next.value(QStringLiteral("id")).toString()) >= 0, 10'000);
    QVERIFY(client.session().orders()->rowOf(lost.value(QStringLiteral("id")).toString()) >= 0);
    // Each order: new-order and its table's table-tab-change (the bill).
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 4, 10'000);
    QCOMPARE(applied.at(0).at(0).value<StaffEvent>().seq(), before + 1);
    QCOMPARE(toString(applied.at(0).at(1).value<Via>()), QStringLiteral("replay"));
    QCOMPARE(applied.at(3).at(0).value<StaffEvent>().seq(), before + 4);
    // The last ones came live but may already be in the replay page: applied once either way.
    QVERIFY(applied.at(3).at(1).value<Via>() != Via::Snapshot);
    QVERIFY(client.session().sync()->isLive());
    QCOMPARE(client.session().sync()->bufferedCount(), 0);
    QCOMPARE(client.differenceFrom(m_server), QString());
}

void TestRealtimeSync::reconnectsAfterServerRestart()
{
    DashboardClient client;
    client.session().pusher()->setBackoff(400, 1'000);
    QVERIFY(client.signIn(m_server.url(), QStringLiteral("1234")));
    const QString token = client.settings().token();
    const QJsonObject order = m_server.guest().createOrder(10);
    QTRY_VERIFY_WITH_TIMEOUT(
        client.session().orders()->rowOf(order.value(QStringLiteral("id")).toString()) >= 0,
        10'000);

    m_server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(client.session().pusher()->state(), ConnectionState::Waiting, 10'000);
    QVERIFY(client.session().pusher()->offlineSince().isValid());
    QVERIFY(m_server.restart());
    // Changes made while the dashboard was away: it must catch up on its own.
    ServerProcess &server = m_server;
    const QJsonObject missed = server.guest().createOrder(11);
    QVERIFY(!missed.isEmpty());
    int status = 0;
    server.http().json(
        "PATCH",
        QStringLiteral("/api/orders/%1/status").arg(order.value(QStringLiteral("id")).toString()),
        {{QStringLiteral("status"), QStringLiteral("preparing")}}, token, &status);
    QCOMPARE(status, 200);
    QVERIFY(client.waitLive(20'000));
    QTRY_VERIFY_WITH_TIMEOUT(
        client.session().orders()->rowOf(missed.value(QStringLiteral("id")).toString()) >= 0,
        10'000);
    QTRY_COMPARE_WITH_TIMEOUT(
        client.session().orders()->order(order.value(QStringLiteral("id")).toString())->status,
        OrderStatus::Preparing, 10'000);
    QVERIFY(client.session().pusher()->reconnectAttempts() == 0); // reset after subscribing
    QCOMPARE(client.differenceFrom(m_server), QString());
}

void TestRealtimeSync::detectsDeadLink()
{
    DashboardClient client;
    client.session().pusher()->setKeepAlive(700, 700);
    client.session().pusher()->setBackoff(300, 600);
    QVERIFY(client.signIn(m_server.url(), QStringLiteral("1234")));
    QSignalSpy states(client.session().pusher(), &PusherClient::stateChanged);
    m_server.pause(); // the TCP link stays up, but nothing answers: a dead link
    QTRY_VERIFY_WITH_TIMEOUT(client.session().pusher()->state() != ConnectionState::Subscribed,
                             6'000);
    m_server.resume();
    QVERIFY(client.waitLive(20'000));
    const QJsonObject order = m_server.guest().createOrder(12);
    QTRY_VERIFY_WITH_TIMEOUT(
        client.session().orders()->rowOf(order.value(QStringLiteral("id")).toString()) >= 0,
        10'000);
    QCOMPARE(client.differenceFrom(m_server), QString());
}

// A device that slept missed events and may hold a dead socket that still looks open: on waking
// it replaces the link at once (not after the keep-alive's 15 s) and catches up.
void TestRealtimeSync::reconnectsAtOnceAfterASleep()
{
    DashboardClient client;
    QVERIFY(client.signIn(m_server.url(), QStringLiteral("1234")));
    const int attemptsBefore = client.session().pusher()->reconnectAttempts();
    QSignalSpy states(client.session().pusher(), &PusherClient::stateChanged);
    const QJsonObject missed = m_server.guest().createOrder(14);
    emit client.session().wakeDetector()->resumed(60'000);
    QVERIFY(states.size() >= 1);
    QCOMPARE(states.first().first().value<ConnectionState>(), ConnectionState::Connecting);
    QVERIFY(client.waitLive(10'000));
    QCOMPARE(client.session().pusher()->reconnectAttempts(), attemptsBefore);
    QTRY_VERIFY(client.session().orders()->rowOf(missed.value(QStringLiteral("id")).toString())
                >= 0);
    QCOMPARE(client.differenceFrom(m_server), QString());
}

void TestRealtimeSync::deadLinkDefaultsWithin15Seconds()
{
    PusherClient client(nullptr);
    QVERIFY(client.deadLinkDetectionMs() <= 15'000);
    QVERIFY(client.deadLinkDetectionMs() > 0);
}

void TestRealtimeSync::refusedKeyIsNotRetried()
{
    PusherClient client(nullptr);
    PusherConfig config;
    config.host = m_server.url().host();
    config.port = m_server.port();
    config.key = QStringLiteral("no-such-key");
    config.channel = QStringLiteral("staff-channel");
    client.setConfig(config);
    client.setBackoff(50, 100);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), ConnectionState::Refused, 10'000);
    QCOMPARE(client.lastCloseCode(), 4001);
    QTest::qWait(500);
    QCOMPARE(client.state(), ConnectionState::Refused);
}

void TestRealtimeSync::expiredTokenAsksForLogin()
{
    DashboardClient client;
    client.settings().setServerUrl(m_server.url());
    StaffMember staff;
    staff.name = QStringLiteral("Nobody");
    client.settings().setSession(QStringLiteral("not-a-valid-token"), staff);
    QSignalSpy expired(&client.session(), &DashboardSession::sessionExpired);
    client.session().start();
    QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, 10'000);
    QVERIFY(client.session().pusher()->state() != ConnectionState::Subscribed);
}

void TestRealtimeSync::publicChannelServer()
{
    ServerProcess server;
    QVERIFY(server.addStaff(QStringLiteral("Petar"), QStringLiteral("5678")));
    server.setConfig(QStringLiteral("realtime/publicStaffChannel"), true);
    server.disableGuestLimits();
    QVERIFY2(server.start(), qPrintable(server.output()));
    DashboardClient client;
    QVERIFY(client.signIn(server.url(), QStringLiteral("5678")));
    QCOMPARE(client.session().pusher()->config().channel, QStringLiteral("staff-channel"));
    const QJsonObject order = server.guest().createOrder(3);
    QTRY_VERIFY_WITH_TIMEOUT(
        client.session().orders()->rowOf(order.value(QStringLiteral("id")).toString()) >= 0,
        10'000);
    QCOMPARE(client.differenceFrom(server), QString());
}

QTEST_MAIN(TestRealtimeSync)
#include "tst_realtimesync.moc"
