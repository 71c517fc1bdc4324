// The service switches (issue 16): guest ordering and waiter calls off with a message, kept
// across a restart, service-change events, the guests' GET /api/service, roles and audit.
#include "adminfixture.h"
#include "orderbody.h"
#include "rawhttpclient.h"

using namespace tableside;
using namespace tableside::server;

class TestServiceSwitches : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AdminFixture> f;

private slots:
    void init() { f = std::make_unique<AdminFixture>(); }
    void cleanup() { f.reset(); }

    void defaultsAreOn()
    {
        RawHttpClient guest(f->server.port());
        const HttpReply reply = guest.get(QStringLiteral("/api/service"));
        QCOMPARE(reply.status, 200);
        const QJsonObject service = reply.json().value("service").toObject();
        QCOMPARE(service.value("guestOrdering").toBool(), true);
        QCOMPARE(service.value("waiterCalls").toBool(), true);
        // Guests never see the approval rule.
        QVERIFY(!service.contains("approval"));
        int status = 0;
        const QJsonObject admin = f->call("GET", QStringLiteral("/api/admin/service"), {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(admin.value("service").toObject().value("approval").toObject().value("enabled"),
                 QJsonValue(false));
    }

    void otherRolesAreRefused()
    {
        for (const QString &token : {f->waiter, f->kitchen}) {
            int status = 0;
            f->call("PUT", QStringLiteral("/api/admin/service"), {{"guestOrdering", false}},
                    &status, token);
            QCOMPARE(status, 403);
            f->call("GET", QStringLiteral("/api/admin/service"), {}, &status, token);
            QCOMPARE(status, 403);
        }
        QVERIFY(f->server.store().serviceSwitches().guestOrdering);
    }

    void orderingOffRefusesGuestOrders()
    {
        const qint64 seq = f->server.store().latestSeq();
        int status = 0;
        const QJsonObject reply = f->call(
            "PUT", QStringLiteral("/api/admin/service"),
            {{"guestOrdering", false}, {"orderingMessage", "Кухнята затвори — напитки на бара"}},
            &status);
        QCOMPARE(status, 200);
        QCOMPARE(reply.value("service").toObject().value("guestOrdering").toBool(), false);
        const auto events = f->eventsAfter(seq);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().type(), StaffEventType::ServiceChange);
        QCOMPARE(events.first().data().value("guestOrdering").toBool(), false);
        QCOMPARE(events.first().data().value("orderingMessage").toString(),
                 QStringLiteral("Кухнята затвори — напитки на бара"));

        RawHttpClient guest(f->server.port());
        HttpReply order = guest.post(QStringLiteral("/api/orders/create"), orderBody(3, {{1, 1}}));
        QCOMPARE(order.status, 423);
        QCOMPARE(order.json().value("error").toString(), QStringLiteral("service_paused"));
        QCOMPARE(order.json().value("paused").toString(), QStringLiteral("ordering"));
        QCOMPARE(order.json().value("message").toString(),
                 QStringLiteral("Кухнята затвори — напитки на бара"));
        QVERIFY(f->server.store().todaysOrders().isEmpty());
        // Calls still work.
        QCOMPARE(guest
                     .post(QStringLiteral("/api/waiter-call"),
                           {{"tableNumber", 3}, {"callType", "help"}})
                     .status,
                 201);
        const auto audit = f->audit(QStringLiteral("service."));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().detail.value("after").toObject().value("guestOrdering").toBool(),
                 false);
        // Back on.
        f->call("PUT", QStringLiteral("/api/admin/service"), {{"guestOrdering", true}}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(guest.post(QStringLiteral("/api/orders/create"), orderBody(3, {{1, 1}})).status,
                 201);
    }

    void callsOffRefusesCallsWithDefaultMessage()
    {
        int status = 0;
        f->call("PUT", QStringLiteral("/api/admin/service"), {{"waiterCalls", false}}, &status);
        QCOMPARE(status, 200);
        RawHttpClient guest(f->server.port());
        const HttpReply call = guest.post(QStringLiteral("/api/waiter-call"),
                                          {{"tableNumber", 3}, {"callType", "help"}});
        QCOMPARE(call.status, 423);
        QCOMPARE(call.json().value("paused").toString(), QStringLiteral("calls"));
        QVERIFY(!call.json().value("message").toString().isEmpty());
        QVERIFY(f->server.store().openCalls().isEmpty());
        QCOMPARE(guest.post(QStringLiteral("/api/orders/create"), orderBody(3, {{1, 1}})).status,
                 201);
    }

    void switchesSurviveARestart()
    {
        int status = 0;
        f->call("PUT", QStringLiteral("/api/admin/service"),
                {{"waiterCalls", false},
                 {"callsMessage", "Please come to the bar"},
                 {"approval", QJsonObject {{"enabled", true}, {"maxOrders", 2}}}},
                &status);
        QCOMPARE(status, 200);
        const QString dir = f->server.dataDir();
        f->server.stop();
        InProcessServer again(InProcessServer::unlimitedSettings(), dir);
        const ServiceSwitches switches = again.store().serviceSwitches();
        QCOMPARE(switches.waiterCalls, false);
        QCOMPARE(switches.callsMessage, QStringLiteral("Please come to the bar"));
        QCOMPARE(switches.guestOrdering, true);
        QCOMPARE(switches.approvalEnabled, true);
        QCOMPARE(switches.approvalMaxOrders, 2);
    }

    void invalidInput_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("flag as text") << QJsonObject {{"guestOrdering", "off"}};
        QTest::newRow("long message") << QJsonObject {{"orderingMessage", QString(201, u'x')}};
        QTest::newRow("message number") << QJsonObject {{"callsMessage", 5}};
        QTest::newRow("approval not object") << QJsonObject {{"approval", true}};
        QTest::newRow("max orders 0") << QJsonObject {{"approval", QJsonObject {{"maxOrders", 0}}}};
        QTest::newRow("cents fraction")
            << QJsonObject {{"approval", QJsonObject {{"maxEurCents", 100.5}}}};
        QTest::newRow("window too long")
            << QJsonObject {{"approval", QJsonObject {{"windowMinutes", 10000}}}};
    }
    void invalidInput()
    {
        QFETCH(QJsonObject, body);
        const qint64 seq = f->server.store().latestSeq();
        int status = 0;
        const QJsonObject reply
            = f->call("PUT", QStringLiteral("/api/admin/service"), body, &status);
        QCOMPARE(status, 400);
        QCOMPARE(reply.value("error").toString(), QStringLiteral("invalid_request"));
        QCOMPARE(f->server.store().latestSeq(), seq);
        QVERIFY(f->audit(QStringLiteral("service.")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServiceSwitches)
#include "tst_serviceswitches.moc"
