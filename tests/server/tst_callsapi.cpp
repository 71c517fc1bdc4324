// REST: waiter calls — create, one open call per table and type, acknowledge races, complete,
// and the guest's view of its own call (GET /api/waiter-call/{id}/status).
#include "guestlimits.h"
#include "inprocessserver.h"
#include "rawhttpclient.h"

#include <QJsonArray>
#include <QTest>

using namespace tableside;
using namespace tableside::server;

class TestCallsApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessServer> m_server;

    QString createCall(int table, const char *type)
    {
        RawHttpClient client(m_server->port());
        return client
            .post(QStringLiteral("/api/waiter-call"), {{"tableNumber", table}, {"callType", type}})
            .json()
            .value("call")
            .toObject()
            .value("id")
            .toString();
    }

    // A card-payment call straight in the store (as the guest page's POST would make it).
    QString storeCall(int table)
    {
        Store::CallDraft draft;
        draft.tableNumber = table;
        draft.type = CallType::PaymentCard;
        draft.message = QStringLiteral("card, please");
        const StoreOutcome<Store::CreatedCall> created = m_server->store().createCall(draft);
        if (!created.ok() || !m_server->store().flush())
            return {};
        return created.value().call.id;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<InProcessServer>(InProcessServer::unlimitedSettings());
    }
    void cleanup() { m_server.reset(); }

    void createAndJoinTheOpenCall()
    {
        RawHttpClient client(m_server->port());
        HttpReply reply = client.post(
            QStringLiteral("/api/waiter-call"),
            {{"tableNumber", 4}, {"callType", "payment_cash"}, {"message", "Плащане с брой"}});
        QCOMPARE(reply.status, 201);
        const QJsonObject call = reply.json().value("call").toObject();
        QCOMPARE(call.value("callType").toString(), QStringLiteral("payment_cash"));
        QCOMPARE(call.value("urgent").toBool(), true);
        QCOMPARE(call.value("message").toString(), QStringLiteral("Плащане с брой"));
        // A second tap: the open call comes back, no second ring (no second event).
        reply = client.post(QStringLiteral("/api/waiter-call"),
                            {{"tableNumber", 4}, {"callType", "payment_cash"}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("existing").toBool(), true);
        QCOMPARE(reply.json().value("call").toObject().value("id"), call.value("id"));
        // Another type is another call.
        QCOMPARE(client
                     .post(QStringLiteral("/api/waiter-call"),
                           {{"tableNumber", 4}, {"callType", "help"}})
                     .status,
                 201);
        QCOMPARE(m_server->store().latestSeq(), 2);
    }

    void createRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("bad JSON") << QByteArray("{") << 400;
        QTest::newRow("unknown type")
            << QByteArray(R"({"tableNumber":1,"callType":"dance"})") << 400;
        QTest::newRow("no table") << QByteArray(R"({"callType":"help"})") << 400;
        QTest::newRow("unknown table")
            << QByteArray(R"({"tableNumber":77,"callType":"help"})") << 422;
        QTest::newRow("long message")
            << QByteArray(R"({"tableNumber":1,"callType":"help","message":")")
                + QByteArray(201, 'x') + "\"}"
            << 400;
    }

    void createRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        RawHttpClient client(m_server->port());
        QCOMPARE(client.send("POST", QStringLiteral("/api/waiter-call"), body).status, status);
        QCOMPARE(m_server->store().openCalls().size(), 0);
    }

    void acknowledgeThenComplete()
    {
        const QString id = createCall(2, "help");
        RawHttpClient client(m_server->port());
        QCOMPARE(client.patch(QStringLiteral("/api/waiter-call/%1/acknowledge").arg(id)).status,
                 401);
        client.setToken(m_server->login(QStringLiteral("2222")));
        HttpReply reply = client.get(QStringLiteral("/api/waiter-call"));
        QCOMPARE(reply.json().value("calls").toArray().size(), 1);
        reply = client.patch(QStringLiteral("/api/waiter-call/%1/acknowledge").arg(id));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("call").toObject().value("acknowledgedBy").toString(),
                 QStringLiteral("Ivan"));
        reply = client.patch(QStringLiteral("/api/waiter-call/%1/complete").arg(id));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("call").toObject().value("status").toString(),
                 QStringLiteral("completed"));
        reply = client.patch(QStringLiteral("/api/waiter-call/%1/complete").arg(id));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json().value("error").toString(), QStringLiteral("already_completed"));
        QCOMPARE(
            client.get(QStringLiteral("/api/waiter-call")).json().value("calls").toArray().size(),
            0);
        QCOMPARE(client.get(QStringLiteral("/api/waiter-call/all"))
                     .json()
                     .value("calls")
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(client.patch(QStringLiteral("/api/waiter-call/nope/acknowledge")).status, 404);
        // Completed: the table may call again.
        QVERIFY(createCall(2, "help") != id);
    }

    void messageMayBeOmitted()
    {
        RawHttpClient client(m_server->port());
        const HttpReply reply = client.post(QStringLiteral("/api/waiter-call"),
                                            {{"tableNumber", 6}, {"callType", "service"}});
        QCOMPARE(reply.status, 201);
        const QJsonObject call = reply.json().value("call").toObject();
        QVERIFY(call.value("message").isString());
        QCOMPARE(call.value("message").toString(), QString());
        const auto stored = m_server->store().findCall(call.value("id").toString());
        QVERIFY(stored);
        QCOMPARE(stored->message, QString());
        QCOMPARE(m_server->store().latestSeq(), 1);
    }

    // The store takes an absent (null) message as empty, whoever calls it.
    void storeTakesANullMessage()
    {
        Store::CallDraft draft;
        draft.tableNumber = 7;
        draft.type = CallType::Help;
        QVERIFY(draft.message.isNull());
        const auto created = m_server->store().createCall(draft);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QVERIFY(m_server->store().flush());
        QVERIFY(!created.value().call.message.isNull());
        const auto stored = m_server->store().findCall(created.value().call.id);
        QVERIFY(stored);
        QCOMPARE(stored->message, QString());
    }

    // Guests see at most the first name of the waiter who is coming, never a full staff name.
    void guestAnswersHideStaffNames()
    {
        QVERIFY(m_server->store()
                    .addStaff(QStringLiteral("Elena Georgieva"), QStringLiteral("4444"),
                              StaffRole::Waiter)
                    .ok());
        QVERIFY(m_server->store().flush());
        RawHttpClient guest(m_server->port());
        HttpReply reply = guest.post(QStringLiteral("/api/waiter-call"),
                                     {{"tableNumber", 5}, {"callType", "payment_card"}},
                                     {{"Idempotency-Key", "tap-1"}});
        QCOMPARE(reply.status, 201);
        QJsonObject call = reply.json().value("call").toObject();
        QVERIFY(!call.contains("acknowledgedBy"));
        QVERIFY(!call.contains("changedBy"));
        QCOMPARE(call.value("waiterFirstName").toString(), QString());

        RawHttpClient staff(m_server->port());
        staff.setToken(m_server->login(QStringLiteral("4444")));
        QCOMPARE(staff
                     .patch(QStringLiteral("/api/waiter-call/%1/acknowledge")
                                .arg(call.value("id").toString()))
                     .status,
                 200);
        // A second tap joins the acknowledged call; a retry of the first replays it.
        const QList<QPair<QByteArray, QByteArray>> noKey;
        const QList<QPair<QByteArray, QByteArray>> sameKey {{"Idempotency-Key", "tap-1"}};
        for (const auto &headers : {noKey, sameKey}) {
            reply = guest.post(QStringLiteral("/api/waiter-call"),
                               {{"tableNumber", 5}, {"callType", "payment_card"}}, headers);
            QCOMPARE(reply.status, 200);
            QVERIFY2(!reply.body.contains("Georgieva"), reply.body.constData());
            call = reply.json().value("call").toObject();
            QCOMPARE(call.value("status").toString(), QStringLiteral("acknowledged"));
            QVERIFY(!call.contains("acknowledgedBy"));
            QVERIFY(!call.contains("changedBy"));
            QCOMPARE(call.value("waiterFirstName").toString(), QStringLiteral("Elena"));
        }
        // Staff still see the full name.
        QCOMPARE(staff.get(QStringLiteral("/api/waiter-call"))
                     .json()
                     .value("calls")
                     .toArray()
                     .first()
                     .toObject()
                     .value("acknowledgedBy")
                     .toString(),
                 QStringLiteral("Elena Georgieva"));
    }

    void parallelAcknowledgementsHaveOneWinner()
    {
        const QString id = createCall(9, "payment_card");
        const QByteArray ivan = m_server->login(QStringLiteral("2222"));
        const QByteArray maria = m_server->login(QStringLiteral("1111"));
        QList<QByteArray> requests;
        for (int i = 0; i < 10; ++i)
            requests.append(
                RawHttp::request("PATCH", QStringLiteral("/api/waiter-call/%1/acknowledge").arg(id),
                                 {}, {{"Authorization", "Bearer " + (i % 2 ? ivan : maria)}}));
        const QList<HttpReply> replies = RawHttpClient::sendParallel(m_server->port(), requests);
        int winners = 0;
        QString winner;
        for (const HttpReply &reply : replies) {
            if (reply.status == 200) {
                ++winners;
                winner = reply.json().value("call").toObject().value("acknowledgedBy").toString();
            }
        }
        QCOMPARE(winners, 1);
        for (const HttpReply &reply : replies) {
            if (reply.status == 200)
                continue;
            QCOMPARE(reply.status, 409);
            QCOMPARE(reply.json().value("error").toString(),
                     QStringLiteral("already_acknowledged"));
            QVERIFY(reply.json().value("message").toString().contains(winner));
            QCOMPARE(reply.json().value("call").toObject().value("acknowledgedBy").toString(),
                     winner);
        }
        QCOMPARE(m_server->store().latestSeq(), 2); // the call + one acknowledgement
    }

    void callStatusShowsOnlyFirstName()
    {
        Store &store = m_server->store();
        const QString id = storeCall(6);
        QVERIFY(!id.isEmpty());
        RawHttpClient client(m_server->port());
        const QString path = "/api/waiter-call/" + id + "/status";

        HttpReply r = client.get(path);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        QVERIFY(!r.headers.contains("access-control-allow-origin"));
        // The guest page's browser reads it: the page's security headers too.
        QVERIFY(r.header("content-security-policy").contains("default-src 'self'"));
        QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
        QJsonObject json = r.json();
        QCOMPARE(json.value("id").toString(), id);
        QCOMPARE(json.value("tableNumber").toInt(), 6);
        QCOMPARE(json.value("callType").toString(), QStringLiteral("payment_card"));
        QCOMPARE(json.value("status").toString(), QStringLiteral("pending"));
        QCOMPARE(json.value("waiterFirstName").toString(), QString());

        StaffMember waiter;
        waiter.id = 1;
        waiter.name = QStringLiteral("Мария Иванова Петрова");
        QVERIFY(store.acknowledgeCall(id, waiter).ok());
        QVERIFY(store.flush());

        r = client.get(path);
        QCOMPARE(r.status, 200);
        json = r.json();
        QCOMPARE(json.value("status").toString(), QStringLiteral("acknowledged"));
        QCOMPARE(json.value("waiterFirstName").toString(), QStringLiteral("Мария"));
        // Exactly these keys: no full name, no staff id, no changedBy/acknowledgedBy (the
        // escalation's level and "reminded" name nobody).
        QCOMPARE(json.keys(),
                 (QStringList {"callType", "escalationLevel", "id", "reminded", "status",
                               "tableNumber", "waiterFirstName"}));
        QVERIFY(!QString::fromUtf8(r.body).contains(QStringLiteral("Иванова")));

        QVERIFY(store.completeCall(id, waiter).ok());
        QVERIFY(store.flush());
        json = client.get(path).json();
        QCOMPARE(json.value("status").toString(), QStringLiteral("completed"));
        QCOMPARE(json.value("waiterFirstName").toString(), QStringLiteral("Мария"));
    }

    void callStatusUnknownIds_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::newRow("random uuid") << QByteArray("7d3f1f1e-9d3c-4b8e-a1d2-0c9b8a7f6e5d");
        QTest::newRow("not a uuid") << QByteArray("1");
        QTest::newRow("sql-ish") << QByteArray("x'%20OR%20'1'='1");
    }

    void callStatusUnknownIds()
    {
        QFETCH(QByteArray, id);
        QVERIFY(!storeCall(2).isEmpty()); // a real call exists; it must not leak
        const HttpReply r = RawHttpClient(m_server->port())
                                .get(QString::fromUtf8("/api/waiter-call/" + id + "/status"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value("error").toString(), QStringLiteral("not_found"));
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    }

    void callStatusRateLimitPerClient()
    {
        const QString id = storeCall(9);
        QVERIFY(!id.isEmpty());
        const QString path = "/api/waiter-call/" + id + "/status";
        RawHttpClient phone(m_server->port(), QHostAddress(QStringLiteral("127.0.0.4")));
        const int burst = GuestLimits::defaultClientLimit(GuestLimits::Scope::CallStatus).burst;
        for (int i = 0; i < burst; ++i)
            QCOMPARE(phone.get(path).status, 200);
        const HttpReply refused = phone.get(path);
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.header("retry-after").toInt() >= 1);
        QCOMPARE(refused.json().value("error").toString(), QStringLiteral("rate_limited"));
        QCOMPARE(refused.json().value("retryAfter").toInt(), refused.header("retry-after").toInt());
        // Another phone is not affected.
        QCOMPARE(RawHttpClient(m_server->port(), QHostAddress(QStringLiteral("127.0.0.5")))
                     .get(path)
                     .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestCallsApi)
#include "tst_callsapi.moc"
