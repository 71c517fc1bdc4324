// The console's staff routes (issue 16): list, add with a server-made PIN, rename, role,
// deactivate / reactivate, remove, reset PIN; roles; the last-manager rule; events and audit.
#include "adminfixture.h"

using namespace tableside;
using namespace tableside::server;

class TestAdminStaff : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AdminFixture> f;
    int m_initialStaff = 0; ///< Maria, Ivan, Petar and the manager made at first start

    qint64 idOf(const QString &name)
    {
        for (const ConsoleStaff &member : f->server.store().consoleStaff())
            if (member.member.name == name)
                return member.member.id;
        return 0;
    }

private slots:
    void init()
    {
        f = std::make_unique<AdminFixture>();
        m_initialStaff = int(f->server.store().consoleStaff().size());
    }
    void cleanup() { f.reset(); }

    void otherRolesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/api/admin/staff");
        QTest::newRow("add") << QByteArray("POST") << QStringLiteral("/api/admin/staff");
        QTest::newRow("change") << QByteArray("PATCH") << QStringLiteral("/api/admin/staff/1");
        QTest::newRow("remove") << QByteArray("DELETE") << QStringLiteral("/api/admin/staff/1");
        QTest::newRow("reset") << QByteArray("POST")
                               << QStringLiteral("/api/admin/staff/1/reset-pin");
    }
    void otherRolesAreRefused()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const qint64 seq = f->server.store().latestSeq();
        for (const QString &token : {f->waiter, f->kitchen}) {
            int status = 0;
            const QJsonObject body
                = f->call(method, path, {{"name", "X"}, {"role", "waiter"}}, &status, token);
            QCOMPARE(status, 403);
            QCOMPARE(body.value("error").toString(), QStringLiteral("forbidden"));
        }
        int status = 0;
        f->http.json(method, path, {}, QString(), &status);
        QCOMPARE(status, 401);
        QCOMPARE(f->server.store().latestSeq(), seq);
        QCOMPARE(f->server.store().consoleStaff().size(), m_initialStaff);
    }

    void addShowsThePinOnceAndItWorks()
    {
        const qint64 seq = f->server.store().latestSeq();
        int status = 0;
        const HttpReply reply
            = f->http.postJson(QStringLiteral("/api/admin/staff"),
                               {{"name", " Гергана "}, {"role", "waiter"}}, f->manager);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
        const QJsonObject body = reply.json();
        const QString pin = body.value("pin").toString();
        QCOMPARE(pin.size(), 6);
        QCOMPARE(body.value("staff").toObject().value("name").toString(),
                 QStringLiteral("Гергана"));
        QCOMPARE(body.value("staff").toObject().value("active").toBool(), true);
        QVERIFY(!f->http.login(pin).isEmpty());
        // The list has her; no PIN anywhere in it.
        const QJsonObject list = f->call("GET", QStringLiteral("/api/admin/staff"), {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(list.value("staff").toArray().size(), m_initialStaff + 1);
        QVERIFY(!QJsonDocument(list).toJson().contains(pin.toUtf8()));
        // One event for the other consoles, one audit entry, neither with the PIN.
        const auto events = f->eventsAfter(seq);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().type(), StaffEventType::VenueChange);
        QCOMPARE(events.first().data().value("what").toString(), QStringLiteral("staff"));
        const auto audit = f->audit(QStringLiteral("staff."));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("staff.create"));
        QCOMPARE(audit.first().staff, QStringLiteral("Maria"));
        QVERIFY(!QJsonDocument(audit.first().detail).toJson().contains(pin.toUtf8()));
    }

    void addRefused_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("no name") << QJsonObject {{"role", "waiter"}} << 400;
        QTest::newRow("empty name") << QJsonObject {{"name", "  "}, {"role", "waiter"}} << 400;
        QTest::newRow("long name")
            << QJsonObject {{"name", QString(61, u'a')}, {"role", "waiter"}} << 400;
        QTest::newRow("bad role") << QJsonObject {{"name", "Ana"}, {"role", "boss"}} << 400;
        QTest::newRow("no role") << QJsonObject {{"name", "Ana"}} << 400;
        QTest::newRow("taken name") << QJsonObject {{"name", "ivan"}, {"role", "waiter"}} << 400;
    }
    void addRefused()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        const qint64 seq = f->server.store().latestSeq();
        int answered = 0;
        const QJsonObject reply
            = f->call("POST", QStringLiteral("/api/admin/staff"), body, &answered);
        QCOMPARE(answered, status);
        QCOMPARE(reply.value("error").toString(), QStringLiteral("invalid_request"));
        QVERIFY(!reply.value("message").toString().isEmpty());
        QCOMPARE(f->server.store().consoleStaff().size(), m_initialStaff);
        QCOMPARE(f->server.store().latestSeq(), seq);
        QVERIFY(f->audit(QStringLiteral("staff.")).isEmpty());
    }

    void renameAndRole()
    {
        const qint64 ivan = idOf(QStringLiteral("Ivan"));
        int status = 0;
        QJsonObject body = f->call("PATCH", QStringLiteral("/api/admin/staff/%1").arg(ivan),
                                   {{"name", "Ivan P."}}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(body.value("staff").toObject().value("name").toString(),
                 QStringLiteral("Ivan P."));
        body = f->call("PATCH", QStringLiteral("/api/admin/staff/%1").arg(ivan),
                       {{"role", "manager"}}, &status);
        QCOMPARE(status, 200);
        // The role counts from the next request of his session.
        f->call("GET", QStringLiteral("/api/admin/staff"), {}, &status, f->waiter);
        QCOMPARE(status, 200);
        QCOMPARE(f->audit(QStringLiteral("staff.rename")).size(), 1);
        QCOMPARE(f->audit(QStringLiteral("staff.role")).size(), 1);
        const QJsonObject detail = f->audit(QStringLiteral("staff.role")).first().detail;
        QCOMPARE(detail.value("before").toObject().value("role").toString(),
                 QStringLiteral("waiter"));
        QCOMPARE(detail.value("after").toObject().value("role").toString(),
                 QStringLiteral("manager"));
        // Unknown member, empty change.
        f->call("PATCH", QStringLiteral("/api/admin/staff/999"), {{"name", "X"}}, &status);
        QCOMPARE(status, 404);
        f->call("PATCH", QStringLiteral("/api/admin/staff/%1").arg(ivan), {}, &status);
        QCOMPARE(status, 400);
    }

    void deactivateEndsSessionsAndSignIn()
    {
        const qint64 ivan = idOf(QStringLiteral("Ivan"));
        QSignalSpy ended(&f->server.store(), &Store::staffSessionsEnded);
        int status = 0;
        f->call("PATCH", QStringLiteral("/api/admin/staff/%1").arg(ivan), {{"active", false}},
                &status);
        QCOMPARE(status, 200);
        f->http.json("GET", QStringLiteral("/api/staff/state"), {}, f->waiter, &status);
        QCOMPARE(status, 401);
        QVERIFY(f->http.login(QStringLiteral("2222")).isEmpty());
        QTRY_VERIFY(!ended.isEmpty());
        for (const QList<QVariant> &signal : std::as_const(ended))
            QCOMPARE(signal.first().toLongLong(), ivan);
        // Back on: his PIN works again.
        f->call("PATCH", QStringLiteral("/api/admin/staff/%1").arg(ivan), {{"active", true}},
                &status);
        QCOMPARE(status, 200);
        QVERIFY(!f->http.login(QStringLiteral("2222")).isEmpty());
        QCOMPARE(f->audit(QStringLiteral("staff.deactivate")).size(), 1);
        QCOMPARE(f->audit(QStringLiteral("staff.reactivate")).size(), 1);
    }

    void lastManagerStays_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("remove") << QByteArray("DELETE") << QString() << QJsonObject();
        QTest::newRow("demote") << QByteArray("PATCH") << QString()
                                << QJsonObject {{"role", "waiter"}};
        QTest::newRow("deactivate")
            << QByteArray("PATCH") << QString() << QJsonObject {{"active", false}};
    }
    void lastManagerStays()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, suffix);
        QFETCH(QJsonObject, body);
        const qint64 maria = idOf(QStringLiteral("Maria"));
        // Maria alone: the manager made at first start becomes a waiter.
        for (const ConsoleStaff &member : f->server.store().consoleStaff())
            if (member.member.role == StaffRole::Manager && member.member.id != maria) {
                int demoted = 0;
                f->call("PATCH", QStringLiteral("/api/admin/staff/%1").arg(member.member.id),
                        {{"role", "waiter"}}, &demoted);
                QCOMPARE(demoted, 200);
            }
        const QString path = QStringLiteral("/api/admin/staff/%1%2").arg(maria).arg(suffix);
        const qint64 seq = f->server.store().latestSeq();
        int status = 0;
        const QJsonObject reply = f->call(method, path, body, &status);
        QCOMPARE(status, 409);
        QCOMPARE(reply.value("error").toString(), QStringLiteral("last_manager"));
        QCOMPARE(f->server.store().latestSeq(), seq);
        QCOMPARE(f->audit(QStringLiteral("staff.")).size(), 1); // the demotion above
        // With a second manager it goes through.
        f->call("PATCH", QStringLiteral("/api/admin/staff/%1").arg(idOf(QStringLiteral("Petar"))),
                {{"role", "manager"}}, &status);
        QCOMPARE(status, 200);
        f->call(method, path, body, &status);
        QCOMPARE(status, 200);
    }

    void removeEndsSessions()
    {
        const qint64 ivan = idOf(QStringLiteral("Ivan"));
        int status = 0;
        const QJsonObject body
            = f->call("DELETE", QStringLiteral("/api/admin/staff/%1").arg(ivan), {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(body.value("staff").toObject().value("name").toString(), QStringLiteral("Ivan"));
        f->http.json("GET", QStringLiteral("/api/staff/state"), {}, f->waiter, &status);
        QCOMPARE(status, 401);
        QCOMPARE(f->server.store().consoleStaff().size(), m_initialStaff - 1);
        f->call("DELETE", QStringLiteral("/api/admin/staff/%1").arg(ivan), {}, &status);
        QCOMPARE(status, 404);
        QCOMPARE(f->audit(QStringLiteral("staff.remove")).size(), 1);
    }

    void resetPin()
    {
        const qint64 ivan = idOf(QStringLiteral("Ivan"));
        const HttpReply reply = f->http.request(
            "POST", QStringLiteral("/api/admin/staff/%1/reset-pin").arg(ivan), {}, f->manager);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
        const QString pin = reply.json().value("pin").toString();
        QCOMPARE(pin.size(), 6);
        QVERIFY(f->http.login(QStringLiteral("2222")).isEmpty());
        QVERIFY(!f->http.login(pin).isEmpty());
        int status = 0;
        f->http.json("GET", QStringLiteral("/api/staff/state"), {}, f->waiter, &status);
        QCOMPARE(status, 401);
        const auto audit = f->audit(QStringLiteral("staff.reset-pin"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().subject, QString::number(ivan));
        QVERIFY(!QJsonDocument(audit.first().detail).toJson().contains(pin.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestAdminStaff)
#include "tst_adminstaff.moc"
