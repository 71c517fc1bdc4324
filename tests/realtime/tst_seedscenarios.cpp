// The origin app's manual "Test 1" and "Test 2" (shared/seed/realtime-sync.en.md) automated
// against the real tableside-server binary: a guest orders / calls a waiter over REST, two
// staff devices subscribed to the staff channel over real WebSockets each get the event once,
// and a change made by staff member A reaches B. Every event is checked against the store's
// event log in the SQLite file (same seq, same payload, committed before it arrived).
#include "pusherframe.h"
#include "pushertestclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include "teststore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using tableside::pusher::Frame;

namespace {

const QString PrivateStaffChannel = QStringLiteral("private-staff-channel");
const QString PublicStaffChannel = QStringLiteral("staff-channel");
const QString MariaPin = QStringLiteral("482193");
const QString IvanPin = QStringLiteral("731904");

bool isStaffEvent(const Frame &frame)
{
    return !frame.event.startsWith(QLatin1String("pusher"));
}

/// One staff event as seen by a device.
struct ReceivedEvent
{
    QString name;
    QJsonObject data;
    qint64 seq = 0;
    /// Whether the event's row was already committed in the SQLite file when the frame arrived.
    bool committedOnArrival = false;
};

/// A staff device: a WebSocket subscribed to the staff channel that records every staff event
/// and, the moment each frame arrives, looks its seq up in the database file through its own
/// read-only SQLite connection (the server is another process, so an uncommitted row is
/// invisible to it).
class StaffDevice
{
public:
    StaffDevice(const QString &dataDir, const QString &connectionName)
        : m_connectionName(connectionName)
    {
        // The server's database on this run's back end (the SQLite file, or PostgreSQL).
        QSqlDatabase db = tableside::server::testkit::addTestConnection(connectionName, dataDir);
        if (!TestDatabase::isPostgres())
            db.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        db.open();
        QObject::connect(&client.socket(), &QWebSocket::textMessageReceived, &client.socket(),
                         [this](const QString &text) { onMessage(text); });
    }
    ~StaffDevice()
    {
        client.socket().abort();
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    bool connectAndSubscribe(ServerProcess &server, const QString &key, const QString &token,
                             const QString &channel)
    {
        const QString socketId = client.connectAndWait(server.port(), key);
        if (socketId.isEmpty())
            return false;
        QString auth;
        if (channel.startsWith(QLatin1String("private-"))) {
            auth = server.http()
                       .channelAuth(token, socketId, channel)
                       .json()
                       .value(QLatin1String("auth"))
                       .toString();
            if (auth.isEmpty())
                return false;
        }
        return client.subscribeAndWait(channel, auth);
    }

    /// Waits until an event named @p name with data[@p field] == @p value has arrived.
    bool waitForEvent(const QString &name, const QString &field, const QJsonValue &value,
                      int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return count(name, field, value) > 0; }, timeoutMs);
    }
    int count(const QString &name, const QString &field, const QJsonValue &value) const
    {
        int n = 0;
        for (const ReceivedEvent &event : events)
            if (event.name == name && event.data.value(field) == value)
                ++n;
        return n;
    }
    ReceivedEvent find(const QString &name, const QString &field, const QJsonValue &value) const
    {
        for (const ReceivedEvent &event : events)
            if (event.name == name && event.data.value(field) == value)
                return event;
        return {};
    }

    PusherTestClient client;
    QList<ReceivedEvent> events;
    QStringList channels; ///< the channel of every staff event received

private:
    void onMessage(const QString &text)
    {
        const std::optional<Frame> frame = Frame::decode(text.toUtf8());
        if (!frame || !isStaffEvent(*frame))
            return;
        if (qEnvironmentVariableIsSet("TABLESIDE_PRINT_FRAMES"))
            qInfo().noquote() << "frame:" << text;
        ReceivedEvent event;
        event.name = frame->event;
        event.data = frame->dataObject();
        event.seq = event.data.value(QLatin1String("seq")).toInteger();
        QSqlQuery query(QSqlDatabase::database(m_connectionName));
        query.prepare(
            QStringLiteral("SELECT name FROM events WHERE channel = 'staff' AND seq = ?"));
        query.addBindValue(event.seq);
        event.committedOnArrival
            = query.exec() && query.next() && query.value(0).toString() == event.name;
        events.append(event);
        channels.append(frame->channel);
    }

    QString m_connectionName;
};

} // namespace

class TestSeedScenarios : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void test1MultiDeviceOrderUpdates();
    void test2WaiterCallSync();
    void kitchenEventsReachEveryDevice();
    void publicStaffChannelOption_data();
    void publicStaffChannelOption();

private:
    /// Both devices connected and subscribed to the default (private) staff channel, plus a
    /// "guest" socket on the public staff-channel that must never see a staff event.
    void openDevices();
    void closeDevices();
    /// The log after @p afterSeq as the server's REST API reports it.
    QJsonArray eventLog(qint64 afterSeq);
    /// Every device got exactly the log's events after @p afterSeq, in seq order, each committed
    /// before it arrived, with the log's payload.
    void verifyAgainstLog(qint64 afterSeq);
    qint64 latestSeq();

    std::unique_ptr<ServerProcess> m_server;
    QString m_key;
    QString m_mariaToken;
    QString m_ivanToken;
    std::unique_ptr<StaffDevice> m_deviceA;
    std::unique_ptr<StaffDevice> m_deviceB;
    std::unique_ptr<StaffDevice> m_guestSocket;
};

void TestSeedScenarios::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->isValid());
    QVERIFY2(m_server->addStaff(QStringLiteral("Maria"), MariaPin, QStringLiteral("waiter")),
             qPrintable(m_server->output()));
    QVERIFY2(m_server->addStaff(QStringLiteral("Ivan"), IvanPin, QStringLiteral("kitchen")),
             qPrintable(m_server->output()));
    m_key = m_server->appCredentials().value(QLatin1String("key")).toString();
    QVERIFY2(!m_key.isEmpty(), qPrintable(m_server->output()));
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));

    const HttpReply login = m_server->http().postJson(QStringLiteral("/api/staff/login"),
                                                      {{QStringLiteral("pin"), MariaPin}});
    QCOMPARE(login.status, 200);
    m_mariaToken = login.json().value(QLatin1String("token")).toString();
    const QJsonObject realtime = login.json().value(QLatin1String("realtime")).toObject();
    // What a dashboard is told to subscribe to is what the server broadcasts on.
    QCOMPARE(realtime.value(QLatin1String("channel")).toString(), PrivateStaffChannel);
    QCOMPARE(realtime.value(QLatin1String("appKey")).toString(), m_key);
    m_ivanToken = m_server->http().login(IvanPin);
    QVERIFY(!m_mariaToken.isEmpty());
    QVERIFY(!m_ivanToken.isEmpty());
}

void TestSeedScenarios::cleanupTestCase()
{
    closeDevices();
    m_server.reset();
}

void TestSeedScenarios::openDevices()
{
    closeDevices();
    m_deviceA = std::make_unique<StaffDevice>(m_server->dataDir(), QStringLiteral("a"));
    m_deviceB = std::make_unique<StaffDevice>(m_server->dataDir(), QStringLiteral("b"));
    m_guestSocket = std::make_unique<StaffDevice>(m_server->dataDir(), QStringLiteral("g"));
    QVERIFY(m_deviceA->connectAndSubscribe(*m_server, m_key, m_mariaToken, PrivateStaffChannel));
    QVERIFY(m_deviceB->connectAndSubscribe(*m_server, m_key, m_ivanToken, PrivateStaffChannel));
    // Anyone on the Wi-Fi can subscribe to the public name; the staff events must not go there.
    QVERIFY(m_guestSocket->connectAndSubscribe(*m_server, m_key, {}, PublicStaffChannel));
}

void TestSeedScenarios::closeDevices()
{
    m_deviceA.reset();
    m_deviceB.reset();
    m_guestSocket.reset();
}

qint64 TestSeedScenarios::latestSeq()
{
    const HttpReply health = m_server->http().request("GET", QStringLiteral("/healthz"));
    return health.json().value(QLatin1String("seq")).toInteger(-1);
}

QJsonArray TestSeedScenarios::eventLog(qint64 afterSeq)
{
    const HttpReply reply = m_server->http().request(
        "GET", QStringLiteral("/api/events?after=%1").arg(afterSeq), {}, m_mariaToken);
    return reply.status == 200 ? reply.json().value(QLatin1String("events")).toArray()
                               : QJsonArray();
}

void TestSeedScenarios::verifyAgainstLog(qint64 afterSeq)
{
    const QJsonArray log = eventLog(afterSeq);
    QVERIFY(!log.isEmpty());
    for (StaffDevice *device : {m_deviceA.get(), m_deviceB.get()}) {
        // Everything in the log is committed, so it is on its way to every device (or lost).
        (void)QTest::qWaitFor([&] { return device->events.size() >= log.size(); }, 5000);
        QTest::qWait(20); // and nothing more arrives
        QCOMPARE(device->events.size(), log.size());
        for (int i = 0; i < log.size(); ++i) {
            const QJsonObject entry = log.at(i).toObject();
            const ReceivedEvent &event = device->events.at(i);
            QCOMPARE(event.seq, entry.value(QLatin1String("seq")).toInteger());
            QCOMPARE(event.name, entry.value(QLatin1String("event")).toString());
            QCOMPARE(event.data, entry.value(QLatin1String("data")).toObject());
            QVERIFY2(event.committedOnArrival,
                     qPrintable(QStringLiteral("%1 seq %2 arrived before its commit")
                                    .arg(event.name)
                                    .arg(event.seq)));
            if (i > 0)
                QCOMPARE(event.seq, device->events.at(i - 1).seq + 1);
        }
        for (const QString &channel : std::as_const(device->channels))
            QCOMPARE(channel, PrivateStaffChannel);
    }
    QVERIFY(m_guestSocket->events.isEmpty());
}

void TestSeedScenarios::test1MultiDeviceOrderUpdates()
{
    openDevices();
    const qint64 seqBefore = latestSeq();
    QVERIFY(seqBefore >= 0);

    // A guest orders from the QR page (no login): 2 × Espresso (1.80 €) + 1 × Shopska salad.
    const HttpReply created = m_server->http().postJson(
        QStringLiteral("/api/orders/create"),
        {{QStringLiteral("tableNumber"), 5},
         {QStringLiteral("items"),
          QJsonArray {
              QJsonObject {{QStringLiteral("productId"), 1}, {QStringLiteral("quantity"), 2}},
              QJsonObject {{QStringLiteral("productId"), 10},
                           {QStringLiteral("quantity"), 1},
                           {QStringLiteral("notes"), QStringLiteral("без лук")}}}}});
    QCOMPARE(created.status, 201);
    const QJsonObject order = created.json().value(QLatin1String("order")).toObject();
    const QString orderId = order.value(QLatin1String("orderId")).toString();
    QVERIFY(!orderId.isEmpty());

    // Both devices get new-order.
    QVERIFY(
        m_deviceA->waitForEvent(QStringLiteral("new-order"), QStringLiteral("orderId"), orderId));
    QVERIFY(
        m_deviceB->waitForEvent(QStringLiteral("new-order"), QStringLiteral("orderId"), orderId));
    for (StaffDevice *device : {m_deviceA.get(), m_deviceB.get()}) {
        const QJsonObject data
            = device->find(QStringLiteral("new-order"), QStringLiteral("orderId"), orderId).data;
        // The seed's payload fields, with the values the REST answer gave the guest.
        QCOMPARE(data.value(QLatin1String("orderNumber")),
                 order.value(QLatin1String("orderNumber")));
        QCOMPARE(data.value(QLatin1String("orderNumber")).toInt(),
                 created.json().value(QLatin1String("orderNumber")).toInt());
        QCOMPARE(data.value(QLatin1String("tableNumber")).toInt(), 5);
        QCOMPARE(data.value(QLatin1String("totalEur")), order.value(QLatin1String("totalEur")));
        QCOMPARE(data.value(QLatin1String("totalBgn")), order.value(QLatin1String("totalBgn")));
        // 2 × 1.80 + 6.90 = 10.50 € (integer cents on the wire too).
        QCOMPARE(data.value(QLatin1String("totalEurCents")).toInteger(), 1050);
        QCOMPARE(data.value(QLatin1String("totalEur")).toDouble(), 10.50);
        QCOMPARE(data.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        const QJsonArray items = data.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("productId")).toInt(), 1);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("quantity")).toInt(), 2);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("productName")).toString(),
                 QStringLiteral("Еспресо"));
        QCOMPARE(items.at(1).toObject().value(QLatin1String("productId")).toInt(), 10);
        QCOMPARE(items.at(1).toObject().value(QLatin1String("notes")).toString(),
                 QStringLiteral("без лук"));
        QCOMPARE(data.value(QLatin1String("seq")).toInteger(), seqBefore + 1);
    }

    // Staff member A (Maria) starts it on device 1 → device 2 updates by itself.
    const HttpReply changed = m_server->http().patchJson(
        QStringLiteral("/api/orders/%1/status").arg(orderId),
        {{QStringLiteral("status"), QStringLiteral("preparing")}}, m_mariaToken);
    QCOMPARE(changed.status, 200);
    QVERIFY(m_deviceB->waitForEvent(QStringLiteral("order-status-change"),
                                    QStringLiteral("orderId"), orderId));
    const QJsonObject change
        = m_deviceB->find(QStringLiteral("order-status-change"), QStringLiteral("orderId"), orderId)
              .data;
    QCOMPARE(change.value(QLatin1String("status")).toString(), QStringLiteral("preparing"));
    QCOMPARE(change.value(QLatin1String("previousStatus")).toString(), QStringLiteral("pending"));
    QCOMPARE(change.value(QLatin1String("changedBy")).toString(), QStringLiteral("Maria"));
    QCOMPARE(change.value(QLatin1String("orderNumber")), order.value(QLatin1String("orderNumber")));
    QCOMPARE(change.value(QLatin1String("tableNumber")).toInt(), 5);
    // seqBefore + 2 is the new order's table-tab-change (the bill: it opened table 5's tab).
    QCOMPARE(change.value(QLatin1String("seq")).toInteger(), seqBefore + 3);
    QVERIFY(m_deviceA->waitForEvent(QStringLiteral("order-status-change"),
                                    QStringLiteral("orderId"), orderId));

    // Exactly once each: the later event has arrived, and a socket delivers in order.
    QCOMPARE(m_deviceA->count(QStringLiteral("new-order"), QStringLiteral("orderId"), orderId), 1);
    QCOMPARE(m_deviceB->count(QStringLiteral("new-order"), QStringLiteral("orderId"), orderId), 1);
    QTest::qWait(50); // the guest socket has had the time to get (wrongly) anything
    verifyAgainstLog(seqBefore);
}

void TestSeedScenarios::test2WaiterCallSync()
{
    openDevices();
    const qint64 seqBefore = latestSeq();
    QVERIFY(seqBefore >= 0);

    // A guest calls a waiter to pay cash (no login).
    const HttpReply created = m_server->http().postJson(
        QStringLiteral("/api/waiter-call"),
        {{QStringLiteral("tableNumber"), 7},
         {QStringLiteral("callType"), QStringLiteral("payment_cash")},
         {QStringLiteral("message"), QStringLiteral("Плащане с брой")}});
    QCOMPARE(created.status, 201);
    const QJsonObject call = created.json().value(QLatin1String("call")).toObject();
    const QString callId = call.value(QLatin1String("callId")).toString();
    QVERIFY(!callId.isEmpty());

    QVERIFY(
        m_deviceA->waitForEvent(QStringLiteral("waiter-call"), QStringLiteral("callId"), callId));
    QVERIFY(
        m_deviceB->waitForEvent(QStringLiteral("waiter-call"), QStringLiteral("callId"), callId));
    for (StaffDevice *device : {m_deviceA.get(), m_deviceB.get()}) {
        const QJsonObject data
            = device->find(QStringLiteral("waiter-call"), QStringLiteral("callId"), callId).data;
        QCOMPARE(data.value(QLatin1String("tableNumber")).toInt(), 7);
        QCOMPARE(data.value(QLatin1String("callType")).toString(), QStringLiteral("payment_cash"));
        QCOMPARE(data.value(QLatin1String("message")).toString(), QStringLiteral("Плащане с брой"));
        QCOMPARE(data.value(QLatin1String("timestamp")), call.value(QLatin1String("timestamp")));
        QVERIFY(!data.value(QLatin1String("timestamp")).toString().isEmpty());
        QCOMPARE(data.value(QLatin1String("urgent")).toBool(), true);
        QCOMPARE(data.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(data.value(QLatin1String("seq")).toInteger(), seqBefore + 1);
    }

    // A taps "On my way" → B sees the call taken.
    const HttpReply acknowledged = m_server->http().request(
        "PATCH", QStringLiteral("/api/waiter-call/%1/acknowledge").arg(callId), {}, m_mariaToken);
    QCOMPARE(acknowledged.status, 200);
    QVERIFY(m_deviceB->waitForEvent(QStringLiteral("call-status-change"), QStringLiteral("callId"),
                                    callId));
    const QJsonObject change
        = m_deviceB->find(QStringLiteral("call-status-change"), QStringLiteral("callId"), callId)
              .data;
    QCOMPARE(change.value(QLatin1String("status")).toString(), QStringLiteral("acknowledged"));
    QCOMPARE(change.value(QLatin1String("acknowledgedBy")).toString(), QStringLiteral("Maria"));
    QCOMPARE(change.value(QLatin1String("tableNumber")).toInt(), 7);
    QCOMPARE(change.value(QLatin1String("seq")).toInteger(), seqBefore + 2);
    QVERIFY(m_deviceA->waitForEvent(QStringLiteral("call-status-change"), QStringLiteral("callId"),
                                    callId));

    // Ivan's late tap loses: 409 naming Maria, and no second event.
    const HttpReply late = m_server->http().request(
        "PATCH", QStringLiteral("/api/waiter-call/%1/acknowledge").arg(callId), {}, m_ivanToken);
    QCOMPARE(late.status, 409);
    QCOMPARE(late.json().value(QLatin1String("error")).toString(),
             QStringLiteral("already_acknowledged"));

    QCOMPARE(m_deviceA->count(QStringLiteral("waiter-call"), QStringLiteral("callId"), callId), 1);
    QCOMPARE(m_deviceB->count(QStringLiteral("waiter-call"), QStringLiteral("callId"), callId), 1);
    QTest::qWait(50);
    verifyAgainstLog(seqBefore);
}

void TestSeedScenarios::kitchenEventsReachEveryDevice()
{
    // The events the seed does not list (sold out, station progress) go the same way.
    openDevices();
    const qint64 seqBefore = latestSeq();
    QVERIFY(seqBefore >= 0);

    const HttpReply soldOut
        = m_server->http().patchJson(QStringLiteral("/api/products/3/availability"),
                                     {{QStringLiteral("isAvailable"), false}}, m_ivanToken);
    QCOMPARE(soldOut.status, 200);
    QVERIFY(m_deviceA->waitForEvent(QStringLiteral("product-availability-change"),
                                    QStringLiteral("productId"), 3));
    const QJsonObject availability
        = m_deviceA
              ->find(QStringLiteral("product-availability-change"), QStringLiteral("productId"), 3)
              .data;
    QCOMPARE(availability.value(QLatin1String("isAvailable")).toBool(true), false);
    QCOMPARE(availability.value(QLatin1String("changedBy")).toString(), QStringLiteral("Ivan"));

    const HttpReply created = m_server->http().postJson(
        QStringLiteral("/api/orders/create"),
        {{QStringLiteral("tableNumber"), 3},
         {QStringLiteral("items"),
          QJsonArray {
              QJsonObject {{QStringLiteral("productId"), 2}, {QStringLiteral("quantity"), 1}},
              QJsonObject {{QStringLiteral("productId"), 12}, {QStringLiteral("quantity"), 1}}}}});
    QCOMPARE(created.status, 201);
    const QString orderId = created.json()
                                .value(QLatin1String("order"))
                                .toObject()
                                .value(QLatin1String("orderId"))
                                .toString();
    const HttpReply bumped = m_server->http().request(
        "POST", QStringLiteral("/api/orders/%1/stations/bar/bump").arg(orderId), {}, m_ivanToken);
    QCOMPARE(bumped.status, 200);
    QVERIFY(m_deviceB->waitForEvent(QStringLiteral("order-station-progress"),
                                    QStringLiteral("orderId"), orderId));
    const QJsonObject progress
        = m_deviceB
              ->find(QStringLiteral("order-station-progress"), QStringLiteral("orderId"), orderId)
              .data;
    QCOMPARE(progress.value(QLatin1String("station")).toString(), QStringLiteral("bar"));
    QCOMPARE(progress.value(QLatin1String("changedBy")).toString(), QStringLiteral("Ivan"));
    QCOMPARE(progress.value(QLatin1String("stationStatus"))
                 .toObject()
                 .value(QLatin1String("bar"))
                 .toString(),
             QStringLiteral("ready"));
    verifyAgainstLog(seqBefore);
}

void TestSeedScenarios::publicStaffChannelOption_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("command line") << QStringLiteral("--public-staff-channel");
    QTest::newRow("config file") << QStringLiteral("realtime/publicStaffChannel=true");
}

void TestSeedScenarios::publicStaffChannelOption()
{
    // The origin app's old clients subscribe to the public "staff-channel"; the option must
    // reach the realtime server (not only the login answer).
    QFETCH(QString, source);
    ServerProcess server;
    QVERIFY(server.isValid());
    QVERIFY2(server.addStaff(QStringLiteral("Maria"), MariaPin, QStringLiteral("waiter")),
             qPrintable(server.output()));
    const QString key = server.appCredentials().value(QLatin1String("key")).toString();
    QStringList arguments;
    if (source.startsWith(QLatin1String("--"))) {
        arguments << source;
    } else {
        // Into the harness's own config file, which keeps its unsigned table links and names
        // the run's database (SQLite or PostgreSQL).
        server.setConfig(source.section(QLatin1Char('='), 0, 0),
                         source.section(QLatin1Char('='), 1));
    }
    QVERIFY2(server.start(arguments), qPrintable(server.output()));

    const HttpReply login = server.http().postJson(QStringLiteral("/api/staff/login"),
                                                   {{QStringLiteral("pin"), MariaPin}});
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json()
                 .value(QLatin1String("realtime"))
                 .toObject()
                 .value(QLatin1String("channel"))
                 .toString(),
             PublicStaffChannel);

    StaffDevice device(server.dataDir(), QStringLiteral("public"));
    QVERIFY(device.connectAndSubscribe(server, key, {}, PublicStaffChannel));
    const HttpReply created = server.http().postJson(
        QStringLiteral("/api/waiter-call"),
        {{QStringLiteral("tableNumber"), 2}, {QStringLiteral("callType"), QStringLiteral("help")}});
    QCOMPARE(created.status, 201);
    const QString callId = created.json()
                               .value(QLatin1String("call"))
                               .toObject()
                               .value(QLatin1String("callId"))
                               .toString();
    QVERIFY(device.waitForEvent(QStringLiteral("waiter-call"), QStringLiteral("callId"), callId));
    QCOMPARE(device.channels, QStringList {PublicStaffChannel});
    QVERIFY(device.events.first().committedOnArrival);
}

QTEST_GUILESS_MAIN(TestSeedScenarios)
#include "tst_seedscenarios.moc"
