// Staff login, lockout, tokens (hashed, expiring, surviving restarts), logout and roles.
#include "teststore.h"
#include "inprocessserver.h"
#include "rawhttpclient.h"

#include <QTest>

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tableside;
using namespace tableside::server;

class TestStaffAuth : public QObject
{
    Q_OBJECT

private slots:
    void loginAnswersWhatADashboardNeeds()
    {
        InProcessServer server;
        RawHttpClient client(server.port());
        const HttpReply reply = client.post(QStringLiteral("/api/staff/login"), {{"pin", "1111"}});
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QVERIFY(json.value("token").toString().size() >= 40);
        QCOMPARE(json.value("staff").toObject().value("name").toString(), QStringLiteral("Maria"));
        QCOMPARE(json.value("staff").toObject().value("role").toString(),
                 QStringLiteral("manager"));
        QVERIFY(QDateTime::fromString(json.value("expiresAt").toString(), Qt::ISODateWithMs)
                > QDateTime::currentDateTimeUtc());
        const QJsonObject realtime = json.value("realtime").toObject();
        QCOMPARE(realtime.value("appKey").toString(), server.store().appCredentials().key);
        QCOMPARE(realtime.value("channel").toString(), QStringLiteral("private-staff-channel"));
        QCOMPARE(realtime.value("authEndpoint").toString(), QStringLiteral("/pusher/auth"));
        client.setToken(json.value("token").toString().toLatin1());
        QCOMPARE(client.get(QStringLiteral("/api/staff/realtime")).json(), realtime);
        // Only a hash of the token is stored.
        QSqlDatabase db = tableside::server::testkit::addTestConnection(QStringLiteral("peek"),
                                                                        server.dataDir());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT token_hash FROM sessions")));
        while (query.next())
            QVERIFY(query.value(0).toString() != json.value("token").toString());
        query.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void publicChannelSetting()
    {
        ServerSettings settings;
        settings.realtime.staffChannel = QStringLiteral("staff-channel");
        InProcessServer server(settings);
        RawHttpClient client(server.port());
        QCOMPARE(client.post(QStringLiteral("/api/staff/login"), {{"pin", "1111"}})
                     .json()
                     .value("realtime")
                     .toObject()
                     .value("channel")
                     .toString(),
                 QStringLiteral("staff-channel"));
    }

    void wrongPinsLockTheAddressOut()
    {
        InProcessServer server;
        RawHttpClient client(server.port());
        QCOMPARE(client.post(QStringLiteral("/api/staff/login"), {{"pin", ""}}).status, 400);
        for (int i = 0; i < 5; ++i) {
            const HttpReply reply
                = client.post(QStringLiteral("/api/staff/login"), {{"pin", "9999"}});
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.json().value("error").toString(), QStringLiteral("invalid_pin"));
        }
        // Locked: even the right PIN is refused for 15 minutes.
        const HttpReply locked = client.post(QStringLiteral("/api/staff/login"), {{"pin", "1111"}});
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.json().value("error").toString(), QStringLiteral("too_many_attempts"));
        QVERIFY(locked.header("Retry-After").toInt() > 14 * 60);
        QVERIFY(locked.header("Retry-After").toInt() <= 15 * 60);
    }

    void logoutEndsTheSession()
    {
        InProcessServer server;
        RawHttpClient client(server.port());
        client.setToken(server.login(QStringLiteral("2222")));
        QCOMPARE(client.get(QStringLiteral("/api/staff/state")).status, 200);
        QCOMPARE(client.send("POST", QStringLiteral("/api/staff/logout")).status, 200);
        QCOMPARE(client.get(QStringLiteral("/api/staff/state")).status, 401);
        QCOMPARE(client.send("POST", QStringLiteral("/api/staff/logout")).status, 401);
    }

    void tokensSurviveARestartAndExpire()
    {
        QTemporaryDir dir;
        QByteArray token;
        {
            InProcessServer server({}, dir.path());
            token = server.login(QStringLiteral("3333"));
            QVERIFY(!token.isEmpty());
        }
        InProcessServer again({}, dir.path());
        RawHttpClient client(again.port());
        client.setToken(token);
        const HttpReply reply = client.get(QStringLiteral("/api/staff/state"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(again.store().staffForToken(QString::fromLatin1(token))->name,
                 QStringLiteral("Petar"));

        // An expired session is refused (the store's clock moved past expiresAt).
        Store::Options options;
        options.clock = [] { return QDateTime::currentDateTimeUtc().addDays(2); };
        again.stop();
        Store later(options);
        QVERIFY(tableside::server::testkit::openTestStore(later, dir.path()));
        QVERIFY(!later.staffForToken(QString::fromLatin1(token)));
    }

    void resetPinEndsSessions()
    {
        InProcessServer server;
        const QByteArray token = server.login(QStringLiteral("2222"));
        QVERIFY(server.store().resetPin(QStringLiteral("Ivan"), QStringLiteral("5555")).ok());
        QVERIFY(server.store().flush());
        QVERIFY(!server.store().staffForToken(QString::fromLatin1(token)));
        QVERIFY(server.login(QStringLiteral("2222")).isEmpty());
        QVERIFY(!server.login(QStringLiteral("5555")).isEmpty());
        // Two people cannot share a PIN (login is by PIN alone).
        QCOMPARE(server.store()
                     .addStaff(QStringLiteral("Eva"), QStringLiteral("5555"), StaffRole::Waiter)
                     .error()
                     .code,
                 StoreError::Code::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestStaffAuth)
#include "tst_staffauth.moc"
