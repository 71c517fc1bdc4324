// GuestLimits: the per-client and per-table buckets of every guest route (pages, QR links,
// call status, orders, waiter calls), in unit form (a fake clock), and the write limits over
// real sockets from distinct loopback addresses (127.0.0.x).
#include "guestlimits.h"
#include "inprocessserver.h"
#include "orderbody.h"
#include "rawhttpclient.h"

#include <QTest>

using namespace tableside;
using namespace tableside::server;

using Scope = GuestLimits::Scope;

class TestGuestLimits : public QObject
{
    Q_OBJECT

private:
    enum class Route { Orders, Calls };

    // A valid body for @p route on @p table; @p n varies calls' type so each one is new.
    static QJsonObject body(Route route, int table, int n)
    {
        if (route == Route::Orders)
            return orderBody(table, {{1, 1}});
        static const char *types[] = {"help", "service", "payment_cash", "payment_card"};
        return {{"tableNumber", table}, {"callType", types[n % 4]}};
    }
    static QString path(Route route)
    {
        return route == Route::Orders ? QStringLiteral("/api/orders/create")
                                      : QStringLiteral("/api/waiter-call");
    }
    static qsizetype stored(Store &store, Route route)
    {
        return route == Route::Orders ? store.todaysOrders().size() : store.todaysCalls().size();
    }
    static QHostAddress phone(int n) { return QHostAddress(QStringLiteral("127.0.0.%1").arg(n)); }

    qint64 m_nowMs = 1'000'000;

    static void checkRefusal(const HttpReply &reply)
    {
        QCOMPARE(reply.status, 429);
        QVERIFY(reply.header("Retry-After").toInt() >= 1);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value("error").toString(), QStringLiteral("rate_limited"));
        QVERIFY(!json.value("message").toString().isEmpty());
        QCOMPARE(json.value("retryAfter").toInt(), reply.header("Retry-After").toInt());
    }

private slots:
    void bucketsAreIndependent()
    {
        qint64 now = 0;
        ServerSettings settings;
        settings.guestWritesPerMinute = 60;
        settings.guestWriteBurst = 2;
        settings.tableOrdersPerMinute = 6;
        settings.tableOrderBurst = 1;
        settings.tableCallsPerMinute = 0; // no per-table call limit
        GuestLimits limits(settings, [&now] { return now; });

        QVERIFY(!limits.admitClient(Scope::Order, QStringLiteral("10.0.0.1")));
        QVERIFY(!limits.admitClient(Scope::Call, QStringLiteral("10.0.0.1")));
        // Orders and calls share the client's bucket.
        const std::optional<HttpError> client
            = limits.admitClient(Scope::Order, QStringLiteral("10.0.0.1"));
        QVERIFY(client);
        QCOMPARE(client->status, 429);
        QCOMPARE(client->code, QStringLiteral("rate_limited"));
        QVERIFY(limits.admitClient(Scope::Call, QStringLiteral("10.0.0.1")));
        QVERIFY(!limits.admitClient(Scope::Order, QStringLiteral("10.0.0.2"))); // another phone

        QVERIFY(!limits.admitTable(Scope::Order, 4));
        const std::optional<HttpError> table = limits.admitTable(Scope::Order, 4);
        QVERIFY(table);
        // One token per 10 s at 6 a minute.
        QCOMPARE(table->headers.value(0).first, QByteArray("Retry-After"));
        QCOMPARE(table->headers.value(0).second, QByteArray("10"));
        QVERIFY(!limits.admitTable(Scope::Order, 5)); // another table
        for (int i = 0; i < 100; ++i)
            QVERIFY(!limits.admitTable(Scope::Call, 4)); // calls: unlimited

        now += 10'000;
        QVERIFY(!limits.admitTable(Scope::Order, 4));
        QVERIFY(limits.admitTable(Scope::Order, 4));
        QVERIFY(!limits.admitClient(Scope::Order, QStringLiteral("10.0.0.1")));
    }

    // The body of a refusal: {"error":"rate_limited","message","retryAfter"} + Retry-After.
    void refusalBody_data()
    {
        QTest::addColumn<Scope>("scope");
        QTest::newRow("page") << Scope::Page;
        QTest::newRow("order") << Scope::Order;
    }

    void refusalBody()
    {
        QFETCH(Scope, scope);
        qint64 now = 0;
        GuestLimits limits([&now] { return now; });
        limits.setClientLimit(scope, {6, 1});
        QVERIFY(!limits.admitClient(scope, QStringLiteral("a")));
        const std::optional<HttpError> refused = limits.admitClient(scope, QStringLiteral("a"));
        QVERIFY(refused);
        const QByteArray expected = "{\"error\":\"rate_limited\",\"message\":\""
            + refused->message.toUtf8() + "\",\"retryAfter\":10}";
        QCOMPARE(refused->body(), expected);
        QCOMPARE(refused->headers,
                 (QList<HttpError::Header> {{QByteArray("Retry-After"), QByteArray("10")}}));
        // A page says how long to wait; a write asks for a moment.
        QCOMPARE(refused->message.contains(QLatin1String("10")), scope == Scope::Page);
    }

    void burstThenRefusedWithRetryAfter()
    {
        GuestLimits limits([this] { return m_nowMs; });
        limits.setClientLimit(Scope::TableLink, {6, 3}); // one token every 10 s
        for (int i = 0; i < 3; ++i)
            QCOMPARE(limits.admitClient(Scope::TableLink, QStringLiteral("10.0.0.2")),
                     std::nullopt);
        const std::optional<HttpError> wait
            = limits.admitClient(Scope::TableLink, QStringLiteral("10.0.0.2"));
        QVERIFY(wait);
        QCOMPARE(wait->extra.value("retryAfter").toInt(), 10);
    }

    void refillsOverTime()
    {
        GuestLimits limits([this] { return m_nowMs; });
        limits.setTableLimit(Scope::CallStatus, {60, 2}); // one a second
        QCOMPARE(limits.admitTable(Scope::CallStatus, 5), std::nullopt);
        QCOMPARE(limits.admitTable(Scope::CallStatus, 5), std::nullopt);
        QVERIFY(limits.admitTable(Scope::CallStatus, 5));
        m_nowMs += 999;
        QVERIFY(limits.admitTable(Scope::CallStatus, 5));
        m_nowMs += 1;
        QCOMPARE(limits.admitTable(Scope::CallStatus, 5), std::nullopt);
        QVERIFY(limits.admitTable(Scope::CallStatus, 5));
        m_nowMs += 60'000; // refills to the burst, not beyond
        QCOMPARE(limits.admitTable(Scope::CallStatus, 5), std::nullopt);
        QCOMPARE(limits.admitTable(Scope::CallStatus, 5), std::nullopt);
        QVERIFY(limits.admitTable(Scope::CallStatus, 5));
    }

    void keysScopesAndTablesAreIndependent()
    {
        GuestLimits limits([this] { return m_nowMs; });
        for (Scope scope : {Scope::Page, Scope::TableLink, Scope::CallStatus, Scope::Order}) {
            limits.setClientLimit(scope, {1, 1});
            limits.setTableLimit(scope, {1, 1});
        }
        QCOMPARE(limits.admitClient(Scope::Page, QStringLiteral("a")), std::nullopt);
        QVERIFY(limits.admitClient(Scope::Page, QStringLiteral("a")));
        QCOMPARE(limits.admitClient(Scope::Page, QStringLiteral("b")), std::nullopt);
        QCOMPARE(limits.admitClient(Scope::TableLink, QStringLiteral("a")), std::nullopt);
        QCOMPARE(limits.admitClient(Scope::CallStatus, QStringLiteral("a")), std::nullopt);
        QCOMPARE(limits.admitClient(Scope::Order, QStringLiteral("a")), std::nullopt);
        QCOMPARE(limits.admitTable(Scope::Page, 1), std::nullopt);
        QVERIFY(limits.admitTable(Scope::Page, 1));
        QCOMPARE(limits.admitTable(Scope::Page, 2), std::nullopt);
        QCOMPARE(limits.admitTable(Scope::TableLink, 1), std::nullopt);
        QCOMPARE(limits.admitTable(Scope::Order, 1), std::nullopt);
        QCOMPARE(limits.admitTable(Scope::Call, 1), std::nullopt);
    }

    void zeroMeansUnlimited()
    {
        GuestLimits limits([this] { return m_nowMs; });
        limits.setClientLimit(Scope::Page, {0, 0});
        for (int i = 0; i < 10'000; ++i)
            QCOMPARE(limits.admitClient(Scope::Page, QStringLiteral("a")), std::nullopt);
    }

    void defaultsLetThePagePollComfortably()
    {
        // The page polls a call's status every 3 s; an hour of that from one phone passes.
        GuestLimits limits([this] { return m_nowMs; });
        for (int i = 0; i < 1200; ++i) {
            QCOMPARE(limits.admitClient(Scope::CallStatus, QStringLiteral("phone")), std::nullopt);
            QCOMPARE(limits.admitTable(Scope::CallStatus, 3), std::nullopt);
            m_nowMs += 3000;
        }
    }

    void defaultsSuitARestaurant()
    {
        const ServerSettings defaults;
        // A party of eight ordering at once, and a few orders / calls a minute after that.
        QVERIFY(defaults.tableOrderBurst >= 8);
        QVERIFY(defaults.tableOrdersPerMinute >= 2 && defaults.tableOrdersPerMinute <= 10);
        QVERIFY(defaults.tableCallBurst >= 4);
        QVERIFY(defaults.tableCallsPerMinute >= 2 && defaults.tableCallsPerMinute <= 10);
    }

    void perTable_data()
    {
        QTest::addColumn<Route>("route");
        QTest::newRow("orders") << Route::Orders;
        QTest::newRow("calls") << Route::Calls;
    }

    // Phones from different addresses at one table share the table's bucket.
    void perTable()
    {
        QFETCH(Route, route);
        ServerSettings settings = InProcessServer::unlimitedSettings();
        settings.tableOrdersPerMinute = 1;
        settings.tableOrderBurst = 2;
        settings.tableCallsPerMinute = 1;
        settings.tableCallBurst = 2;
        InProcessServer server(settings);
        for (int n = 1; n <= 2; ++n) {
            RawHttpClient client(server.port(), phone(n));
            QCOMPARE(client.post(path(route), body(route, 3, n)).status, 201);
        }
        RawHttpClient third(server.port(), phone(3));
        checkRefusal(third.post(path(route), body(route, 3, 3)));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(stored(server.store(), route), 2);
        // An order also changes its table's tab (table-tab-change); a call is one event.
        QCOMPARE(server.store().latestSeq(), route == Route::Orders ? 4 : 2);
        // Another table is not affected, from the same phone.
        QCOMPARE(third.post(path(route), body(route, 4, 3)).status, 201);
        QCOMPARE(stored(server.store(), route), 3);
    }

    void perClient_data() { perTable_data(); }

    // One phone hopping between tables is held by its own bucket.
    void perClient()
    {
        QFETCH(Route, route);
        ServerSettings settings = InProcessServer::unlimitedSettings();
        settings.guestWritesPerMinute = 1;
        settings.guestWriteBurst = 2;
        InProcessServer server(settings);
        RawHttpClient client(server.port(), phone(5));
        QCOMPARE(client.post(path(route), body(route, 1, 0)).status, 201);
        QCOMPARE(client.post(path(route), body(route, 2, 0)).status, 201);
        checkRefusal(client.post(path(route), body(route, 3, 0)));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(stored(server.store(), route), 2);
        RawHttpClient other(server.port(), phone(6));
        QCOMPARE(other.post(path(route), body(route, 3, 0)).status, 201);
    }

    void invalidRequestsDoNotSpendTheTable()
    {
        ServerSettings settings = InProcessServer::unlimitedSettings();
        settings.tableOrdersPerMinute = 1;
        settings.tableOrderBurst = 1;
        InProcessServer server(settings);
        RawHttpClient client(server.port());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                client.send("POST", path(Route::Orders), R"({"tableNumber":3,"items":[]})").status,
                400);
        QCOMPARE(client.post(path(Route::Orders), body(Route::Orders, 3, 0)).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestGuestLimits)
#include "tst_guestlimits.moc"
