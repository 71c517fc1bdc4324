// REST for issue 18 over a real server in this process: heartbeats and GET /api/devices (who may
// read it, bad ids), table assignments (manager, waiters for themselves only when allowed,
// bad input changes nothing, one table-assignment-change event), and the guest's call status
// saying the staff were reminded once an escalation step fired.
#include "inprocessserver.h"
#include "rawhttpclient.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tableside;
using namespace tableside::server;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const HttpHeaders JsonType {{"Content-Type", "application/json"}};

qint64 staffId(Store &store, const QString &name)
{
    for (const Store::StaffRecord &record : store.staffList())
        if (record.member.name == name)
            return record.member.id;
    return 0;
}

} // namespace

class TestServiceApi : public QObject
{
    Q_OBJECT
private slots:
    void devicesAreForManagers_data();
    void devicesAreForManagers();
    void heartbeatRefusesBadIds_data();
    void heartbeatRefusesBadIds();
    void managerAssignsTables();
    void assignmentRefusals_data();
    void assignmentRefusals();
    void waitersAssignThemselvesWhenAllowed();
    void guestStatusSaysReminded();
};

void TestServiceApi::devicesAreForManagers_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<int>("status");
    QTest::newRow("manager") << "1111" << 200;
    QTest::newRow("waiter") << "2222" << 403;
    QTest::newRow("kitchen") << "3333" << 403;
}

void TestServiceApi::devicesAreForManagers()
{
    QFETCH(QString, pin);
    QFETCH(int, status);
    InProcessServer server;
    RawHttpClient waiter(server.port());
    waiter.setToken(server.login(QStringLiteral("2222")));
    const HttpReply beat = waiter.send(
        "POST", QStringLiteral("/api/devices/heartbeat"),
        json({{"deviceId", "bar-1"}, {"name", "Bar"}, {"appliedSeq", 0}, {"volume", 70}}),
        JsonType);
    QCOMPARE(beat.status, 200);
    QCOMPARE(beat.json().value("intervalSeconds").toInt(), 5);
    RawHttpClient client(server.port());
    client.setToken(server.login(pin));
    const HttpReply reply = client.get(QStringLiteral("/api/devices"));
    QCOMPARE(reply.status, status);
    if (status != 200)
        return;
    const QJsonObject device = reply.json().value("devices").toArray().first().toObject();
    QCOMPARE(device.value("deviceId").toString(), QStringLiteral("bar-1"));
    QCOMPARE(device.value("staff").toString(), QStringLiteral("Ivan"));
    QCOMPARE(device.value("online").toBool(), true);
    QCOMPARE(device.value("muted").toBool(), false);
    QVERIFY(device.contains("lastSeenAt"));
    QVERIFY(device.contains("lagSeq"));
}

void TestServiceApi::heartbeatRefusesBadIds_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("no id") << QJsonObject {{"name", "x"}};
    QTest::newRow("number") << QJsonObject {{"deviceId", 5}};
    QTest::newRow("label injection") << QJsonObject {{"deviceId", "a\"} 1\n"}};
    QTest::newRow("too long") << QJsonObject {{"deviceId", QString(65, QLatin1Char('x'))}};
}

void TestServiceApi::heartbeatRefusesBadIds()
{
    QFETCH(QJsonObject, body);
    InProcessServer server;
    RawHttpClient client(server.port());
    client.setToken(server.login(QStringLiteral("2222")));
    const qint64 seq = server.store().latestSeq();
    const HttpReply reply
        = client.send("POST", QStringLiteral("/api/devices/heartbeat"), json(body), JsonType);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value("error").toString(), QStringLiteral("invalid_request"));
    QCOMPARE(server.store().latestSeq(), seq);
}

void TestServiceApi::managerAssignsTables()
{
    InProcessServer server;
    RawHttpClient client(server.port());
    client.setToken(server.login(QStringLiteral("1111")));
    const qint64 ivan = staffId(server.store(), QStringLiteral("Ivan"));
    const qint64 seq = server.store().latestSeq();
    HttpReply reply
        = client.send("PUT", QStringLiteral("/api/assignments"),
                      json({{"assignments",
                             QJsonArray {QJsonObject {{"tableNumber", 4}, {"staffId", ivan}},
                                         QJsonObject {{"tableNumber", 5}, {"staffId", ivan}}}}}),
                      JsonType);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("assignments").toArray().size(), 2);
    // One event with the whole list.
    const auto events = server.store().eventsAfter(seq, 10).events;
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type(), StaffEventType::TableAssignmentChange);
    QCOMPARE(events.first().data().value("assignments").toArray().size(), 2);
    // Back to nobody.
    reply = client.send(
        "PUT", QStringLiteral("/api/assignments"),
        json({{"assignments",
               QJsonArray {QJsonObject {{"tableNumber", 4}, {"staffId", QJsonValue()}}}}}),
        JsonType);
    QCOMPARE(reply.status, 200);
    const QJsonObject list = client.get(QStringLiteral("/api/assignments")).json();
    QCOMPARE(list.value("assignments").toArray().size(), 1);
    QCOMPARE(list.value("assignments").toArray().first().toObject().value("tableNumber").toInt(),
             5);
    QCOMPARE(list.value("tables").toArray().size(), server.store().tableNumbers().size());
}

void TestServiceApi::assignmentRefusals_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("waiter, not allowed")
        << "2222" << QByteArray(R"({"assignments":[{"tableNumber":4,"staffId":2}]})") << 403;
    QTest::newRow("kitchen") << "3333" << QByteArray(R"({"assignments":[]})") << 403;
    QTest::newRow("no such table")
        << "1111" << QByteArray(R"({"assignments":[{"tableNumber":999,"staffId":1}]})") << 400;
    QTest::newRow("no such staff")
        << "1111" << QByteArray(R"({"assignments":[{"tableNumber":4,"staffId":77}]})") << 400;
    QTest::newRow("kitchen staff")
        << "1111" << QByteArray(R"({"assignments":[{"tableNumber":4,"staffId":PETAR}]})") << 400;
    QTest::newRow("not an array") << "1111" << QByteArray(R"({"assignments":{}})") << 400;
}

void TestServiceApi::assignmentRefusals()
{
    QFETCH(QString, pin);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    InProcessServer server;
    RawHttpClient client(server.port());
    client.setToken(server.login(pin));
    body.replace("PETAR", QByteArray::number(staffId(server.store(), QStringLiteral("Petar"))));
    const qint64 seq = server.store().latestSeq();
    const HttpReply reply = client.send("PUT", QStringLiteral("/api/assignments"), body, JsonType);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.json().contains("error"));
    QCOMPARE(server.store().latestSeq(), seq);
    QVERIFY(server.store().tableAssignments().isEmpty());
}

void TestServiceApi::waitersAssignThemselvesWhenAllowed()
{
    ServerSettings settings;
    settings.waitersAssignThemselves = true;
    InProcessServer server(settings);
    const qint64 ivan = staffId(server.store(), QStringLiteral("Ivan"));
    const qint64 maria = staffId(server.store(), QStringLiteral("Maria"));
    RawHttpClient client(server.port());
    client.setToken(server.login(QStringLiteral("2222")));
    const auto put = [&](int table, const QJsonValue &id) {
        return client
            .send("PUT", QStringLiteral("/api/assignments"),
                  json({{"assignments",
                         QJsonArray {QJsonObject {{"tableNumber", table}, {"staffId", id}}}}}),
                  JsonType)
            .status;
    };
    QCOMPARE(put(6, ivan), 200); // takes a table
    QCOMPARE(put(7, maria), 403); // not for someone else
    QCOMPARE(put(6, QJsonValue()), 200); // gives back their own
    RawHttpClient manager(server.port());
    manager.setToken(server.login(QStringLiteral("1111")));
    QCOMPARE(manager
                 .send("PUT", QStringLiteral("/api/assignments"),
                       json({{"assignments",
                              QJsonArray {QJsonObject {{"tableNumber", 8}, {"staffId", maria}}}}}),
                       JsonType)
                 .status,
             200);
    QCOMPARE(put(8, QJsonValue()), 403); // not someone else's table
}

void TestServiceApi::guestStatusSaysReminded()
{
    InProcessServer server(InProcessServer::unlimitedSettings());
    Store::CallDraft draft;
    draft.tableNumber = 4;
    const auto created = server.store().createCall(draft);
    QVERIFY(created.ok());
    server.store().flush();
    const QString id = created.value().call.id;
    RawHttpClient guest(server.port());
    HttpReply reply = guest.get(QStringLiteral("/api/waiter-call/%1/status").arg(id));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("reminded").toBool(), false);
    QCOMPARE(reply.json().value("escalationLevel").toInt(), 0);
    // What the scheduler does at T1 (its timing is tst_escalationscheduler's).
    QVERIFY(server.store().recordEscalation(QStringLiteral("call"), id, 1, {}).ok());
    server.store().flush();
    reply = guest.get(QStringLiteral("/api/waiter-call/%1/status").arg(id));
    QCOMPARE(reply.json().value("reminded").toBool(), true);
    QCOMPARE(reply.json().value("escalationLevel").toInt(), 1);
    RawHttpClient staff(server.port());
    staff.setToken(server.login(QStringLiteral("2222")));
    const QJsonObject levels = staff.get(QStringLiteral("/api/service/escalations")).json();
    QCOMPARE(levels.value("calls").toObject().value(id).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestServiceApi)
#include "tst_serviceapi.moc"
