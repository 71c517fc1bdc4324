// The guarded listener: body cap (Content-Length and chunked) without reading the body,
// header cap, keep-alive, idle timeout, connection cap, /healthz and /metrics.
#include "inprocessserver.h"
#include "orderbody.h"
#include "rawhttpclient.h"

#include <QTest>

using namespace tableside;
using namespace tableside::server;

class TestHttpLimits : public QObject
{
    Q_OBJECT

private slots:
    void oversizedContentLengthIs413BeforeTheBody()
    {
        InProcessServer server;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        // Only the headers are sent: the answer must come without the 10 MB body.
        socket.write(
            "POST /api/orders/create HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: 10000000\r\n\r\n");
        QByteArray buffer;
        QList<HttpReply> replies;
        QElapsedTimer timer;
        timer.start();
        while (replies.isEmpty() && timer.elapsed() < 5000) {
            QTest::qWait(5);
            buffer += socket.readAll();
            replies = RawHttp::takeResponses(buffer);
        }
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().status, 413);
        QCOMPARE(replies.first().json().value("error").toString(),
                 QStringLiteral("payload_too_large"));
        QTRY_VERIFY_WITH_TIMEOUT(
            socket.state() == QAbstractSocket::UnconnectedState || socket.atEnd(), 5000);
    }

    void chunkedBodyGrowingOverTheCapIs413()
    {
        ServerSettings settings;
        settings.maxBodyBytes = 2048;
        InProcessServer server(settings);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(
            "POST /api/orders/create HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        QByteArray buffer;
        QList<HttpReply> replies;
        for (int i = 0; i < 10 && replies.isEmpty(); ++i) {
            socket.write("400\r\n" + QByteArray(1024, ' ') + "\r\n");
            QTest::qWait(20);
            buffer += socket.readAll();
            replies = RawHttp::takeResponses(buffer);
        }
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().status, 413);
        QCOMPARE(server.store().todaysOrders().size(), 0);
    }

    void bodiesUnderTheCapAndKeepAliveWork()
    {
        InProcessServer server(InProcessServer::unlimitedSettings());
        RawHttpClient client(server.port());
        // Chunked and padded (under 64 KB) requests go through on one connection.
        const QByteArray body = QJsonDocument(orderBody(1, {{1, 1}})).toJson(QJsonDocument::Compact)
            + QByteArray(30000, ' ');
        QCOMPARE(client.send("POST", QStringLiteral("/api/orders/create"), body).status, 201);
        QByteArray chunked
            = "POST /api/orders/create HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              "Transfer-Encoding: chunked\r\n\r\n";
        const QByteArray json
            = QJsonDocument(orderBody(2, {{1, 1}})).toJson(QJsonDocument::Compact);
        chunked += QByteArray::number(json.size(), 16) + "\r\n" + json + "\r\n0\r\n\r\n";
        QCOMPARE(client.sendRaw(chunked).status, 201);
        QCOMPARE(client.get(QStringLiteral("/api/menu")).status, 200);
        QCOMPARE(server.store().todaysOrders().size(), 2);
    }

    void hugeHeadersAre431()
    {
        InProcessServer server;
        RawHttpClient client(server.port());
        const HttpReply reply = client.send("GET", QStringLiteral("/api/menu"), {},
                                            {{"X-Padding", QByteArray(20000, 'a')}});
        QCOMPARE(reply.status, 431);
    }

    void idleConnectionsAreClosed()
    {
        ServerSettings settings;
        settings.idleTimeoutSeconds = 1;
        InProcessServer server(settings);
        RawHttpClient client(server.port());
        QCOMPARE(client.get(QStringLiteral("/healthz")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(client.socket()->state(), QAbstractSocket::UnconnectedState,
                                  5000);
    }

    void connectionCap()
    {
        ServerSettings settings;
        settings.maxConnections = 2;
        InProcessServer server(settings);
        RawHttpClient a(server.port());
        RawHttpClient b(server.port());
        QCOMPARE(a.get(QStringLiteral("/healthz")).status, 200);
        QCOMPARE(b.get(QStringLiteral("/healthz")).status, 200);
        RawHttpClient c(server.port());
        const HttpReply refused = c.get(QStringLiteral("/healthz"));
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.json().value("error").toString(), QStringLiteral("too_many_connections"));
    }

    void healthAndMetrics()
    {
        InProcessServer server(InProcessServer::unlimitedSettings());
        RawHttpClient client(server.port());
        client.post(QStringLiteral("/api/orders/create"), orderBody(1, {{1, 1}}));
        client.get(QStringLiteral("/api/nothing"));
        const HttpReply health = client.get(QStringLiteral("/healthz"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value("status").toString(), QStringLiteral("ok"));
        // The order's new-order and its table's table-tab-change.
        QCOMPARE(health.json().value("seq").toInt(), 2);
        const HttpReply metrics = client.get(QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.header("Content-Type").startsWith("text/plain"));
        const QByteArray text = metrics.body;
        QVERIFY(text.contains("tableside_http_requests_total{method=\"POST\",route=\"/api/orders/"
                              "create\",status=\"201\"} 1"));
        QVERIFY(text.contains(
            "tableside_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1"));
        QVERIFY(text.contains("tableside_orders_created_total 1"));
        QVERIFY(text.contains(
            "tableside_http_request_duration_seconds_count{route=\"/api/orders/create\"} 1"));
        QVERIFY(text.contains("tableside_db_commit_duration_seconds_count"));
        QVERIFY(text.contains("tableside_event_seq 2"));
    }
};

QTEST_GUILESS_MAIN(TestHttpLimits)
#include "tst_httplimits.moc"
