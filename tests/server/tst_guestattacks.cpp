// A hostile guest on the restaurant Wi-Fi, against the real tableside-server binary from outside
// (plain HTTP, tls/mode=off): odd paths must not grow memory or /metrics, cross-site form posts
// are refused, refused writes do not drain a table's rate limit, a guest never reads another
// guest's words or the server's internals, and WebSockets do not use up the HTTP connections.
// Each test prints its figures (qInfo).
#include "orderbody.h"
#include "rawhttpclient.h"
#include "residentmemory.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QWebSocket>
#include <map>
#include <memory>
#include <vector>

namespace {

const QHostAddress Stranger(QStringLiteral("127.0.0.2")); // a phone on the guest Wi-Fi
const QHostAddress OtherPhone(QStringLiteral("127.0.0.3"));
const QString ManagerPin = QStringLiteral("482193");

QString letters(int count)
{
    QString text;
    text.reserve(count);
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'a' + random->bounded(26)));
    return text;
}

QString statusCounts(const std::map<int, int> &counts)
{
    QStringList parts;
    for (const auto &[status, count] : counts)
        parts << QStringLiteral("%1×%2").arg(count).arg(status);
    return parts.join(QStringLiteral(", "));
}

/// A POST with exactly these headers (RawHttp::request would add a JSON Content-Type).
QByteArray postWithContentType(const QString &path, const QByteArray &contentType,
                               const QByteArray &body)
{
    return "POST " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + (contentType.isEmpty() ? QByteArray() : "Content-Type: " + contentType + "\r\n")
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestGuestAttacks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> startServer(const QMap<QString, QVariant> &config = {})
    {
        auto server = std::make_unique<ServerProcess>();
        if (!server->isValid()
            || !server->addStaff(QStringLiteral("Maria"), ManagerPin, QStringLiteral("manager")))
            return {};
        server->setConfig(QStringLiteral("tls/mode"), QStringLiteral("off"));
        // The table-link session is another test's subject: bare table numbers work here.
        server->setConfig(QStringLiteral("guest/requireTableToken"), false);
        for (auto it = config.cbegin(); it != config.cend(); ++it)
            server->setConfig(it.key(), it.value());
        if (!server->start()) {
            qWarning().noquote() << server->output();
            return {};
        }
        return server;
    }

    int openCalls(ServerProcess &server)
    {
        const QString token = server.http().login(ManagerPin);
        return server.http()
            .json("GET", QStringLiteral("/api/waiter-call"), {}, token)
            .value("calls")
            .toArray()
            .size();
    }

private slots:
    // 10,000 requests whose paths a client made up: 12 KB segments on a known route (405),
    // random methods and unmatched paths (404). Labels come from the route table only.
    void oddPathsLeaveNoTrace()
    {
        auto server = startServer();
        QVERIFY(server);
        const qint64 pid = server->process().processId();
        RawHttpClient client(server->port(), Stranger);
        // Warm up: first requests allocate what every later request reuses.
        for (int i = 0; i < 200; ++i)
            client.get(QStringLiteral("/api/orders/%1/status").arg(letters(12 * 1024)));
        QTest::qWait(200);
        const qint64 before = residentKb(pid);

        static const QByteArray methods[] = {"GET", "PUT", "DELETE", "POST", "PATCH", "OPTIONS"};
        std::map<int, int> statuses;
        QElapsedTimer timer;
        timer.start();
        constexpr int Requests = 10000;
        for (int i = 0; i < Requests; ++i) {
            QString path;
            QByteArray method = "GET";
            switch (i % 3) {
            case 0: // the issue's request: a known route, a 12 KB id, the wrong method
                path = QStringLiteral("/api/orders/%1/status").arg(letters(12 * 1024));
                break;
            case 1: // a random method on a random path under /api
                method = methods[QRandomGenerator::global()->bounded(6)];
                path = QStringLiteral("/api/%1/%2").arg(letters(40), letters(2000));
                break;
            default: // nothing there at all
                path = QStringLiteral("/%1").arg(letters(4000));
            }
            const HttpReply reply = client.send(method, path, method == "POST" ? "{}" : "");
            ++statuses[reply.status];
        }
        const qint64 elapsedMs = timer.elapsed();
        QTest::qWait(200);
        const qint64 after = residentKb(pid);

        RawHttpClient local(server->port());
        const HttpReply metrics = local.get(QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        qInfo().noquote() << QStringLiteral(
                                 "%1 odd requests in %2 ms (%3); server RSS %4 KB -> %5 KB "
                                 "(%6 KB); /metrics %7 bytes (TLS off)")
                                 .arg(Requests)
                                 .arg(elapsedMs)
                                 .arg(statusCounts(statuses))
                                 .arg(before)
                                 .arg(after)
                                 .arg(after - before, 0, 10)
                                 .arg(metrics.body.size());
        QCOMPARE(statuses.count(0), size_t(0)); // every request was answered
        QVERIFY(before > 0 && after > 0);
        QVERIFY2(after - before < 5 * 1024, "RSS grew by 5 MB or more");
        QVERIFY(metrics.body.size() < 100 * 1024);
        QVERIFY(metrics.body.contains("route=\"/api/orders/{id}/status\",status=\"405\""));
        QVERIFY(metrics.body.contains("route=\"unmatched\",status=\"404\""));
        // No label carries a client's letters: every route label is a pattern or "unmatched".
        for (const QByteArray &line : metrics.body.split('\n')) {
            const qsizetype at = line.indexOf("route=\"");
            if (at < 0)
                continue;
            const QByteArray label = line.mid(at + 7, line.indexOf('"', at + 7) - at - 7);
            QVERIFY2(label == "unmatched" || label.size() < 64, label.left(80).constData());
        }
    }

    // A web page on a guest's phone can post text/plain (or a form) to the server without a
    // CORS preflight; JSON routes take only application/json.
    void crossSitePostsAreRefused()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient phone(server->port(), Stranger);
        const QByteArray body = R"({"tableNumber":3,"callType":"payment_cash"})";
        const QByteArray types[]
            = {"text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", ""};
        for (const QByteArray &type : types) {
            const HttpReply reply = phone.sendRaw(
                postWithContentType(QStringLiteral("/api/waiter-call"), type, body));
            qInfo().noquote() << "POST /api/waiter-call with Content-Type"
                              << (type.isEmpty() ? QByteArray("(none)") : type) << "->"
                              << reply.status << reply.body;
            QCOMPARE(reply.status, 415);
            QCOMPARE(reply.json().value("error").toString(),
                     QStringLiteral("unsupported_media_type"));
            QVERIFY(!reply.json().value("message").toString().isEmpty());
        }
        QCOMPARE(phone
                     .sendRaw(postWithContentType(
                         QStringLiteral("/api/orders/create"), "text/plain",
                         QJsonDocument(orderBody(3, {{1, 1}})).toJson(QJsonDocument::Compact)))
                     .status,
                 415);
        QCOMPARE(openCalls(*server), 0);

        // A browser's preflight gets no allowance; nothing anywhere says Access-Control-*.
        const HttpReply preflight
            = phone.send("OPTIONS", QStringLiteral("/api/waiter-call"), QByteArray(),
                         {{"Origin", "http://evil.example"},
                          {"Access-Control-Request-Method", "POST"},
                          {"Access-Control-Request-Headers", "content-type"}});
        qInfo() << "CORS preflight ->" << preflight.status;
        QCOMPARE(preflight.status, 403);
        for (auto it = preflight.headers.cbegin(); it != preflight.headers.cend(); ++it)
            QVERIFY2(!it.key().startsWith("access-control-"), it.key().constData());

        // The same call as JSON (as the guest page sends it) is taken.
        const HttpReply json = phone.send("POST", QStringLiteral("/api/waiter-call"), body,
                                          {{"Origin", "http://evil.example"}});
        QCOMPARE(json.status, 201);
        for (auto it = json.headers.cbegin(); it != json.headers.cend(); ++it)
            QVERIFY2(!it.key().startsWith("access-control-"), it.key().constData());
        QCOMPARE(openCalls(*server), 1);
    }

    // One phone (no per-phone limit here, as if it changed address at will) sends 100 orders
    // and 100 calls for table 12 that the server refuses; the table's own bucket stays full.
    void refusedRequestsDoNotDrainATable()
    {
        // No per-phone limit; the table refills 1 token a minute, so the count below is exact
        // give or take one.
        auto server = startServer({{QStringLiteral("orders/guestWritesPerMinute"), 0},
                                   {QStringLiteral("orders/tableOrdersPerMinute"), 1}});
        QVERIFY(server);
        RawHttpClient attacker(server->port(), Stranger);
        const QByteArray keyed = "Idempotency-Key";
        // One accepted order with a key, then the same key with other bodies.
        QCOMPARE(attacker
                     .post(QStringLiteral("/api/orders/create"), orderBody(12, {{1, 1}}),
                           {{keyed, "k-attack"}})
                     .status,
                 201);
        std::map<int, int> refused;
        for (int i = 0; i < 100; ++i) {
            HttpReply reply;
            if (i % 2 == 0) // a store refusal: no such product
                reply = attacker.post(QStringLiteral("/api/orders/create"),
                                      orderBody(12, {{900000 + i, 1}}));
            else // the key again, another body
                reply = attacker.post(QStringLiteral("/api/orders/create"),
                                      orderBody(12, {{1, 1 + i % 5 + 1}}), {{keyed, "k-attack"}});
            ++refused[reply.status];
        }
        // Calls: one accepted with a key, then the key with other bodies.
        QCOMPARE(attacker
                     .post(QStringLiteral("/api/waiter-call"),
                           {{"tableNumber", 12}, {"callType", "help"}}, {{keyed, "c-attack"}})
                     .status,
                 201);
        std::map<int, int> refusedCalls;
        for (int i = 0; i < 100; ++i)
            ++refusedCalls[attacker
                               .post(QStringLiteral("/api/waiter-call"),
                                     {{"tableNumber", 12},
                                      {"callType", "service"},
                                      {"message", QString::number(i)}},
                                     {{keyed, "c-attack"}})
                               .status];

        // The table's guests: their order and call go through, and the bucket has what the
        // one accepted order left (burst 15 by default).
        RawHttpClient guest(server->port(), OtherPhone);
        const HttpReply order
            = guest.post(QStringLiteral("/api/orders/create"), orderBody(12, {{2, 1}}));
        const HttpReply call = guest.post(QStringLiteral("/api/waiter-call"),
                                          {{"tableNumber", 12}, {"callType", "payment_card"}});
        int moreOrders = 0;
        while (moreOrders < 100
               && guest.post(QStringLiteral("/api/orders/create"), orderBody(12, {{2, 1}})).status
                   == 201)
            ++moreOrders;
        qInfo().noquote() << QStringLiteral(
                                 "refused orders for table 12: %1; refused calls: %2; then a "
                                 "valid order -> %3, a valid call -> %4, and %5 more orders "
                                 "before the table's limit (TLS off)")
                                 .arg(statusCounts(refused), statusCounts(refusedCalls))
                                 .arg(order.status)
                                 .arg(call.status)
                                 .arg(moreOrders);
        QCOMPARE(refused.count(429), size_t(0));
        QCOMPARE(refused[422], 100);
        QCOMPARE(refusedCalls[422], 100);
        QCOMPARE(order.status, 201);
        QCOMPARE(call.status, 201);
        // 15 tokens: the attacker's one accepted order and the guest's order spent two.
        QVERIFY(moreOrders >= 13 && moreOrders <= 14);
    }

    // A second phone joining table 5's open call gets the call, not the first guest's words;
    // /metrics and the details of /healthz are for this machine and staff only.
    void guestsSeeOnlyWhatIsTheirs()
    {
        auto server = startServer();
        QVERIFY(server);
        const QString secret = QStringLiteral("Ring me at +359 88 123 4567 — Ana");
        RawHttpClient first(server->port(), OtherPhone);
        const HttpReply own
            = first.post(QStringLiteral("/api/waiter-call"),
                         {{"tableNumber", 5}, {"callType", "help"}, {"message", secret}});
        QCOMPARE(own.status, 201);
        const QString callId = own.json().value("call").toObject().value("id").toString();

        RawHttpClient stranger(server->port(), Stranger);
        const HttpReply joined = stranger.post(QStringLiteral("/api/waiter-call"),
                                               {{"tableNumber", 5}, {"callType", "help"}});
        QCOMPARE(joined.status, 200);
        QCOMPARE(joined.json().value("existing").toBool(), true);
        QCOMPARE(joined.json().value("call").toObject().value("id").toString(), callId);
        QCOMPARE(joined.json().value("call").toObject().value("message").toString(), QString());
        QVERIFY(!joined.body.contains("Ana") && !joined.body.contains("123 4567"));
        const HttpReply status
            = stranger.get(QStringLiteral("/api/waiter-call/%1/status").arg(callId));
        QCOMPARE(status.status, 200);
        QVERIFY(!status.json().contains("message"));
        QVERIFY(!status.body.contains("Ana"));
        qInfo().noquote() << "joined call as another phone sees it:" << joined.body;

        // Internals: a stranger gets 401 on /metrics and a bare ok on /healthz ...
        const HttpReply metrics = stranger.get(QStringLiteral("/metrics"));
        const HttpReply health = stranger.get(QStringLiteral("/healthz"));
        qInfo().noquote() << "from 127.0.0.2 (a stranger; the server is on 127.0.0.1): /metrics"
                          << metrics.status << "/healthz" << health.status << health.body;
        QCOMPARE(metrics.status, 401);
        QVERIFY(!metrics.body.contains("tableside_"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().keys(), QStringList {QStringLiteral("status")});
        QCOMPARE(health.json().value("status").toString(), QStringLiteral("ok"));
        // ... staff with a token from the same address, and this machine, see everything.
        stranger.setToken(server->http().login(ManagerPin).toUtf8());
        QCOMPARE(stranger.get(QStringLiteral("/metrics")).status, 200);
        QVERIFY(stranger.get(QStringLiteral("/healthz")).json().contains("seq"));
        RawHttpClient local(server->port());
        QCOMPARE(local.get(QStringLiteral("/metrics")).status, 200);
        QVERIFY(local.get(QStringLiteral("/healthz")).json().contains("seq"));
        // A wrong token is nobody.
        RawHttpClient forger(server->port(), Stranger);
        forger.setToken("not-a-token");
        QCOMPARE(forger.get(QStringLiteral("/metrics")).status, 401);
    }

    void metricsAccessIsConfigurable()
    {
        auto server = startServer({{QStringLiteral("server/metricsAccess"), "localhost"}});
        QVERIFY(server);
        RawHttpClient staffElsewhere(server->port(), Stranger);
        staffElsewhere.setToken(server->http().login(ManagerPin).toUtf8());
        const HttpReply refused = staffElsewhere.get(QStringLiteral("/metrics"));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json().value("error").toString(), QStringLiteral("forbidden"));
        RawHttpClient local(server->port());
        QCOMPARE(local.get(QStringLiteral("/metrics")).status, 200);

        server = startServer({{QStringLiteral("server/metricsAccess"), "open"}});
        QVERIFY(server);
        RawHttpClient anyone(server->port(), Stranger);
        QCOMPARE(anyone.get(QStringLiteral("/metrics")).status, 200);
    }

    // With server/maxConnections=50, 200 open WebSockets (realtime/maxConnections governs them)
    // leave the HTTP side free: a REST request still gets 200.
    void webSocketsDoNotUseUpHttpConnections()
    {
        auto server = startServer({{QStringLiteral("server/maxConnections"), 50}});
        QVERIFY(server);
        const QString key = server->appCredentials().value("key").toString();
        QVERIFY(!key.isEmpty());
        constexpr int Sockets = 200;
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        int established = 0;
        for (int i = 0; i < Sockets; ++i) {
            auto socket = std::make_unique<QWebSocket>();
            QObject::connect(socket.get(), &QWebSocket::textMessageReceived,
                             [&established](const QString &message) {
                                 if (message.contains(u"pusher:connection_established"))
                                     ++established;
                             });
            socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/app/%2?protocol=7")
                                  .arg(server->port())
                                  .arg(key)));
            sockets.push_back(std::move(socket));
            if (i % 20 == 19) // let the server keep up
                QTRY_VERIFY_WITH_TIMEOUT(established == i + 1, 20000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(established, Sockets, 20000);

        RawHttpClient rest(server->port());
        const HttpReply menu = rest.get(QStringLiteral("/api/menu"));
        const HttpReply metrics = rest.get(QStringLiteral("/metrics"));
        const auto gauge = [&metrics](const QByteArray &name) {
            for (const QByteArray &line : metrics.body.split('\n'))
                if (line.startsWith(QByteArray(name + ' ')))
                    return line.mid(name.size() + 1).toInt();
            return -1;
        };
        qInfo() << Sockets << "WebSockets open with server/maxConnections=50: GET /api/menu ->"
                << menu.status << "; http connections" << gauge("tableside_http_connections")
                << "realtime connections" << gauge("tableside_realtime_connections") << "(TLS off)";
        QCOMPARE(menu.status, 200);
        QCOMPARE(metrics.status, 200);
        QCOMPARE(gauge("tableside_realtime_connections"), Sockets);
        QVERIFY(gauge("tableside_http_connections") <= 2);
        // 50 more HTTP connections at once still fit beside them.
        QList<QByteArray> requests;
        for (int i = 0; i < 45; ++i)
            requests << RawHttp::request("GET", QStringLiteral("/healthz"), QByteArray());
        int ok = 0;
        for (const HttpReply &reply : RawHttpClient::sendParallel(server->port(), requests))
            ok += reply.status == 200;
        QCOMPARE(ok, 45);

        // Closed WebSockets leave no count behind on either side.
        for (auto &socket : sockets)
            socket->close();
        sockets.clear();
        QTRY_VERIFY_WITH_TIMEOUT(
            rest.get(QStringLiteral("/metrics")).body.contains("tableside_realtime_connections 0"),
            10000);
    }
};

QTEST_GUILESS_MAIN(TestGuestAttacks)
#include "tst_guestattacks.moc"
