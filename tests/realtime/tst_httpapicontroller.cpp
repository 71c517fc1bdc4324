// The Pusher HTTP API (/apps/{app_id}/…): signed triggers, exclusion, batch, channel queries
// and the real HTTP status of every refusal.
#include "pusherrequestsigner.h"
#include "pushersignature.h"
#include "pushertestclient.h"
#include "realtimetesthost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using tableside::StaffRole;
using tableside::pusher::Frame;

namespace {
QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
QString eventsPath(const RealtimeTestHost &host)
{
    return QStringLiteral("/apps/%1/events").arg(host.settings().appId);
}
} // namespace

class TestHttpApiController : public QObject
{
    Q_OBJECT
private slots:
    void triggerDeliversExactData();
    void triggerExcludesSocketId();
    void batchDeliversEveryEvent();
    void refusals_data();
    void refusals();
    void channelQueries();
    void presenceUsers();
};

void TestHttpApiController::triggerDeliversExactData()
{
    RealtimeTestHost host;
    PusherTestClient client;
    QVERIFY(!client.connectAndWait(host.port(), host.settings().key).isEmpty());
    QVERIFY(client.subscribeAndWait(QStringLiteral("news")));
    const QString data = QStringLiteral(R"({"some":"data","n":1})");
    const auto reply = host.signedRequest(
        "POST", eventsPath(host),
        json({{"name", "hello"}, {"channels", QJsonArray {"news", "other"}}, {"data", data}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("{}"));
    const auto event = client.waitForEvent(QStringLiteral("hello"));
    QVERIFY(event);
    QCOMPARE(event->channel, QStringLiteral("news"));
    QCOMPARE(event->data, data);
}

void TestHttpApiController::triggerExcludesSocketId()
{
    RealtimeTestHost host;
    PusherTestClient me, other;
    const QString myId = me.connectAndWait(host.port(), host.settings().key);
    QVERIFY(!other.connectAndWait(host.port(), host.settings().key).isEmpty());
    QVERIFY(me.subscribeAndWait(QStringLiteral("news")));
    QVERIFY(other.subscribeAndWait(QStringLiteral("news")));
    const auto reply = host.signedRequest("POST", eventsPath(host),
                                          json({{"name", "changed"},
                                                {"channel", "news"},
                                                {"data", "{}"},
                                                {"socket_id", myId},
                                                {"info", "subscription_count"}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json()["channels"].toObject()["news"].toObject()["subscription_count"].toInt(),
             2);
    QVERIFY(other.waitForEvent(QStringLiteral("changed")));
    QTest::qWait(100);
    QVERIFY(me.framesNamed(QStringLiteral("changed")).isEmpty());
}

void TestHttpApiController::batchDeliversEveryEvent()
{
    RealtimeTestHost host;
    PusherTestClient client;
    QVERIFY(!client.connectAndWait(host.port(), host.settings().key).isEmpty());
    QVERIFY(client.subscribeAndWait(QStringLiteral("a")));
    QVERIFY(client.subscribeAndWait(QStringLiteral("b")));
    QJsonArray batch;
    for (int i = 0; i < 10; ++i)
        batch.append(QJsonObject {{"name", QStringLiteral("e%1").arg(i)},
                                  {"channel", i % 2 ? "a" : "b"},
                                  {"data", QStringLiteral("{\"i\":%1}").arg(i)}});
    const auto reply = host.signedRequest(
        "POST", QStringLiteral("/apps/%1/batch_events").arg(host.settings().appId),
        json({{"batch", batch}}));
    QCOMPARE(reply.status, 200);
    for (int i = 0; i < 10; ++i) {
        const auto event = client.waitForEvent(QStringLiteral("e%1").arg(i));
        QVERIFY(event);
        QCOMPARE(event->dataObject()["i"].toInt(), i);
    }
    // Eleven is over the batch limit, and nothing of a refused batch is delivered.
    batch.append(QJsonObject {{"name", "e10"}, {"channel", "a"}, {"data", "{}"}});
    batch.replace(0, QJsonObject {{"name", "first"}, {"channel", "a"}, {"data", "{}"}});
    QCOMPARE(host.signedRequest("POST",
                                QStringLiteral("/apps/%1/batch_events").arg(host.settings().appId),
                                json({{"batch", batch}}))
                 .status,
             400);
    QTest::qWait(100);
    QVERIFY(client.framesNamed(QStringLiteral("first")).isEmpty());
}

void TestHttpApiController::refusals_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("status");
    QTest::newRow("wrong signature") << QStringLiteral("secret") << 401;
    QTest::newRow("timestamp 601 s old") << QStringLiteral("stale") << 401;
    QTest::newRow("timestamp 610 s ahead") << QStringLiteral("future") << 401;
    QTest::newRow("timestamp 590 s old is fine") << QStringLiteral("almost-stale") << 200;
    QTest::newRow("no signature") << QStringLiteral("unsigned") << 401;
    QTest::newRow("body changed after signing") << QStringLiteral("tampered") << 401;
    QTest::newRow("unknown app") << QStringLiteral("app") << 404;
    QTest::newRow("data 10 KB") << QStringLiteral("data-at-limit") << 200;
    QTest::newRow("data 10 KB + 1") << QStringLiteral("data-over-limit") << 413;
    QTest::newRow("not JSON") << QStringLiteral("garbage") << 400;
    QTest::newRow("invalid channel name") << QStringLiteral("channel") << 400;
    QTest::newRow("101 channels") << QStringLiteral("channels") << 400;
    QTest::newRow("invalid socket_id") << QStringLiteral("socket") << 400;
}

void TestHttpApiController::refusals()
{
    QFETCH(QString, how);
    QFETCH(int, status);
    RealtimeTestHost host;
    PusherTestClient client;
    QVERIFY(!client.connectAndWait(host.port(), host.settings().key).isEmpty());
    QVERIFY(client.subscribeAndWait(QStringLiteral("news")));

    QJsonObject event {{"name", "hello"}, {"channels", QJsonArray {"news"}}, {"data", "{}"}};
    if (how == QLatin1String("data-at-limit"))
        event["data"] = QString(host.settings().maxEventDataBytes, QLatin1Char('x'));
    if (how == QLatin1String("data-over-limit"))
        event["data"] = QString(host.settings().maxEventDataBytes + 1, QLatin1Char('x'));
    if (how == QLatin1String("channel"))
        event["channels"] = QJsonArray {"no spaces allowed"};
    if (how == QLatin1String("channels")) {
        QJsonArray many;
        for (int i = 0; i <= 100; ++i)
            many.append(QStringLiteral("c%1").arg(i));
        event["channels"] = many;
    }
    if (how == QLatin1String("socket"))
        event["socket_id"] = QStringLiteral("abc");
    QByteArray body = how == QLatin1String("garbage") ? QByteArray("{nope") : json(event);
    QString path = eventsPath(host);
    if (how == QLatin1String("app"))
        path = QStringLiteral("/apps/999/events");
    HttpReply reply;
    if (how == QLatin1String("secret")) {
        reply = host.signedRequest("POST", path, body, {}, 0, QStringLiteral("wrong"));
    } else if (how == QLatin1String("stale")) {
        reply = host.signedRequest("POST", path, body, {}, -601);
    } else if (how == QLatin1String("future")) {
        // Not 601: the clock may tick between signing and checking, and 600 ahead is valid.
        // The exact ±600 s boundary is tested with a fixed clock in tst_pusherrequestsigner.
        reply = host.signedRequest("POST", path, body, {}, 610);
    } else if (how == QLatin1String("almost-stale")) {
        reply = host.signedRequest("POST", path, body, {}, -590);
    } else if (how == QLatin1String("unsigned")) {
        reply = host.request("POST", path, body, {{"Content-Type", "application/json"}});
    } else if (how == QLatin1String("tampered")) {
        // Sign one body, send another of the same length.
        const QUrlQuery signedQuery = tableside::pusher::PusherRequestSigner::sign(
            QStringLiteral("POST"), path, {}, body, host.settings().key, host.settings().secret,
            QDateTime::currentSecsSinceEpoch());
        QByteArray other = body;
        other.replace("hello", "HELLO");
        reply = host.request("POST",
                             path + QLatin1Char('?') + signedQuery.toString(QUrl::FullyEncoded),
                             other, {{"Content-Type", "application/json"}});
    } else {
        reply = host.signedRequest("POST", path, body);
    }
    QCOMPARE(reply.status, status);
    if (status != 200) {
        QVERIFY(!reply.json().value("error").toString().isEmpty());
        QVERIFY(!reply.json().value("message").toString().isEmpty());
    }
    QTest::qWait(50);
    QCOMPARE(client.framesNamed(QStringLiteral("hello")).size(), status == 200 ? 1 : 0);
}

void TestHttpApiController::channelQueries()
{
    RealtimeTestHost host;
    PusherTestClient a, b;
    QVERIFY(!a.connectAndWait(host.port(), host.settings().key).isEmpty());
    QVERIFY(!b.connectAndWait(host.port(), host.settings().key).isEmpty());
    QVERIFY(a.subscribeAndWait(QStringLiteral("news")));
    QVERIFY(b.subscribeAndWait(QStringLiteral("news")));
    QVERIFY(b.subscribeAndWait(QStringLiteral("sport")));
    const QString base = QStringLiteral("/apps/%1/channels").arg(host.settings().appId);

    auto all = host.signedRequest("GET", base);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json()["channels"].toObject().keys(), (QStringList {"news", "sport"}));

    QUrlQuery prefix;
    prefix.addQueryItem("filter_by_prefix", "spo");
    auto filtered = host.signedRequest("GET", base, {}, prefix);
    QCOMPARE(filtered.json()["channels"].toObject().keys(), QStringList {"sport"});

    QUrlQuery userCount;
    userCount.addQueryItem("info", "user_count");
    QCOMPARE(host.signedRequest("GET", base, {}, userCount).status, 400);

    QUrlQuery info;
    info.addQueryItem("info", "subscription_count");
    auto news = host.signedRequest("GET", base + QStringLiteral("/news"), {}, info);
    QCOMPARE(news.status, 200);
    QCOMPARE(news.json()["occupied"].toBool(), true);
    QCOMPARE(news.json()["subscription_count"].toInt(), 2);
    auto empty = host.signedRequest("GET", base + QStringLiteral("/nobody"));
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json()["occupied"].toBool(), false);
    QCOMPARE(host.signedRequest("GET", base + QStringLiteral("/news"), {}, userCount).status, 400);
    // Signed with another path: refused.
    QCOMPARE(
        host.request("GET",
                     base + QStringLiteral("/news?")
                         + tableside::pusher::PusherRequestSigner::sign(
                               "GET", base + QStringLiteral("/sport"), {}, {}, host.settings().key,
                               host.settings().secret, QDateTime::currentSecsSinceEpoch())
                               .toString(QUrl::FullyEncoded))
            .status,
        401);
}

void TestHttpApiController::presenceUsers()
{
    RealtimeTestHost host;
    const QString maria = host.addStaff(7, QStringLiteral("Maria"), StaffRole::Waiter);
    const QString ivan = host.addStaff(9, QStringLiteral("Ivan"), StaffRole::Kitchen);
    const QString channel = QStringLiteral("presence-staff");
    PusherTestClient a, b, b2;
    for (auto [client, token] :
         {std::pair {&a, maria}, std::pair {&b, ivan}, std::pair {&b2, ivan}}) {
        const QString id = client->connectAndWait(host.port(), host.settings().key);
        const auto auth = host.channelAuth(token, id, channel).json();
        QVERIFY(client->subscribeAndWait(channel, auth["auth"].toString(),
                                         auth["channel_data"].toString()));
    }
    const QString base = QStringLiteral("/apps/%1/channels").arg(host.settings().appId);
    auto users = host.signedRequest("GET", base + QStringLiteral("/presence-staff/users"));
    QCOMPARE(users.status, 200);
    QStringList ids;
    for (const QJsonValue &user : users.json()["users"].toArray())
        ids.append(user.toObject()["id"].toString());
    ids.sort();
    QCOMPARE(ids, (QStringList {"7", "9"}));

    QUrlQuery info;
    info.addQueryItem("info", "user_count,subscription_count");
    auto details = host.signedRequest("GET", base + QStringLiteral("/presence-staff"), {}, info);
    QCOMPARE(details.json()["user_count"].toInt(), 2);
    QCOMPARE(details.json()["subscription_count"].toInt(), 3);

    QUrlQuery presenceList;
    presenceList.addQueryItem("filter_by_prefix", "presence-");
    presenceList.addQueryItem("info", "user_count");
    auto list = host.signedRequest("GET", base, {}, presenceList);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json()["channels"].toObject()["presence-staff"].toObject()["user_count"].toInt(),
             2);

    QCOMPARE(host.signedRequest("GET", base + QStringLiteral("/news/users")).status, 400);
}

QTEST_MAIN(TestHttpApiController)
#include "tst_httpapicontroller.moc"
