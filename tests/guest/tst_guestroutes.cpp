#include "teststore.h"
#include "guestlimits.h"
#include "guestroutes.h"
#include "rawhttpclient.h"
#include "store.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tableside;
using namespace tableside::server;

/// GuestRoutes against a real Store (SQLite in a temporary folder) and a real QHttpServer on
/// port 0: the order pages, their security headers, the /t/{n} link and the per-client and
/// per-table rate limits. (The guest's call status is a REST route: tst_callsapi.)
class TestGuestRoutes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void orderPageHasSecurityHeaders_data();
    void orderPageHasSecurityHeaders();
    void orderPageTableState_data();
    void orderPageTableState();
    void staticFilesWithEtag_data();
    void staticFilesWithEtag();
    void tableLinkRedirectsAndCountsScans();
    void tableLinkRefusesBadNumbers_data();
    void tableLinkRefusesBadNumbers();
    void inactiveTableIsShownUnavailable();
    void rateLimitPerClient();
    void rateLimitPerTable();

private:
    void setTableActive(int table, bool active);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<GuestLimits> m_limits;
    std::unique_ptr<GuestRoutes> m_routes;
    quint16 m_port = 0;
};

void TestGuestRoutes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>();
    QString error;
    QVERIFY2(tableside::server::testkit::openTestStore(*m_store, m_dir->path(), nullptr, &error), qPrintable(error));
    QVERIFY(m_store->flush());
    m_http = std::make_unique<QHttpServer>();
    m_limits = std::make_unique<GuestLimits>();
    m_routes = std::make_unique<GuestRoutes>(*m_store, *m_limits);
    m_routes->attach(*m_http);
    m_port = m_http->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

void TestGuestRoutes::cleanup()
{
    m_routes.reset();
    m_limits.reset();
    m_http.reset();
    m_store.reset();
    m_dir.reset();
}

void TestGuestRoutes::setTableActive(int table, bool active)
{
    // The owner switching a table off, straight in the database (a second connection, as
    // another process would).
    {
        QSqlDatabase db
            = tableside::server::testkit::addTestConnection(QStringLiteral("owner"), m_dir->path());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.prepare(
            QStringLiteral("UPDATE dining_tables SET is_active = ? WHERE table_number = ?")));
        query.addBindValue(active ? 1 : 0);
        query.addBindValue(table);
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));
    QCOMPARE(m_store->isTableActive(table), active);
}

void TestGuestRoutes::orderPageHasSecurityHeaders_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("language");
    QTest::newRow("bg") << QByteArray("/bg/order?table=3") << QByteArray("bg");
    QTest::newRow("en") << QByteArray("/en/order?table=3") << QByteArray("en");
}

void TestGuestRoutes::orderPageHasSecurityHeaders()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, language);
    const HttpReply r = RawHttpClient(m_port).get(path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("text/html; charset=utf-8"));
    const QByteArray csp = r.header("content-security-policy");
    QVERIFY(csp.contains("default-src 'self'"));
    QVERIFY(csp.contains("script-src 'self'"));
    QVERIFY(csp.contains("frame-ancestors 'none'"));
    QVERIFY(!csp.contains("unsafe-inline"));
    QVERIFY(!csp.contains("unsafe-eval"));
    QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(r.header("referrer-policy"), QByteArray("no-referrer"));
    QCOMPARE(r.header("x-frame-options"), QByteArray("DENY"));
    // Same-origin only: no CORS grant at all.
    QVERIFY(!r.headers.contains("access-control-allow-origin"));

    QVERIFY(r.body.contains(QByteArray("<html lang=\"" + language + "\">")));
    QVERIFY(r.body.contains("data-table=\"3\""));
    QVERIFY(r.body.contains("data-table-state=\"active\""));
    QVERIFY(r.body.contains("<script src=\"/guest/order.js\" defer></script>"));
    QVERIFY(!r.body.contains("{{"));
    // CSP forbids inline code, so the page must not rely on any: every <script> has a src,
    // no inline event handlers, no style attributes or <style> blocks.
    const QString html = QString::fromUtf8(r.body);
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("<script(?![^>]*\\ssrc=)"))));
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("\\son[a-z]+\\s*="))));
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("\\sstyle\\s*=|<style"))));
}

void TestGuestRoutes::orderPageTableState_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<QByteArray>("state");
    QTest::newRow("active") << QByteArray("/bg/order?table=20") << QByteArray("20")
                            << QByteArray("active");
    QTest::newRow("not configured")
        << QByteArray("/bg/order?table=21") << QByteArray("21") << QByteArray("unavailable");
    QTest::newRow("no table") << QByteArray("/en/order") << QByteArray("") << QByteArray("missing");
    QTest::newRow("garbage") << QByteArray("/bg/order?table=3abc") << QByteArray("")
                             << QByteArray("unavailable");
    QTest::newRow("zero") << QByteArray("/bg/order?table=0") << QByteArray("")
                          << QByteArray("unavailable");
    QTest::newRow("markup") << QByteArray("/bg/order?table=%22%3E%3Cscript%3Ealert(1)%3C/script%3E")
                            << QByteArray("") << QByteArray("unavailable");
}

void TestGuestRoutes::orderPageTableState()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, table);
    QFETCH(QByteArray, state);
    const HttpReply r = RawHttpClient(m_port).get(path);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.contains(QByteArray("data-table=\"" + table + "\"")), r.body.constData());
    QVERIFY(r.body.contains(QByteArray("data-table-state=\"" + state + "\"")));
    QVERIFY(!r.body.contains("alert(1)"));
}

void TestGuestRoutes::staticFilesWithEtag_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("snippet");
    QTest::newRow("order.js") << QByteArray("/guest/order.js")
                              << QByteArray("text/javascript; charset=utf-8")
                              << QByteArray("Idempotency-Key");
    QTest::newRow("i18n.js") << QByteArray("/guest/i18n.js")
                             << QByteArray("text/javascript; charset=utf-8")
                             << QByteArray("TABLESIDE_I18N");
    QTest::newRow("order.css") << QByteArray("/guest/order.css")
                               << QByteArray("text/css; charset=utf-8") << QByteArray(".cart");
}

void TestGuestRoutes::staticFilesWithEtag()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, snippet);
    RawHttpClient client(m_port);
    const HttpReply r = client.get(path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), contentType);
    QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
    QVERIFY(r.body.contains(snippet));
    const QByteArray etag = r.header("etag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));

    const HttpReply again = client.get(path, {{"If-None-Match", etag}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());

    QCOMPARE(client.get("/guest/missing.js").status, 404);
    QCOMPARE(client.get("/guest/order.html").status, 404); // the template is not a file to fetch
}

void TestGuestRoutes::tableLinkRedirectsAndCountsScans()
{
    RawHttpClient client(m_port);
    QCOMPARE(m_store->tableScanCount(3), 0);
    for (int scan = 1; scan <= 3; ++scan) {
        const HttpReply r = client.get("/t/3");
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("location"), QByteArray("/bg/order?table=3"));
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        QTRY_COMPARE(m_store->tableScanCount(3), scan);
    }
    QCOMPARE(m_store->tableScanCount(4), 0);

    // An unknown table still lands on the page, which then says the table is not available.
    const HttpReply unknown = client.get("/t/77");
    QCOMPARE(unknown.status, 302);
    QCOMPARE(unknown.header("location"), QByteArray("/bg/order?table=77"));
    const HttpReply page = client.get(unknown.header("location"));
    QVERIFY(page.body.contains("data-table-state=\"unavailable\""));
}

void TestGuestRoutes::tableLinkRefusesBadNumbers_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("letters") << QByteArray("/t/abc");
    QTest::newRow("zero") << QByteArray("/t/0");
    QTest::newRow("too big") << QByteArray("/t/10000");
    QTest::newRow("negative") << QByteArray("/t/-3");
    QTest::newRow("suffix") << QByteArray("/t/3x");
}

void TestGuestRoutes::tableLinkRefusesBadNumbers()
{
    QFETCH(QByteArray, path);
    const HttpReply r = RawHttpClient(m_port).get(path);
    QCOMPARE(r.status, 404);
    QVERIFY(r.header("location").isEmpty());
}

void TestGuestRoutes::inactiveTableIsShownUnavailable()
{
    setTableActive(4, false);
    RawHttpClient client(m_port);
    const HttpReply link = client.get("/t/4");
    QCOMPARE(link.status, 302);
    QCOMPARE(link.header("location"), QByteArray("/bg/order?table=4"));
    QTRY_COMPARE(m_store->tableScanCount(4), 1); // the scan of a switched-off card still counts
    const HttpReply page = client.get("/en/order?table=4");
    QVERIFY(page.body.contains("data-table-state=\"unavailable\""));

    setTableActive(4, true);
    QVERIFY(client.get("/en/order?table=4").body.contains("data-table-state=\"active\""));
}

void TestGuestRoutes::rateLimitPerClient()
{
    // One phone hammering the QR link: the burst passes, then 429 with Retry-After and JSON.
    RawHttpClient phone(m_port, QHostAddress(QStringLiteral("127.0.0.2")));
    const int burst = GuestLimits::defaultClientLimit(GuestLimits::Scope::TableLink).burst;
    for (int i = 0; i < burst; ++i)
        QCOMPARE(phone.get(QStringLiteral("/t/%1").arg(1 + i % 20)).status, 302);
    const HttpReply refused = phone.get("/t/1");
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("retry-after").toInt() >= 1);
    const QJsonObject json = QJsonDocument::fromJson(refused.body).object();
    QCOMPARE(json.value("error").toString(), QStringLiteral("rate_limited"));
    QVERIFY(!json.value("message").toString().isEmpty());

    // Another phone is not affected.
    QCOMPARE(RawHttpClient(m_port, QHostAddress(QStringLiteral("127.0.0.3"))).get("/t/1").status,
             302);
}

void TestGuestRoutes::rateLimitPerTable()
{
    // Many phones each under their own limit, all scanning table 7: the table's bucket runs out.
    const int clientBurst = GuestLimits::defaultClientLimit(GuestLimits::Scope::TableLink).burst;
    const int tableBurst = GuestLimits::defaultTableLimit(GuestLimits::Scope::TableLink).burst;
    int admitted = 0;
    int refused = 0;
    for (int phone = 0; admitted + refused < tableBurst + 2; ++phone) {
        RawHttpClient client(m_port, QHostAddress(QStringLiteral("127.0.1.%1").arg(phone + 1)));
        for (int i = 0; i < clientBurst - 1 && admitted + refused < tableBurst + 2; ++i) {
            const HttpReply r = client.get("/t/7");
            if (r.status == 302) {
                ++admitted;
            } else {
                QCOMPARE(r.status, 429);
                QVERIFY(r.header("retry-after").toInt() >= 1);
                ++refused;
            }
        }
    }
    QCOMPARE(admitted, tableBurst);
    QCOMPARE(refused, 2);
    // Table 8 is another bucket.
    QCOMPARE(RawHttpClient(m_port, QHostAddress(QStringLiteral("127.0.2.1"))).get("/t/8").status,
             302);
}

QTEST_MAIN(TestGuestRoutes)
#include "tst_guestroutes.moc"
