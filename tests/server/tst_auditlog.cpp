// GET /api/admin/audit (issue 16): the fixed {"entries":[{"at","staff","action",…}]} answer,
// filters (from, to, action prefix), paging, roles, and that no SQL can change an entry.
#include "adminfixture.h"
#include "teststore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace tableside;
using namespace tableside::server;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AdminFixture> f;

    void makeEntries()
    {
        int status = 0;
        for (int table = 41; table <= 43; ++table) {
            f->call("POST", QStringLiteral("/api/admin/tables"), {{"number", table}}, &status);
            QCOMPARE(status, 201);
        }
        f->call("PUT", QStringLiteral("/api/admin/service"), {{"waiterCalls", false}}, &status);
        QCOMPARE(status, 200);
    }

private slots:
    void init() { f = std::make_unique<AdminFixture>(); }
    void cleanup() { f.reset(); }

    void contractAndFilters()
    {
        makeEntries();
        int status = 0;
        QJsonArray entries = f->call("GET", QStringLiteral("/api/admin/audit"), {}, &status)
                                 .value("entries")
                                 .toArray();
        QCOMPARE(status, 200);
        QCOMPARE(entries.size(), 4);
        const QJsonObject newest = entries.first().toObject();
        QCOMPARE(newest.value("action").toString(), QStringLiteral("service.switch"));
        QCOMPARE(newest.value("staff").toString(), QStringLiteral("Maria"));
        QVERIFY(QDateTime::fromString(newest.value("at").toString(), Qt::ISODateWithMs).isValid());
        entries = f->call("GET", QStringLiteral("/api/admin/audit?action=table."), {}, &status)
                      .value("entries")
                      .toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().toObject().value("subject").toString(), QStringLiteral("43"));
        // Paging: two, then what is older.
        QJsonObject page = f->call("GET", QStringLiteral("/api/admin/audit?limit=2"), {}, &status);
        QCOMPARE(page.value("entries").toArray().size(), 2);
        const qint64 next = page.value("nextBefore").toInteger();
        QVERIFY(next > 0);
        page = f->call("GET", QStringLiteral("/api/admin/audit?limit=2&before=%1").arg(next), {},
                       &status);
        QCOMPARE(page.value("entries").toArray().size(), 2);
        QCOMPARE(page.value("entries").toArray().last().toObject().value("subject").toString(),
                 QStringLiteral("41"));
        // A time window in the future is empty; one from the past has everything.
        const QString future = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
        QCOMPARE(f->call("GET", QStringLiteral("/api/admin/audit?from=%1").arg(future), {}, &status)
                     .value("entries")
                     .toArray()
                     .size(),
                 0);
        const QString past = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
        QCOMPARE(f->call("GET", QStringLiteral("/api/admin/audit?from=%1&to=%2").arg(past, future),
                         {}, &status)
                     .value("entries")
                     .toArray()
                     .size(),
                 4);
    }

    void badQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("from") << QStringLiteral("from=yesterday");
        QTest::newRow("limit 0") << QStringLiteral("limit=0");
        QTest::newRow("limit big") << QStringLiteral("limit=5000");
        QTest::newRow("before text") << QStringLiteral("before=x");
    }
    void badQueries()
    {
        QFETCH(QString, query);
        int status = 0;
        f->call("GET", QStringLiteral("/api/admin/audit?") + query, {}, &status);
        QCOMPARE(status, 400);
    }

    void otherRolesAreRefused()
    {
        for (const QString &token : {f->waiter, f->kitchen}) {
            int status = 0;
            f->call("GET", QStringLiteral("/api/admin/audit"), {}, &status, token);
            QCOMPARE(status, 403);
        }
    }

    void entriesCannotBeChanged()
    {
        makeEntries();
        {
            QSqlDatabase db = tableside::server::testkit::addTestConnection(
                QStringLiteral("audit-edit"), f->server.dataDir());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET staff_name = 'nobody'")));
            QVERIFY(query.lastError().text().contains(QStringLiteral("cannot be changed")));
            QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                              "staff_name = 'Maria'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 4);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("audit-edit"));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
