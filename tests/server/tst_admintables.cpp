// The console's table routes (issue 16): list with scan counts, add, change, remove (refused
// with orders today), duplicates, validation, roles, events and audit.
#include "adminfixture.h"
#include "rawhttpclient.h"

using namespace tableside;
using namespace tableside::server;

class TestAdminTables : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AdminFixture> f;

private slots:
    void init() { f = std::make_unique<AdminFixture>(); }
    void cleanup() { f.reset(); }

    void otherRolesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/api/admin/tables");
        QTest::newRow("add") << QByteArray("POST") << QStringLiteral("/api/admin/tables");
        QTest::newRow("change") << QByteArray("PATCH") << QStringLiteral("/api/admin/tables/3");
        QTest::newRow("remove") << QByteArray("DELETE") << QStringLiteral("/api/admin/tables/3");
        QTest::newRow("qr cards") << QByteArray("POST")
                                  << QStringLiteral("/api/admin/tables/qr-cards");
    }
    void otherRolesAreRefused()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const qint64 seq = f->server.store().latestSeq();
        for (const QString &token : {f->waiter, f->kitchen}) {
            int status = 0;
            f->call(method, path, {{"number", 77}, {"name", "X"}}, &status, token);
            QCOMPARE(status, 403);
        }
        QCOMPARE(f->server.store().latestSeq(), seq);
        QCOMPARE(f->server.store().consoleTables().size(), 20);
    }

    void listHasScans()
    {
        f->server.store().recordTableScan(5);
        f->server.store().recordTableScan(5);
        QVERIFY(f->server.store().flush());
        int status = 0;
        const QJsonArray tables = f->call("GET", QStringLiteral("/api/admin/tables"), {}, &status)
                                      .value("tables")
                                      .toArray();
        QCOMPARE(status, 200);
        QCOMPARE(tables.size(), 20);
        const QJsonObject five = tables.at(4).toObject();
        QCOMPARE(five.value("number").toInt(), 5);
        QCOMPARE(five.value("scans").toInt(), 2);
        QVERIFY(five.value("lastScannedAt").isString());
        QCOMPARE(tables.at(0).toObject().value("active").toBool(), true);
    }

    void addChangeRemove()
    {
        const qint64 seq = f->server.store().latestSeq();
        int status = 0;
        QJsonObject body = f->call(
            "POST", QStringLiteral("/api/admin/tables"),
            {{"number", 31}, {"name", "Лоза"}, {"area", "terrace"}, {"seats", 4}}, &status);
        QCOMPARE(status, 201);
        QCOMPARE(body.value("table").toObject().value("area").toString(),
                 QStringLiteral("terrace"));
        QVERIFY(f->server.store().isTableActive(31));
        body = f->call("PATCH", QStringLiteral("/api/admin/tables/31"),
                       {{"seats", 6}, {"active", false}}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(body.value("table").toObject().value("seats").toInt(), 6);
        QCOMPARE(body.value("table").toObject().value("name").toString(), QStringLiteral("Лоза"));
        QVERIFY(!f->server.store().isTableActive(31));
        // A guest order to a switched-off table is refused as before.
        RawHttpClient guest(f->server.port());
        QCOMPARE(
            guest
                .post(QStringLiteral("/api/orders/create"),
                      {{"tableNumber", 31},
                       {"items", QJsonArray {QJsonObject {{"productId", 1}, {"quantity", 1}}}}})
                .status,
            422);
        f->call("DELETE", QStringLiteral("/api/admin/tables/31"), {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(f->server.store().consoleTables().size(), 20);
        const auto events = f->eventsAfter(seq);
        QCOMPARE(events.size(), 3);
        for (const StaffEvent &event : events) {
            QCOMPARE(event.type(), StaffEventType::VenueChange);
            QCOMPARE(event.data().value("what").toString(), QStringLiteral("tables"));
        }
        QCOMPARE(f->audit(QStringLiteral("table.create")).size(), 1);
        QCOMPARE(f->audit(QStringLiteral("table.update")).size(), 1);
        QCOMPARE(f->audit(QStringLiteral("table.remove")).size(), 1);
        QCOMPARE(f->audit(QStringLiteral("table.update"))
                     .first()
                     .detail.value("before")
                     .toObject()
                     .value("seats")
                     .toInt(),
                 4);
    }

    void addRefused_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("duplicate")
            << QJsonObject {{"number", 3}} << 409 << QStringLiteral("duplicate_table");
        QTest::newRow("no number")
            << QJsonObject {{"name", "A"}} << 400 << QStringLiteral("invalid_request");
        QTest::newRow("zero") << QJsonObject {{"number", 0}} << 400
                              << QStringLiteral("invalid_request");
        QTest::newRow("fraction") << QJsonObject {{"number", 2.5}} << 400
                                  << QStringLiteral("invalid_request");
        QTest::newRow("text number")
            << QJsonObject {{"number", "40"}} << 400 << QStringLiteral("invalid_request");
        QTest::newRow("long name") << QJsonObject {{"number", 40}, {"name", QString(41, u'x')}}
                                   << 400 << QStringLiteral("invalid_request");
        QTest::newRow("seats") << QJsonObject {{"number", 40}, {"seats", 100}} << 400
                               << QStringLiteral("invalid_request");
        QTest::newRow("negative seats") << QJsonObject {{"number", 40}, {"seats", -1}} << 400
                                        << QStringLiteral("invalid_request");
    }
    void addRefused()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        const qint64 seq = f->server.store().latestSeq();
        int answered = 0;
        const QJsonObject reply
            = f->call("POST", QStringLiteral("/api/admin/tables"), body, &answered);
        QCOMPARE(answered, status);
        QCOMPARE(reply.value("error").toString(), error);
        QCOMPARE(f->server.store().latestSeq(), seq);
        QCOMPARE(f->server.store().consoleTables().size(), 20);
        QVERIFY(f->audit(QStringLiteral("table.")).isEmpty());
    }

    void removeRefusedWithOrdersToday()
    {
        RawHttpClient guest(f->server.port());
        QCOMPARE(
            guest
                .post(QStringLiteral("/api/orders/create"),
                      {{"tableNumber", 7},
                       {"items", QJsonArray {QJsonObject {{"productId", 1}, {"quantity", 1}}}}})
                .status,
            201);
        int status = 0;
        const QJsonObject reply
            = f->call("DELETE", QStringLiteral("/api/admin/tables/7"), {}, &status);
        QCOMPARE(status, 409);
        QCOMPARE(reply.value("error").toString(), QStringLiteral("table_in_use"));
        QVERIFY(f->server.store().isTableActive(7));
        f->call("DELETE", QStringLiteral("/api/admin/tables/99"), {}, &status);
        QCOMPARE(status, 422);
        f->call("PATCH", QStringLiteral("/api/admin/tables/7"), {{"seats", "four"}}, &status);
        QCOMPARE(status, 400);
    }
};

QTEST_GUILESS_MAIN(TestAdminTables)
#include "tst_admintables.moc"
