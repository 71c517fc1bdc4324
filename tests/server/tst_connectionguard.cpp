// ConnectionGuard on a real socket pair: it stays while it watches an HTTP connection and frees
// itself once the connection upgrades to WebSocket (a device keeps that connection all day).
#include "connectionguard.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using tableside::server::ConnectionGuard;

class TestConnectionGuard : public QObject
{
    Q_OBJECT

private slots:
    void guardLivesAsLongAsItHasSomethingToWatch_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<bool>("guardRemains");
        QTest::newRow("plain GET")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n") << true;
        QTest::newRow("WebSocket upgrade")
            << QByteArray("GET /app/key?protocol=7 HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n"
                          "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                          "Sec-WebSocket-Version: 13\r\n\r\n")
            << false;
        QTest::newRow("upgrade headers in another case") << QByteArray(
            "GET /app/key HTTP/1.1\r\nupgrade: WebSocket\r\nconnection: UPGRADE\r\n\r\n")
                                                         << false;
        // Qt answers this one as plain HTTP, so it stays guarded (body limit, idle timeout).
        QTest::newRow("Upgrade without Connection: upgrade")
            << QByteArray("GET /app/key HTTP/1.1\r\nUpgrade: websocket\r\n\r\n") << true;
        QTest::newRow("request not finished yet")
            << QByteArray("GET /app/key HTTP/1.1\r\nUpgrade: websocket\r\n") << true;
    }

    void guardLivesAsLongAsItHasSomethingToWatch()
    {
        QFETCH(QByteArray, request);
        QFETCH(bool, guardRemains);
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        QVERIFY(listener.waitForNewConnection(5000));
        std::unique_ptr<QTcpSocket> socket(listener.nextPendingConnection());
        QVERIFY(socket);
        QPointer<ConnectionGuard> guard = new ConnectionGuard(socket.get(), {});
        QVERIFY(client.waitForConnected(5000));

        client.write(request);
        QVERIFY(client.waitForBytesWritten(5000));
        QTRY_COMPARE(socket->bytesAvailable(), qint64(request.size()));
        // Let deferred deletes run.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::qWait(20);
        QCOMPARE(!guard.isNull(), guardRemains);
        QCOMPARE(socket->findChildren<ConnectionGuard *>().size(), guardRemains ? 1 : 0);
        // The guard never consumes the request: the HTTP server reads all of it.
        QCOMPARE(socket->readAll(), request);
    }
};

QTEST_GUILESS_MAIN(TestConnectionGuard)
#include "tst_connectionguard.moc"
