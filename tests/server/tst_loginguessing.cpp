// Guessing staff PINs against the real tableside-server binary from outside (plain HTTP,
// tls/mode=off): right and wrong PINs interleaved lock after the configured number of failures
// and stay locked after a restart; an account, an address and the whole server are counted
// apart; PIN-only and name + PIN logins both work; a 4-digit PIN still logs in and is asked to
// change; a removed or reset staff member's WebSocket is closed at once. Figures via qInfo.
#include "rawhttpclient.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QWebSocket>

namespace {

const QString IvanPin = QStringLiteral("246810");
const QString MariaPin = QStringLiteral("135791");
const QString PetarPin = QStringLiteral("1357"); // an older installation's 4-digit PIN
const QString WrongPin = QStringLiteral("000000");

QHostAddress phone(int n)
{
    return QHostAddress(QStringLiteral("127.0.0.%1").arg(n));
}

QJsonObject loginBody(const QString &pin, const QString &name = {})
{
    QJsonObject body {{QStringLiteral("pin"), pin}};
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    return body;
}

HttpReply loginFrom(quint16 port, int phoneNumber, const QString &pin, const QString &name = {})
{
    RawHttpClient client(port, phone(phoneNumber));
    return client.post(QStringLiteral("/api/staff/login"), loginBody(pin, name));
}

/// A staff dashboard's Pusher connection: connects, subscribes to the private staff channel.
class StaffSocket
{
public:
    StaffSocket()
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            m_frames.append(frame);
            if (frame.value(QStringLiteral("event")).toString()
                == QLatin1String("pusher:connection_established"))
                m_socketId = QJsonDocument::fromJson(
                                 frame.value(QStringLiteral("data")).toString().toUtf8())
                                 .object()
                                 .value(QStringLiteral("socket_id"))
                                 .toString();
        });
        QObject::connect(&m_socket, &QWebSocket::disconnected, [this] { m_closed.start(); });
    }

    bool subscribe(ServerProcess &server, const QString &token, const QJsonObject &realtime)
    {
        m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/app/%2?protocol=7")
                               .arg(server.port())
                               .arg(realtime.value(QStringLiteral("appKey")).toString())));
        if (!QTest::qWaitFor([this] { return !m_socketId.isEmpty(); }, 10000))
            return false;
        const QString channel = realtime.value(QStringLiteral("channel")).toString();
        const HttpReply auth = server.http().channelAuth(token, m_socketId, channel);
        if (auth.status != 200)
            return false;
        const QJsonObject data {{QStringLiteral("channel"), channel},
                                {QStringLiteral("auth"), auth.json().value("auth").toString()}};
        m_socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(
                QJsonObject {{QStringLiteral("event"), QStringLiteral("pusher:subscribe")},
                             {QStringLiteral("data"), data}})
                .toJson(QJsonDocument::Compact)));
        return QTest::qWaitFor(
            [this] { return hasEvent("pusher_internal:subscription_succeeded"); }, 10000);
    }

    bool hasEvent(const char *name) const
    {
        for (const QJsonObject &frame : m_frames)
            if (frame.value(QStringLiteral("event")).toString() == QLatin1String(name))
                return true;
        return false;
    }
    bool isClosed() const { return m_closed.isValid(); }
    int closeCode() const { return int(m_socket.closeCode()); }

private:
    QWebSocket m_socket;
    QString m_socketId;
    QList<QJsonObject> m_frames;
    QElapsedTimer m_closed;
};

} // namespace

class TestLoginGuessing : public QObject
{
    Q_OBJECT

private:
    /// Ivan (waiter), Maria (manager) and Petar (kitchen, 4-digit PIN); @p config INI keys.
    bool start(ServerProcess &server, const QList<std::pair<QString, QVariant>> &config = {})
    {
        for (const auto &[key, value] : config)
            server.setConfig(key, value);
        return server.addStaff(QStringLiteral("Ivan"), IvanPin)
            && server.addStaff(QStringLiteral("Maria"), MariaPin, QStringLiteral("manager"))
            && server.addStaff(QStringLiteral("Petar"), PetarPin, QStringLiteral("kitchen"))
            && server.start();
    }

private slots:
    void interleavedRightAndWrongPinsLock_data()
    {
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<QString>("name");
        QTest::newRow("PIN alone, 5") << 5 << QString();
        QTest::newRow("PIN alone, 3") << 3 << QString();
        QTest::newRow("name and PIN, 5") << 5 << QStringLiteral("Ivan");
    }

    void interleavedRightAndWrongPinsLock()
    {
        QFETCH(int, maxAttempts);
        QFETCH(QString, name);
        ServerProcess server;
        QVERIFY2(start(server, {{QStringLiteral("auth/loginMaxAttempts"), maxAttempts}}),
                 qPrintable(server.output()));
        // The attack of issue 14: four wrong PINs, then the waiter's own right one, again and
        // again, from one phone. It used to get 40 wrong guesses answered 401 in one second.
        RawHttpClient client(server.port());
        int wrongAnswered = 0;
        int rightAnswered = 0;
        int firstRefusal = -1;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 50 && firstRefusal < 0; ++i) {
            const bool right = i % 5 == 4;
            const HttpReply reply = client.post(QStringLiteral("/api/staff/login"),
                                                loginBody(right ? IvanPin : WrongPin, name));
            if (reply.status == 429)
                firstRefusal = i;
            else if (right)
                rightAnswered += reply.status == 200;
            else
                wrongAnswered += reply.status == 401;
        }
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(wrongAnswered, maxAttempts);
        // Every attempt after the lock is refused, the right PIN too, before any hashing.
        for (const QString &pin : {IvanPin, WrongPin, MariaPin}) {
            const HttpReply reply
                = client.post(QStringLiteral("/api/staff/login"), loginBody(pin, name));
            QCOMPARE(reply.status, 429);
            QCOMPARE(reply.json().value("error").toString(), QStringLiteral("too_many_attempts"));
        }
        QVERIFY(server.restart());
        RawHttpClient again(server.port());
        const HttpReply afterRestart
            = again.post(QStringLiteral("/api/staff/login"), loginBody(IvanPin, name));
        QCOMPARE(afterRestart.status, 429);
        const int retryAfter = afterRestart.header("Retry-After").toInt();
        QVERIFY(retryAfter > 14 * 60 && retryAfter <= 15 * 60);
        qInfo().noquote() << QStringLiteral(
                                 "figure (tls off): 4 wrong + 1 right PIN %1, repeated from one "
                                 "address, auth/loginMaxAttempts=%2: %3 wrong guesses answered "
                                 "401 (%4 right ones 200) before the first 429 at attempt %5, "
                                 "%6 ms; after a restart still 429, Retry-After %7 s (before "
                                 "issue 14: 40 wrong guesses in one second, never a 429)")
                                 .arg(name.isEmpty() ? QStringLiteral("alone")
                                                     : QStringLiteral("with the name"))
                                 .arg(maxAttempts)
                                 .arg(wrongAnswered)
                                 .arg(rightAnswered)
                                 .arg(firstRefusal + 1)
                                 .arg(elapsed)
                                 .arg(retryAfter);
    }

    void accountLockHoldsAcrossAddresses()
    {
        ServerProcess server;
        QVERIFY2(start(server), qPrintable(server.output()));
        // Five phones, one guess each at Ivan: no address reaches its limit, Ivan's account does.
        for (int n = 10; n < 15; ++n)
            QCOMPARE(loginFrom(server.port(), n, WrongPin, QStringLiteral("Ivan")).status, 401);
        const HttpReply locked = loginFrom(server.port(), 20, IvanPin, QStringLiteral("ivan"));
        QCOMPARE(locked.status, 429);
        QVERIFY(locked.json().value("message").toString().contains(QStringLiteral("manager")));
        // A locked account's PIN alone answers like a wrong PIN (no oracle for guessers).
        QCOMPARE(loginFrom(server.port(), 21, IvanPin).status, 401);
        // Others are not locked.
        const HttpReply maria = loginFrom(server.port(), 22, MariaPin, QStringLiteral("Maria"));
        QCOMPARE(maria.status, 200);
        const QString managerToken = maria.json().value("token").toString();

        // Managers see the lockout, over the API and on the command line, also after a restart.
        QVERIFY(server.restart());
        QCOMPARE(loginFrom(server.port(), 23, IvanPin, QStringLiteral("Ivan")).status, 429);
        int status = 0;
        const QJsonObject list = server.http().json("GET", QStringLiteral("/api/staff/lockouts"),
                                                    {}, managerToken, &status);
        QCOMPARE(status, 200);
        bool listed = false;
        for (const QJsonValue &entry : list.value("lockouts").toArray())
            listed = listed
                || (entry["scope"].toString() == u"account" && entry["name"].toString() == u"Ivan"
                    && entry["retryAfter"].toInt() > 0);
        QVERIFY2(listed, QJsonDocument(list).toJson());
        QByteArray staffList;
        QVERIFY(server.runStaffCommand({QStringLiteral("list")}, &staffList));
        QVERIFY2(QRegularExpression(QStringLiteral("Ivan\twaiter\t.+"))
                     .match(QString::fromUtf8(staffList))
                     .hasMatch(),
                 staffList.constData());
        // Other roles may not read or clear lockouts.
        const QString petarToken
            = loginFrom(server.port(), 24, PetarPin).json()["token"].toString();
        server.http().json("GET", QStringLiteral("/api/staff/lockouts"), {}, petarToken, &status);
        QCOMPARE(status, 403);
        // A manager clears it; Ivan logs in again.
        const QJsonObject cleared
            = server.http().json("POST", QStringLiteral("/api/staff/lockouts/clear"),
                                 {{"name", "Ivan"}}, managerToken, &status);
        QCOMPARE(status, 200);
        QCOMPARE(cleared.value("cleared").toBool(), true);
        QCOMPARE(loginFrom(server.port(), 25, IvanPin, QStringLiteral("Ivan")).status, 200);
        qInfo().noquote() << "figure (tls off): 5 wrong guesses at Ivan from 5 addresses locked "
                             "his account (429 for his right PIN from a 6th address, 401 for it "
                             "alone), Maria unaffected; listed to managers after a restart";
    }

    void serverWideCountPausesPinAloneOnly()
    {
        ServerProcess server;
        QVERIFY2(start(server, {{QStringLiteral("auth/loginGlobalMaxAttempts"), 4}}),
                 qPrintable(server.output()));
        // Four phones guess PINs alone: none reaches its own limit, the server does.
        for (int n = 30; n < 34; ++n)
            QCOMPARE(loginFrom(server.port(), n, WrongPin).status, 401);
        const HttpReply paused = loginFrom(server.port(), 40, IvanPin);
        QCOMPARE(paused.status, 429);
        QVERIFY(paused.header("Retry-After").toInt() > 0);
        // Staff who pick their name still log in.
        QCOMPARE(loginFrom(server.port(), 41, IvanPin, QStringLiteral("Ivan")).status, 200);
    }

    void pinAloneAndNameWithPinBothWork()
    {
        ServerProcess server;
        QVERIFY2(start(server), qPrintable(server.output()));
        const HttpReply alone = loginFrom(server.port(), 50, IvanPin);
        QCOMPARE(alone.status, 200);
        QCOMPARE(alone.json()["staff"].toObject()["name"].toString(), QStringLiteral("Ivan"));
        QCOMPARE(alone.json().value("pinChangeRequired").toBool(true), false);
        const HttpReply named = loginFrom(server.port(), 51, IvanPin, QStringLiteral(" ivan "));
        QCOMPARE(named.status, 200);
        QCOMPARE(named.json()["staff"].toObject()["name"].toString(), QStringLiteral("Ivan"));
        // Ivan's PIN under Maria's name, and an unknown name: the same 401 as a wrong PIN.
        QCOMPARE(loginFrom(server.port(), 52, IvanPin, QStringLiteral("Maria")).json()["error"],
                 QJsonValue(QStringLiteral("invalid_pin")));
        QCOMPARE(loginFrom(server.port(), 53, IvanPin, QStringLiteral("Nobody")).json()["error"],
                 QJsonValue(QStringLiteral("invalid_pin")));
        RawHttpClient client(server.port(), phone(54));
        QCOMPARE(
            client.post(QStringLiteral("/api/staff/login"), {{"pin", IvanPin}, {"name", 7}}).status,
            400);
    }

    void shortPinLogsInAndIsAskedToChange()
    {
        ServerProcess server;
        QVERIFY2(start(server), qPrintable(server.output()));
        const HttpReply login = loginFrom(server.port(), 60, PetarPin);
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json().value("pinChangeRequired").toBool(), true);
        RawHttpClient petar(server.port(), phone(61));
        petar.setToken(login.json().value("token").toString().toLatin1());
        const auto change = [&](const QString &old, const QString &fresh) {
            return petar.post(QStringLiteral("/api/staff/pin"), {{"pin", old}, {"newPin", fresh}});
        };
        QCOMPARE(change(PetarPin, QStringLiteral("2468")).status, 400); // new ones: 6 digits
        QCOMPARE(change(QStringLiteral("9999"), QStringLiteral("975313")).status, 401);
        QCOMPARE(change(PetarPin, IvanPin).status, 400); // somebody's already
        QCOMPARE(change(PetarPin, QStringLiteral("975313")).status, 200);
        // The session that changed it goes on; the old PIN is gone, the new one is long enough.
        QCOMPARE(petar.get(QStringLiteral("/api/staff/state")).status, 200);
        QCOMPARE(loginFrom(server.port(), 62, PetarPin).status, 401);
        const HttpReply fresh = loginFrom(server.port(), 63, QStringLiteral("975313"));
        QCOMPARE(fresh.status, 200);
        QCOMPARE(fresh.json().value("pinChangeRequired").toBool(true), false);
        qInfo().noquote() << "figure (tls off): 4-digit PIN 1357 → 200 with pinChangeRequired "
                             "true; changed through POST /api/staff/pin to 6 digits → false";
    }

    void removedOrResetStaffSocketClosesAtOnce_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("staff remove") << QStringList {"remove", "--name", "Ivan"};
        QTest::newRow("staff reset-pin") << QStringList {"reset-pin", "--name", "Ivan"};
    }

    void removedOrResetStaffSocketClosesAtOnce()
    {
        QFETCH(QStringList, command);
        ServerProcess server;
        QVERIFY2(start(server), qPrintable(server.output()));
        const QJsonObject ivan = loginFrom(server.port(), 70, IvanPin).json();
        const QJsonObject maria = loginFrom(server.port(), 71, MariaPin).json();
        StaffSocket ivanSocket;
        StaffSocket mariaSocket;
        QVERIFY(
            ivanSocket.subscribe(server, ivan["token"].toString(), ivan["realtime"].toObject()));
        QVERIFY(
            mariaSocket.subscribe(server, maria["token"].toString(), maria["realtime"].toObject()));

        QElapsedTimer sinceCommand;
        sinceCommand.start();
        QVERIFY2(server.runStaffCommand(command), qPrintable(server.output()));
        const qint64 commandMs = sinceCommand.elapsed();
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QTRY_VERIFY_WITH_TIMEOUT(ivanSocket.isClosed(), 5000);
        const qint64 closedMs = sinceCommit.elapsed();
        QVERIFY2(closedMs < 1000, qPrintable(QString::number(closedMs)));
        QVERIFY(ivanSocket.hasEvent("pusher:error"));
        QCOMPARE(ivanSocket.closeCode(), 4009);
        QTest::qWait(300);
        QVERIFY(!mariaSocket.isClosed());
        qInfo().noquote() << QStringLiteral("figure (tls off): `staff %1` from another process "
                                            "(%2 ms) → Ivan's staff-channel socket closed with "
                                            "4009 %3 ms after the command ended; Maria's stays")
                                 .arg(command.first())
                                 .arg(commandMs)
                                 .arg(closedMs);
    }
};

QTEST_GUILESS_MAIN(TestLoginGuessing)
#include "tst_loginguessing.moc"
