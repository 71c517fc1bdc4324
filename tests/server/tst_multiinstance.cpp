// Several tableside-server instances on one PostgreSQL (issue 21, must show): two real server
// binaries on one database, a small TCP proxy in front of them as a load balancer would be,
// guests ordering through both instances directly, real dashboards (the dashboard's SyncEngine)
// on each instance through the proxy. Every dashboard must apply every order once, in seq order,
// with no gap; then one instance is killed with SIGKILL while guests keep ordering through the
// other: its dashboards reconnect through the proxy to the survivor and converge by seq with no
// gap, and every order a guest got 201 for is in the database. Figures are printed.
//
// The other cases check that the instances keep no state a client depends on (a session made on
// one works on the other, a login lockout counts across both, an Idempotency-Key replayed on the
// other gives the first answer), and what a server does when its database connection is lost.
#include "dashboardclient.h"
#include "orderbody.h"
#include "pusherclient.h"
#include "serverprocess.h"
#include "syncengine.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

using namespace tableside;
using namespace tableside::dashboard;

namespace {
constexpr int Timeout = 30'000;
const QString ManagerPin = QStringLiteral("4321");

/// A TCP proxy as the load balancer in front of the instances: each new connection goes to the
/// first backend that accepts it; when one dies, its connections close and the clients'
/// reconnects land on the next.
class TcpProxy : public QObject
{
public:
    explicit TcpProxy(QList<quint16> backends)
        : m_backends(std::move(backends))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                new Link(client, this);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    ~TcpProxy() override { qDeleteAll(findChildren<Link *>(Qt::FindDirectChildrenOnly)); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    /// Connections forwarded to each backend port so far.
    QHash<quint16, int> forwarded;

private:
    /// One client connection and its upstream; tries the backends in order until one accepts.
    class Link : public QObject
    {
    public:
        Link(QTcpSocket *client, TcpProxy *proxy)
            : QObject(proxy)
            , m_proxy(proxy)
            , m_client(client)
        {
            client->setParent(this);
            QObject::connect(client, &QTcpSocket::readyRead, this, [this] {
                if (m_upstream && m_upstream->state() == QAbstractSocket::ConnectedState)
                    m_upstream->write(m_client->readAll());
                else
                    m_pending.append(m_client->readAll());
            });
            QObject::connect(client, &QTcpSocket::disconnected, this, [this] {
                if (m_upstream)
                    m_upstream->disconnectFromHost();
                deleteLater();
            });
            tryNext();
        }

    private:
        void tryNext()
        {
            if (m_index >= m_proxy->m_backends.size()) {
                m_client->abort();
                deleteLater();
                return;
            }
            const quint16 port = m_proxy->m_backends.at(m_index);
            QTcpSocket *up = new QTcpSocket(this);
            m_upstream = up;
            QObject::connect(up, &QTcpSocket::connected, this, [this, up, port] {
                m_connected = true;
                m_proxy->forwarded[port] += 1;
                up->write(m_pending);
                m_pending.clear();
            });
            QObject::connect(up, &QTcpSocket::readyRead, this,
                             [this, up] { m_client->write(up->readAll()); });
            QObject::connect(up, &QTcpSocket::disconnected, this,
                             [this] { m_client->disconnectFromHost(); });
            QObject::connect(up, &QTcpSocket::errorOccurred, this, [this, up] {
                if (m_connected) {
                    m_client->disconnectFromHost();
                    return;
                }
                // Refused: this backend is down, try the next one.
                up->disconnect(this);
                up->deleteLater();
                ++m_index;
                tryNext();
            });
            up->connectToHost(QHostAddress::LocalHost, port);
        }

        TcpProxy *m_proxy;
        QTcpSocket *m_client;
        QPointer<QTcpSocket> m_upstream;
        QByteArray m_pending;
        int m_index = 0;
        bool m_connected = false;
    };

    QTcpServer m_server;
    QList<quint16> m_backends;
};

/// What one dashboard applied, in the order it applied it.
struct Applied
{
    qint64 snapshotSeq = -1;
    int snapshots = 0;
    QList<qint64> seqs;
    QHash<QString, int> newOrders; ///< order id → how many times applied
    QHash<QString, qint64> appliedAtMs; ///< order id → test clock when its new-order applied
    QList<qint64> liveAtMs; ///< test clock each time the sync engine went live
    int replayed = 0; ///< events applied from GET /api/events (catching up), not live
};

QString pgUrlOf(ServerProcess &server)
{
    return QSettings(server.configPath(), QSettings::IniFormat)
        .value(QStringLiteral("database/url"))
        .toString();
}

/// A connection of the test's own to the instances' database (the throw-away cluster trusts
/// local connections: no password).
QSqlDatabase adminConnection(const QString &url, const QString &name)
{
    const QUrl parsed(url);
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase("QPSQL", name);
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setUserName(parsed.userName());
    db.setDatabaseName(parsed.path().mid(1));
    return db;
}
} // namespace

class TestMultiInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dashboardsConvergeAcrossInstancesAndAKill();
    void sessionMadeOnOneWorksOnTheOther();
    void loginLockoutCountsAcrossInstances();
    void idempotencyKeyReplayedOnTheOtherInstance();
    void escalationFiresOnceAcrossInstances();
    void menuChangeOnOneInstanceReachesTheOthersCache();
    void deviceHeardByOneInstanceIsNotSilentOnTheOther();
    void lostDatabaseConnectionEndsTheServer();

private:
    bool startPair();
    void watch(DashboardClient &dashboard, Applied &applied, const QElapsedTimer &clock);

    std::unique_ptr<ServerProcess> m_a;
    std::unique_ptr<ServerProcess> m_b;
    QString m_url;
};

void TestMultiInstance::initTestCase()
{
    // The dashboards log every event they apply; the figures must stay readable.
    QLoggingCategory::setFilterRules(QStringLiteral("tableside.dashboard.*.info=false\n"
                                                    "tableside.realtime*.info=false"));
    if (!TestDatabase::isPostgres())
        QSKIP("several instances share one PostgreSQL database (TABLESIDE_TEST_DATABASE=postgres)");
}

void TestMultiInstance::init()
{
    QVERIFY(startPair());
}

void TestMultiInstance::cleanup()
{
    m_a.reset();
    m_b.reset();
}

bool TestMultiInstance::startPair()
{
    m_a = std::make_unique<ServerProcess>();
    m_b = std::make_unique<ServerProcess>();
    m_url = pgUrlOf(*m_a);
    // Both instances on the first one's database: the second's config names it too.
    m_b->setConfig(QStringLiteral("database/url"), m_url);
    const QByteArray test = QTest::currentTestFunction();
    for (ServerProcess *server : {m_a.get(), m_b.get()}) {
        server->disableGuestLimits();
        if (test == "escalationFiresOnceAcrossInstances") {
            server->setConfig(QStringLiteral("calls/escalateAfterSeconds"), 1);
            server->setConfig(QStringLiteral("calls/managerAfterSeconds"), 2);
        }
        if (test == "deviceHeardByOneInstanceIsNotSilentOnTheOther")
            server->setConfig(QStringLiteral("devices/offlineAfterSeconds"), 2);
    }
    if (!m_a->addStaff(QStringLiteral("Mira"), ManagerPin, QStringLiteral("manager"))) {
        qWarning().noquote() << m_a->output();
        return false;
    }
    if (!m_a->start() || !m_b->start()) {
        qWarning().noquote() << m_a->output() << m_b->output();
        return false;
    }
    return true;
}

void TestMultiInstance::watch(DashboardClient &dashboard, Applied &applied,
                              const QElapsedTimer &clock)
{
    SyncEngine *sync = dashboard.session().sync();
    QObject::connect(sync, &SyncEngine::snapshotApplied, sync, [&applied](qint64 seq) {
        ++applied.snapshots;
        applied.snapshotSeq = seq;
        applied.seqs.clear();
    });
    QObject::connect(sync, &SyncEngine::phaseChanged, sync,
                     [&applied, &clock](SyncEngine::Phase phase) {
                         if (phase == SyncEngine::Phase::Live)
                             applied.liveAtMs.append(clock.elapsed());
                     });
    QObject::connect(sync, &SyncEngine::eventApplied, sync,
                     [&applied, &clock](const StaffEvent &event, Via via) {
                         applied.seqs.append(event.seq());
                         if (via == Via::Replay)
                             ++applied.replayed;
                         if (event.type() == StaffEventType::NewOrder) {
                             applied.newOrders[event.subjectId()] += 1;
                             applied.appliedAtMs.insert(event.subjectId(), clock.elapsed());
                         }
                     });
}

void TestMultiInstance::dashboardsConvergeAcrossInstancesAndAKill()
{
    QElapsedTimer clock;
    clock.start();
    // Each instance's dashboards come in through a proxy that prefers that instance.
    TcpProxy proxyA({m_a->port(), m_b->port()});
    TcpProxy proxyB({m_b->port(), m_a->port()});
    DashboardClient onA1, onA2, onB;
    Applied appliedA1, appliedA2, appliedB;
    watch(onA1, appliedA1, clock);
    watch(onA2, appliedA2, clock);
    watch(onB, appliedB, clock);
    QVERIFY(onA1.signIn(proxyA.url(), ManagerPin));
    QVERIFY(onA2.signIn(proxyA.url(), ManagerPin));
    QVERIFY(onB.signIn(proxyB.url(), ManagerPin));
    QCOMPARE(proxyA.forwarded.value(m_b->port()), 0);
    QCOMPARE(proxyB.forwarded.value(m_a->port()), 0);

    // Guests order through both instances directly, several requests in flight, until the end.
    QNetworkAccessManager network;
    QSet<QString> acknowledged;
    int sentA = 0, sentB = 0, ackA = 0, ackB = 0, failed = 0, inFlight = 0;
    bool aAlive = true;
    QString firstAckAfterKill;
    qint64 killedAtMs = -1;
    int next = 0;
    const auto order = [&](bool toA) {
        ++next;
        ServerProcess &target = toA ? *m_a : *m_b;
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/orders/create").arg(target.port())));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QByteArray body
            = QJsonDocument(orderBody(1 + next % 20, {{1, 1 + next % 3}, {10, 1}})).toJson();
        QNetworkReply *reply = network.post(request, body);
        ++(toA ? sentA : sentB);
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, toA] {
            --inFlight;
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 201) {
                ++failed;
                return;
            }
            const QJsonObject order
                = QJsonDocument::fromJson(reply->readAll()).object().value("order").toObject();
            acknowledged.insert(order.value("id").toString());
            ++(toA ? ackA : ackB);
            if (killedAtMs >= 0 && !toA && firstAckAfterKill.isEmpty())
                firstAckAfterKill = order.value("id").toString();
        });
    };
    QTimer guests;
    guests.setInterval(15);
    QObject::connect(&guests, &QTimer::timeout, [&] { order(aAlive && next % 2 == 0); });
    guests.start();

    // Both instances serve for a while; every dashboard sees the orders of both.
    QTest::qWait(3000);
    const int ackedBeforeKill = int(acknowledged.size());
    QVERIFY2(ackA > 20 && ackB > 20, qPrintable(QStringLiteral("%1/%2").arg(ackA).arg(ackB)));

    // kill -9 instance A mid-stream: a burst of orders on their way to it, some being written;
    // guests go on through B.
    aAlive = false;
    for (int i = 0; i < 8; ++i)
        order(true);
    QTest::qWait(5);
    killedAtMs = clock.elapsed();
    m_a->process().kill();
    QVERIFY(m_a->process().waitForFinished(5000));
    QTest::qWait(3000);
    guests.stop();
    QVERIFY(QTest::qWaitFor([&] { return inFlight == 0; }, Timeout));
    QVERIFY2(!firstAckAfterKill.isEmpty(), "no order acknowledged by B after the kill");
    // Whatever A committed before it died is in the log; what it did not answer was not
    // acknowledged, so the guest would retry it (with its Idempotency-Key).

    // The truth: B's event log, read through the surviving instance's API.
    const QString token = m_b->http().login(ManagerPin);
    QVERIFY(!token.isEmpty());
    QList<qint64> logSeqs;
    QSet<QString> loggedOrders;
    qint64 after = appliedB.snapshotSeq;
    for (;;) {
        const QJsonObject page = m_b->http().json(
            "GET", QStringLiteral("/api/events?after=%1&limit=500").arg(after), {}, token);
        const QJsonArray events = page.value("events").toArray();
        if (events.isEmpty())
            break;
        for (const QJsonValue &value : events) {
            const QJsonObject event = value.toObject();
            after = event.value("seq").toInteger();
            logSeqs.append(after);
            if (event.value("event").toString() == u"new-order"
                || event.value("name").toString() == u"new-order") {
                const QJsonObject data = event.value("data").isObject()
                    ? event.value("data").toObject()
                    : QJsonDocument::fromJson(event.value("data").toString().toUtf8()).object();
                loggedOrders.insert(data.value("orderId").toString(data.value("id").toString()));
            }
        }
    }
    QVERIFY(!logSeqs.isEmpty());
    const qint64 lastSeq = logSeqs.last();
    for (int i = 1; i < logSeqs.size(); ++i)
        QCOMPARE(logSeqs.at(i), logSeqs.at(i - 1) + 1);

    // Every dashboard converges to the last seq: through the proxy, A's now talk to B.
    for (DashboardClient *dashboard : {&onA1, &onA2, &onB})
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return dashboard->session().sync()->lastSeq() >= lastSeq
                             && dashboard->session().sync()->isLive();
                     },
                     Timeout),
                 qPrintable(QStringLiteral("dashboard at seq %1 of %2")
                                .arg(dashboard->session().sync()->lastSeq())
                                .arg(lastSeq)));
    QVERIFY(proxyA.forwarded.value(m_b->port()) > 0);

    // Each applied every event once, in seq order, no gap, from its first snapshot on; every
    // order once; and nothing acknowledged is missing from the log.
    int index = 0;
    for (const Applied *applied : {&appliedA1, &appliedA2, &appliedB}) {
        ++index;
        QCOMPARE(applied->snapshots, 1);
        QVERIFY(!applied->seqs.isEmpty());
        QCOMPARE(applied->seqs.first(), applied->snapshotSeq + 1);
        for (int i = 1; i < applied->seqs.size(); ++i)
            QVERIFY2(applied->seqs.at(i) == applied->seqs.at(i - 1) + 1,
                     qPrintable(QStringLiteral("dashboard %1: seq %2 after %3")
                                    .arg(index)
                                    .arg(applied->seqs.at(i))
                                    .arg(applied->seqs.at(i - 1))));
        QCOMPARE(applied->seqs.last(), lastSeq);
        for (auto it = applied->newOrders.begin(); it != applied->newOrders.end(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        for (const QString &id : acknowledged)
            QVERIFY2(applied->newOrders.contains(id),
                     qPrintable(QStringLiteral("dashboard %1 misses %2").arg(index).arg(id)));
    }
    const QSet<QString> shownOrders(appliedB.newOrders.keyBegin(), appliedB.newOrders.keyEnd());
    QCOMPARE(shownOrders, loggedOrders);

    // Every acknowledged order is stored: today's orders, read through B.
    QSet<QString> storedIds;
    for (const QJsonValue &value : m_b->http()
                                       .json("GET", QStringLiteral("/api/orders/all"), {}, token)
                                       .value("orders")
                                       .toArray())
        storedIds.insert(value.toObject().value("id").toString());
    int stored = 0;
    for (const QString &id : acknowledged)
        stored += storedIds.contains(id) ? 1 : 0;
    QCOMPARE(stored, int(acknowledged.size()));
    QVERIFY(onA1.differenceFrom(*m_b).isEmpty());
    QVERIFY(onB.differenceFrom(*m_b).isEmpty());

    // How long A's dashboards were without a live stream: the kill to live again through B.
    QStringList gaps;
    for (const Applied *applied : {&appliedA1, &appliedA2}) {
        qint64 liveAgain = -1;
        for (qint64 at : applied->liveAtMs)
            if (at > killedAtMs && liveAgain < 0)
                liveAgain = at;
        QVERIFY(liveAgain > 0);
        gaps << QStringLiteral("%1 ms (%2 events replayed)")
                    .arg(liveAgain - killedAtMs)
                    .arg(applied->replayed);
    }
    qInfo().noquote() << QStringLiteral(
                             "MULTI-INSTANCE: orders sent A=%1 B=%2, acknowledged A=%3 B=%4 "
                             "(%5 before the kill), not acknowledged %6; logged orders %7; seq "
                             "%8..%9 gap-free; dashboards 3 × %10 events applied once in order; "
                             "A's dashboards live again through B after the kill: %11; proxy A "
                             "forwarded %12 connections to B")
                             .arg(sentA)
                             .arg(sentB)
                             .arg(ackA)
                             .arg(ackB)
                             .arg(ackedBeforeKill)
                             .arg(failed)
                             .arg(loggedOrders.size())
                             .arg(appliedB.snapshotSeq + 1)
                             .arg(lastSeq)
                             .arg(appliedB.seqs.size())
                             .arg(gaps.join(QStringLiteral(", ")))
                             .arg(proxyA.forwarded.value(m_b->port()));
}

void TestMultiInstance::sessionMadeOnOneWorksOnTheOther()
{
    const QString token = m_a->http().login(ManagerPin);
    QVERIFY(!token.isEmpty());
    int status = 0;
    m_b->http().json("GET", QStringLiteral("/api/staff/state"), {}, token, &status);
    QCOMPARE(status, 200);
    // Logged out on B: A refuses it too.
    const HttpReply out
        = m_b->http().request("POST", QStringLiteral("/api/staff/logout"), {}, token);
    QVERIFY2(out.status == 200 || out.status == 204, out.body.constData());
    m_a->http().json("GET", QStringLiteral("/api/staff/state"), {}, token, &status);
    QCOMPARE(status, 401);
}

void TestMultiInstance::loginLockoutCountsAcrossInstances()
{
    // Wrong PINs alternately on both instances: the account locks as if on one.
    int locked = 0;
    int attempts = 0;
    for (; attempts < 40 && locked == 0; ++attempts) {
        ServerProcess &server = attempts % 2 == 0 ? *m_a : *m_b;
        int status = 0;
        server.http().json("POST", QStringLiteral("/api/staff/login"),
                           QJsonObject {{"pin", QStringLiteral("%1").arg(1000 + attempts)}}, {},
                           &status);
        if (status == 429 || status == 423)
            locked = status;
        QVERIFY2(status != 200, "a wrong PIN was accepted");
    }
    QVERIFY2(locked != 0, "never locked");
    // Locked on the other instance too, even with the right PIN.
    ServerProcess &other = attempts % 2 == 0 ? *m_a : *m_b;
    int status = 0;
    other.http().json("POST", QStringLiteral("/api/staff/login"), QJsonObject {{"pin", ManagerPin}},
                      {}, &status);
    QVERIFY2(status == 429 || status == 423, qPrintable(QString::number(status)));
    qInfo().noquote() << QStringLiteral("MULTI-INSTANCE: locked (%1) after %2 wrong PINs spread "
                                        "over both instances")
                             .arg(locked)
                             .arg(attempts);
}

void TestMultiInstance::idempotencyKeyReplayedOnTheOtherInstance()
{
    const QByteArray body = QJsonDocument(orderBody(3, {{1, 2}})).toJson(QJsonDocument::Compact);
    const HttpHeaders headers {{"Content-Type", "application/json"},
                               {"Idempotency-Key", "multi-instance-key-1"}};
    const HttpReply first
        = m_a->http().request("POST", QStringLiteral("/api/orders/create"), body, {}, headers);
    QCOMPARE(first.status, 201);
    const HttpReply again
        = m_b->http().request("POST", QStringLiteral("/api/orders/create"), body, {}, headers);
    QVERIFY2(again.status == 201 || again.status == 200, again.body.constData());
    QCOMPARE(again.json().value("order").toObject().value("id"),
             first.json().value("order").toObject().value("id"));
}

namespace {
/// The staff events of @p type ("call-escalated", …) in the log, read through @p server.
QList<QJsonObject> eventsOf(ServerProcess &server, const QString &token, const QString &type)
{
    QList<QJsonObject> found;
    qint64 after = 0;
    for (;;) {
        const QJsonArray events
            = server.http()
                  .json("GET", QStringLiteral("/api/events?after=%1&limit=500").arg(after), {},
                        token)
                  .value("events")
                  .toArray();
        if (events.isEmpty())
            return found;
        for (const QJsonValue &value : events) {
            after = value[QStringLiteral("seq")].toInteger();
            if (value[QStringLiteral("event")].toString() == type)
                found.append(value[QStringLiteral("data")].toObject());
        }
    }
}
} // namespace

void TestMultiInstance::menuChangeOnOneInstanceReachesTheOthersCache()
{
    // B serves the menu from its cache; a product sold out through A must show on B.
    const auto soldOutOn = [](ServerProcess &server, int productId) -> std::optional<bool> {
        const QJsonObject menu = server.http().json("GET", QStringLiteral("/api/menu"));
        for (const QJsonValue &category : menu.value("categories").toArray())
            for (const QJsonValue &product : category[QStringLiteral("products")].toArray())
                if (product[QStringLiteral("id")].toInt() == productId)
                    return product[QStringLiteral("isSoldOut")].toBool();
        for (const QJsonValue &product : menu.value("products").toArray())
            if (product[QStringLiteral("id")].toInt() == productId)
                return product[QStringLiteral("isSoldOut")].toBool();
        return std::nullopt;
    };
    QCOMPARE(soldOutOn(*m_b, 1), std::optional<bool>(false)); // cached on B now
    const QString token = m_a->http().login(ManagerPin);
    int status = 0;
    m_a->http().json("PATCH", QStringLiteral("/api/products/1/availability"),
                     QJsonObject {{"isAvailable", false}}, token, &status);
    QCOMPARE(status, 200);
    QVERIFY(QTest::qWaitFor([&] { return soldOutOn(*m_b, 1) == std::optional<bool>(true); }, 5000));
}

void TestMultiInstance::escalationFiresOnceAcrossInstances()
{
    // Both instances run the escalation scheduler over the same calls: each step fires once.
    const QJsonObject call = m_a->guest().createCall(7);
    QVERIFY(!call.isEmpty());
    const QString id = call.value("id").toString();
    const QString token = m_b->http().login(ManagerPin);
    QVERIFY(!token.isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&] { return eventsOf(*m_b, token, QStringLiteral("call-escalated")).size() >= 2; },
        Timeout));
    QTest::qWait(2500); // both schedulers have run several times since
    QMap<int, int> perLevel;
    for (const QJsonObject &data : eventsOf(*m_b, token, QStringLiteral("call-escalated")))
        if (data.value("callId").toString() == id)
            perLevel[data.value("level").toInt()] += 1;
    QCOMPARE(perLevel.value(1), 1);
    QCOMPARE(perLevel.value(2), 1);
}

void TestMultiInstance::deviceHeardByOneInstanceIsNotSilentOnTheOther()
{
    // The first heartbeat reaches A, every later one B (offline after 2 s): A must not report
    // the device silent, nor B report it new again.
    const QString token = m_b->http().login(ManagerPin);
    QVERIFY(!token.isEmpty());
    const QJsonObject beat {{"deviceId", "bar-tablet-1"}, {"name", "Bar"}, {"mode", "dashboard"}};
    int first = 0;
    m_a->http().json("POST", QStringLiteral("/api/devices/heartbeat"), beat, token, &first);
    QCOMPARE(first, 200);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 6000) {
        QJsonObject report = beat;
        report.insert("appliedSeq",
                      m_b->http()
                          .json("GET", QStringLiteral("/api/events?after=0&limit=1"), {}, token)
                          .value("seq")
                          .toInteger());
        int status = 0;
        m_b->http().json("POST", QStringLiteral("/api/devices/heartbeat"), report, token, &status);
        QCOMPARE(status, 200);
        QTest::qWait(400);
    }
    QList<QJsonObject> statuses = eventsOf(*m_b, token, QStringLiteral("device-status"));
    QCOMPARE(statuses.size(), 1);
    QCOMPARE(statuses.first().value("reason").toString(), QStringLiteral("new"));
    // A follows B's event: its own list shows the device online.
    const QString tokenA = m_a->http().login(ManagerPin);
    bool onlineOnA = false;
    for (const QJsonValue &device : m_a->http()
                                        .json("GET", QStringLiteral("/api/devices"), {}, tokenA)
                                        .value("devices")
                                        .toArray())
        if (device[QStringLiteral("deviceId")].toString() == u"bar-tablet-1")
            onlineOnA = device[QStringLiteral("online")].toBool();
    QVERIFY(onlineOnA);
    // Silent everywhere now: reported offline once, by whichever instance swept first.
    QVERIFY(QTest::qWaitFor(
        [&] { return eventsOf(*m_b, token, QStringLiteral("device-status")).size() >= 2; },
        Timeout));
    QTest::qWait(3000);
    statuses = eventsOf(*m_b, token, QStringLiteral("device-status"));
    QCOMPARE(statuses.size(), 2);
    QCOMPARE(statuses.at(1).value("reason").toString(), QStringLiteral("silent"));
}

void TestMultiInstance::lostDatabaseConnectionEndsTheServer()
{
    // Every connection the instances hold is cut, as a PostgreSQL restart or failover does.
    QSqlDatabase admin = adminConnection(m_url, QStringLiteral("multiinstance-admin"));
    QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
    QSqlQuery query(admin);
    QVERIFY2(query.exec(
                 QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                "WHERE datname = current_database() AND pid <> pg_backend_pid()")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    const int cut = query.value(0).toInt();
    QVERIFY2(cut >= 6, qPrintable(QString::number(cut))); // write, read, listen × 2
    query.finish();
    admin.close();

    // The instances notice (their LISTEN connection closes at once) and exit non-zero, for
    // systemd to start them again; nothing half-done is served meanwhile.
    QElapsedTimer clock;
    clock.start();
    for (ServerProcess *server : {m_a.get(), m_b.get()}) {
        QVERIFY2(
            QTest::qWaitFor([server] { return server->process().state() == QProcess::NotRunning; },
                            Timeout),
            qPrintable(server->output().right(2000)));
        QCOMPARE(server->process().exitStatus(), QProcess::NormalExit);
        QVERIFY(server->process().exitCode() != 0);
        QVERIFY(server->output().contains(QStringLiteral("database connection lost")));
    }
    const qint64 exitedMs = clock.elapsed();
    // Started again (as systemd would), each serves orders at once.
    QVERIFY2(m_a->restart(), qPrintable(m_a->output().right(2000)));
    QVERIFY2(m_b->restart(), qPrintable(m_b->output().right(2000)));
    m_a->http().dropConnections();
    m_b->http().dropConnections();
    QVERIFY(!m_a->guest().createOrder(4).isEmpty());
    QVERIFY(!m_b->guest().createOrder(5).isEmpty());
    qInfo().noquote() << QStringLiteral("MULTI-INSTANCE: %1 connections cut; both instances "
                                        "exited within %2 ms and served orders after restart")
                             .arg(cut)
                             .arg(exitedMs);
}

QTEST_MAIN(TestMultiInstance)
#include "tst_multiinstance.moc"
