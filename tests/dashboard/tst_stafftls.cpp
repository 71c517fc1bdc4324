// The staff side over TLS against the real tableside-server binary (tls/mode=on, its own
// self-signed certificate): staff routes refused on the guests' plain port, the fingerprint
// command, a dashboard session whose bytes on the loopback (read by a tapping proxy) carry no
// PIN or token, and a dashboard refusing a swapped certificate until it is accepted.
#include "dashboardclient.h"
#include "rawhttp.h"
#include "serverprocess.h"
#include "servertrust.h"
#include "staffapi.h"

#include "certificatechangeddialog.h"

#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace tableside::dashboard;

namespace {

const QString WaiterPin = QStringLiteral("482913");

// A TCP proxy that forwards to 127.0.0.1:upstream and keeps every byte both ways: what anyone
// on the network between dashboard and server could read.
class TapProxy : public QObject
{
public:
    explicit TapProxy(quint16 upstream)
        : m_upstream(upstream)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *server = new QTcpSocket(client);
                server->connectToHost(QHostAddress::LocalHost, m_upstream);
                connect(client, &QTcpSocket::readyRead, server, [this, client, server] {
                    const QByteArray data = client->readAll();
                    m_captured += data;
                    server->write(data);
                });
                connect(server, &QTcpSocket::readyRead, client, [this, client, server] {
                    const QByteArray data = server->readAll();
                    m_captured += data;
                    client->write(data);
                });
                connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
                connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    const QByteArray &captured() const { return m_captured; }

private:
    quint16 m_upstream;
    QTcpServer m_server;
    QByteArray m_captured;
};

HttpReply rawRequest(quint16 port, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    QByteArray buffer;
    QList<HttpReply> replies;
    QElapsedTimer timer;
    timer.start();
    while (replies.isEmpty() && timer.elapsed() < 10000) {
        if (socket.waitForReadyRead(200))
            buffer += socket.readAll();
        replies = RawHttp::takeResponses(buffer);
    }
    return replies.value(0);
}

// The certificate the staff port presents, read with a TLS handshake that trusts nothing.
QString presentedFingerprint(quint16 port)
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::QueryPeer);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(10000))
        return {};
    return ServerTrust::fingerprint(socket.peerCertificate());
}

int occurrences(const QByteArray &haystack, const QByteArray &needle)
{
    return needle.isEmpty() ? 0 : int(haystack.count(needle));
}

} // namespace

class TestStaffTls : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(m_server->addStaff(QStringLiteral("Maria"), WaiterPin));
        m_server->setTls(true);
        QVERIFY2(m_server->start(), qPrintable(m_server->output()));
        QVERIFY(m_server->staffPort() != 0);
        QVERIFY(m_server->staffPort() != m_server->port());
    }
    void cleanup() { m_server.reset(); }

    void startOutputNamesEveryUrl()
    {
        const QString out = m_server->output();
        QVERIFY2(out.contains(QStringLiteral("Tableside Server listening on http://127.0.0.1:%1")
                                  .arg(m_server->port())),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("https://127.0.0.1:%1").arg(m_server->staffPort())));
        QVERIFY(out.contains(QStringLiteral("wss://127.0.0.1:%1/app/").arg(m_server->staffPort())));
        QCOMPARE(m_server->printedFingerprint().size(), 95);
    }

    void staffRoutesOnThePlainPortAre403()
    {
        const quint16 plain = m_server->port();
        const QString https = QStringLiteral("https://127.0.0.1:%1").arg(m_server->staffPort());
        const struct
        {
            QByteArray method;
            QString path;
        } staffRoutes[] = {{"POST", QStringLiteral("/api/staff/login")},
                           {"GET", QStringLiteral("/api/orders/active")},
                           {"GET", QStringLiteral("/api/staff/state")},
                           {"GET", QStringLiteral("/api/waiter-call")},
                           {"GET", QStringLiteral("/api/events?after=0")},
                           {"POST", QStringLiteral("/pusher/auth")},
                           {"GET", QStringLiteral("/apps/1/channels")},
                           {"GET", QStringLiteral("/metrics")}};
        for (const auto &route : staffRoutes) {
            const HttpReply reply = rawRequest(
                plain,
                RawHttp::request(route.method, route.path,
                                 route.method == "POST" ? QByteArray(R"({"pin":"482913"})")
                                                        : QByteArray()));
            QCOMPARE(reply.status, 403);
            QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                     QStringLiteral("tls_required"));
            QVERIFY2(reply.json().value(QStringLiteral("message")).toString().contains(https),
                     reply.body.constData());
        }
        // The realtime WebSocket: the upgrade is refused, nothing is switched.
        const HttpReply upgrade = rawRequest(
            plain,
            "GET /app/key?protocol=7 HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n");
        QCOMPARE(upgrade.status, 403);
        // The guest side stays on the plain port.
        QCOMPARE(m_server->http().request("GET", QStringLiteral("/api/menu")).status, 200);
        QCOMPARE(m_server->http().request("GET", QStringLiteral("/healthz")).status, 200);
        const HttpReply order = m_server->http().postJson(
            QStringLiteral("/api/orders/create"),
            {{QStringLiteral("tableNumber"), 1},
             {QStringLiteral("items"),
              QJsonArray {QJsonObject {{QStringLiteral("productId"), 1},
                                       {QStringLiteral("quantity"), 1}}}}});
        QVERIFY2(order.json().value(QStringLiteral("error")).toString() != u"tls_required",
                 order.body.constData());
    }

    void fingerprintCommandPrintsWhatTheServerPresents()
    {
        QProcess command;
        command.start(
            QStringLiteral(TABLESIDE_SERVER_BINARY),
            {QStringLiteral("fingerprint"), QStringLiteral("--data-dir"), m_server->dataDir()});
        QVERIFY(command.waitForFinished(30000));
        QCOMPARE(command.exitCode(), 0);
        const QString printed = QString::fromUtf8(command.readAllStandardOutput()).trimmed();
        const QString presented = presentedFingerprint(m_server->staffPort());
        qInfo().noquote() << "fingerprint command:" << printed;
        QCOMPARE(printed, presented);
        QCOMPARE(printed, m_server->printedFingerprint());
    }

    // A whole dashboard session through a proxy that keeps every byte: over TLS neither the PIN
    // nor the bearer token nor "Bearer" appears; the same session to a tls/mode=off server shows
    // both (so the tap does see what crosses it).
    void sniffedDashboardSessionShowsNoSecrets()
    {
        TapProxy tls(m_server->staffPort());
        DashboardClient dashboard;
        QVERIFY2(dashboard.signIn(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tls.port())),
                                  WaiterPin),
                 qPrintable(m_server->output()));
        const QByteArray token = dashboard.settings().token().toLatin1();
        QVERIFY(!token.isEmpty());
        QCOMPARE(dashboard.session().trust()->pinnedFor(
                     QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tls.port()))),
                 m_server->printedFingerprint());
        QTest::qWait(300);
        const int tlsPins = occurrences(tls.captured(), WaiterPin.toLatin1());
        const int tlsTokens = occurrences(tls.captured(), token);
        const int tlsBearer = occurrences(tls.captured(), "Bearer");

        ServerProcess plainServer;
        QVERIFY(plainServer.addStaff(QStringLiteral("Maria"), WaiterPin));
        QVERIFY2(plainServer.start(), qPrintable(plainServer.output()));
        TapProxy plain(plainServer.port());
        DashboardClient plainDashboard;
        QVERIFY(plainDashboard.signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(plain.port())),
                                      WaiterPin));
        QTest::qWait(300);
        const QByteArray plainToken = plainDashboard.settings().token().toLatin1();
        const int plainPins = occurrences(plain.captured(), WaiterPin.toLatin1());
        const int plainTokens = occurrences(plain.captured(), plainToken);
        qInfo().noquote() << QStringLiteral(
                                 "captured bytes: TLS %1 (PIN %2x, token %3x, \"Bearer\" %4x); "
                                 "tls/mode=off %5 (PIN %6x, token %7x)")
                                 .arg(tls.captured().size())
                                 .arg(tlsPins)
                                 .arg(tlsTokens)
                                 .arg(tlsBearer)
                                 .arg(plain.captured().size())
                                 .arg(plainPins)
                                 .arg(plainTokens);
        QVERIFY(tls.captured().size() > 1000);
        QCOMPARE(tlsPins, 0);
        QCOMPARE(tlsTokens, 0);
        QCOMPARE(tlsBearer, 0);
        QVERIFY(plainPins > 0);
        QVERIFY(plainTokens > 0);
    }

    // The server comes back with another certificate (as an impostor would): the dashboard
    // refuses it with both fingerprints in the message, until the new one is accepted.
    void dashboardRefusesASwappedCertificate()
    {
        const QUrl staffUrl = m_server->staffUrl();
        DashboardClient dashboard;
        QVERIFY(dashboard.signIn(staffUrl, WaiterPin));
        const QString first = m_server->printedFingerprint();
        QCOMPARE(dashboard.session().trust()->pinnedFor(staffUrl), first);
        dashboard.session().stop();

        m_server->stop();
        QVERIFY(QFile::remove(QDir(m_server->dataDir()).filePath("tls/staff-certificate.pem")));
        QVERIFY(QFile::remove(QDir(m_server->dataDir()).filePath("tls/staff-key.pem")));
        QVERIFY2(m_server->restart(), qPrintable(m_server->output()));
        const QString second = m_server->printedFingerprint();
        QVERIFY(second != first);
        QCOMPARE(m_server->staffUrl(), staffUrl);

        QSignalSpy changed(dashboard.session().trust(), &ServerTrust::certificateChanged);
        ApiResult result;
        bool answered = false;
        dashboard.session().loginWithPin(WaiterPin, [&](const ApiResult &r) {
            result = r;
            answered = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 15000));
        QVERIFY(!result.isSuccess());
        qInfo().noquote() << "refusal:" << result.errorMessage();
        QVERIFY2(result.errorMessage().contains(first), qPrintable(result.errorMessage()));
        QVERIFY(result.errorMessage().contains(second));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).toString(), first);
        QCOMPARE(changed.first().at(2).toString(), second);
        QCOMPARE(dashboard.session().trust()->pinnedFor(staffUrl), first); // nothing re-pinned

        // A manager accepts it in the dialog by typing the end of the fingerprint.
        CertificateChangedDialog dialog(staffUrl, first, second);
        QVERIFY(!dialog.acceptButton()->isEnabled());
        dialog.confirmEdit()->setText(QStringLiteral("00:00:00:00"));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        dialog.confirmEdit()->setText(second.right(11).toLower());
        QVERIFY(dialog.acceptButton()->isEnabled());
        dashboard.session().trust()->pin(staffUrl, dialog.presentedFingerprint());
        QVERIFY(dashboard.signIn(staffUrl, WaiterPin));
    }

    // --fingerprint pins up front: a dashboard told another fingerprint never trusts the server.
    void knownFingerprintPinnedUpFront()
    {
        DashboardClient dashboard;
        const QUrl staffUrl = m_server->staffUrl();
        const QString wrong = ServerTrust::normalize(QString(64, QLatin1Char('a')));
        QVERIFY(!wrong.isEmpty());
        dashboard.session().trust()->pin(staffUrl, wrong);
        QVERIFY(!dashboard.signIn(staffUrl, WaiterPin, 5000));
        DashboardClient right;
        right.session().trust()->pin(
            staffUrl,
            ServerTrust::normalize(
                m_server->printedFingerprint().remove(QLatin1Char(':')).toLower()));
        QVERIFY(right.signIn(staffUrl, WaiterPin));
    }

private:
    std::unique_ptr<ServerProcess> m_server;
};

QTEST_MAIN(TestStaffTls)
#include "tst_stafftls.moc"
