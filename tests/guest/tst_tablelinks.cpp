// Signed table links against the real tableside-server binary, as a guest's phone (or a
// stranger on the Wi-Fi) would try them: /t/<n>?k=<token>, the session cookie, the 403s, the
// table-links command and its rotation, and the transition setting.
#include "teststore.h"
#include "httpclient.h"
#include "orderbody.h"
#include "rawhttpclient.h"
#include "schema.h"
#include "serverprocess.h"
#include "store.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using tableside::server::Store;

class TestTableLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void phoneOpensLinkThenOrders();
    void orderNeedsTheTablesLink_data();
    void orderNeedsTheTablesLink();
    void anotherTablesSessionIsRefused();
    void forgedRequestsDoNotDrainTheTable();
    void tableLinksPrintsVerifiableUrls();
    void rotationInvalidatesOldLinks();
    void transitionSettingKeepsUnsignedLinks();
    void upgradedDatabaseDefaultsToUnsigned();

private:
    // Opens @p link (a full URL) on a raw connection: the 302 and its Set-Cookie.
    HttpReply open(const QString &link);
    // "tableside_table=…" from a Set-Cookie header (its first attribute), or empty.
    static QByteArray cookieOf(const HttpReply &reply);
    HttpReply order(int table, const QByteArray &cookie);
    HttpReply call(int table, const QByteArray &cookie);
    int activeOrders();

    std::unique_ptr<ServerProcess> m_server;
    QStringList m_links; // tables 1-20
    QString m_token;
    int m_opened = 0;
};

void TestTableLinks::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->isValid());
    QVERIFY2(m_server->addStaff(QStringLiteral("Maria"), QStringLiteral("482913"),
                                QStringLiteral("manager")),
             qPrintable(m_server->output()));
    m_server->requireTableLinks();
    m_server->disableGuestLimits();
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    m_links = m_server->tableLinks(QStringLiteral("1-20"));
    QCOMPARE(m_links.size(), 20);
    m_token = m_server->http().login(QStringLiteral("482913"));
    QVERIFY(!m_token.isEmpty());
}

HttpReply TestTableLinks::open(const QString &link)
{
    const QUrl url(link);
    // Each from its own loopback address, as many phones: /t/<n> is rate-limited per client.
    ++m_opened;
    RawHttpClient client(
        m_server->port(),
        QHostAddress(
            QStringLiteral("127.0.%1.%2").arg(1 + m_opened / 250).arg(1 + m_opened % 250)));
    return client.get(url.path(QUrl::FullyEncoded)
                      + (url.hasQuery() ? u'?' + url.query(QUrl::FullyEncoded) : QString()));
}

QByteArray TestTableLinks::cookieOf(const HttpReply &reply)
{
    return reply.header("set-cookie").split(';').first().trimmed();
}

HttpReply TestTableLinks::order(int table, const QByteArray &cookie)
{
    RawHttpClient client(m_server->port());
    HttpHeaders headers;
    if (!cookie.isEmpty())
        headers.append({"Cookie", cookie});
    return client.post(QStringLiteral("/api/orders/create"), orderBody(table, {{1, 1}}), headers);
}

HttpReply TestTableLinks::call(int table, const QByteArray &cookie)
{
    RawHttpClient client(m_server->port());
    HttpHeaders headers;
    if (!cookie.isEmpty())
        headers.append({"Cookie", cookie});
    return client.post(QStringLiteral("/api/waiter-call"),
                       {{QStringLiteral("tableNumber"), table},
                        {QStringLiteral("callType"), QStringLiteral("help")}},
                       headers);
}

int TestTableLinks::activeOrders()
{
    return m_server->http()
        .json("GET", QStringLiteral("/api/orders/active"), {}, m_token)
        .value(QStringLiteral("orders"))
        .toArray()
        .size();
}

void TestTableLinks::orderNeedsTheTablesLink_data()
{
    QTest::addColumn<QByteArray>("cookie");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("no session") << QByteArray() << 403 << "table_link_required";
    QTest::newRow("forged token") << QByteArray("tableside_table=3.AAAAAAAAAAAAAAAA") << 403
                                  << "table_link_invalid";
    QTest::newRow("garbage cookie")
        << QByteArray("tableside_table=3.<script>") << 403 << "table_link_invalid";
    QTest::newRow("other cookies only")
        << QByteArray("theme=dark; lang=bg") << 403 << "table_link_required";
    QTest::newRow("the right one") << QByteArray("RIGHT") << 201 << "";
}

void TestTableLinks::orderNeedsTheTablesLink()
{
    QFETCH(QByteArray, cookie);
    QFETCH(int, status);
    QFETCH(QString, error);
    if (cookie == "RIGHT") {
        const HttpReply opened = open(m_links.at(2));
        QCOMPARE(opened.status, 302);
        QCOMPARE(opened.header("location"), QByteArray("/bg/order?table=3"));
        const QByteArray setCookie = opened.header("set-cookie");
        QVERIFY2(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict")
                     && setCookie.contains("Path=/"),
                 setCookie.constData());
        cookie = cookieOf(opened);
    }
    const int before = activeOrders();
    const HttpReply reply = order(3, cookie);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), error);
    if (status == 403)
        QVERIFY(!reply.json().value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(activeOrders(), before + (status == 201 ? 1 : 0));
}

void TestTableLinks::anotherTablesSessionIsRefused()
{
    const QByteArray table3 = cookieOf(open(m_links.at(2)));
    QVERIFY(table3.startsWith("tableside_table=3."));
    // Table 3's session, table 12 named in the body (and table 3's token under table 12).
    const QByteArray swapped = "tableside_table=12." + table3.mid(table3.indexOf('.') + 1);
    const int before = activeOrders();
    QCOMPARE(order(12, table3).status, 403);
    QCOMPARE(order(12, swapped).status, 403);
    QCOMPARE(call(12, table3).status, 403);
    QCOMPARE(call(12, swapped).status, 403);
    QCOMPARE(call(3, table3).status, 201);
    QCOMPARE(activeOrders(), before);
    qInfo() << "table 3's session: 4 of 4 requests for table 12 refused (403), its own call 201";
}

void TestTableLinks::forgedRequestsDoNotDrainTheTable()
{
    // A server with the default per-table burst: forged requests never reach the table's bucket.
    ServerProcess server;
    QVERIFY(server.isValid());
    server.requireTableLinks();
    server.setConfig(QStringLiteral("orders/guestWritesPerMinute"), 0);
    server.setConfig(QStringLiteral("orders/tableOrderBurst"), 3);
    server.setConfig(QStringLiteral("orders/tableOrdersPerMinute"), 1);
    QVERIFY2(server.start(), qPrintable(server.output()));
    const QStringList links = server.tableLinks(QStringLiteral("5"));
    QCOMPARE(links.size(), 1);
    const QUrl link(links.first());
    RawHttpClient stranger(server.port());
    int refused = 0;
    for (int i = 0; i < 50; ++i) {
        const HttpReply reply = stranger.post(
            QStringLiteral("/api/orders/create"), orderBody(5, {{1, 1}}),
            {{"Cookie", QByteArray("tableside_table=5.") + QByteArray(16, char('A' + i % 26))}});
        refused += reply.status == 403 ? 1 : 0;
    }
    QCOMPARE(refused, 50);
    RawHttpClient phone(server.port());
    const HttpReply opened = phone.get(link.path() + u'?' + link.query());
    const QByteArray cookie = cookieOf(opened);
    int created = 0;
    for (int i = 0; i < 3; ++i)
        created += phone
                       .post(QStringLiteral("/api/orders/create"), orderBody(5, {{1, 1}}),
                             {{"Cookie", cookie}})
                       .status
            == 201;
    QCOMPARE(created, 3);
    qInfo() << "50 forged orders refused (403), then the table's burst of 3 real orders: 3 x 201";
}

void TestTableLinks::tableLinksPrintsVerifiableUrls()
{
    static const QRegularExpression shape(
        QStringLiteral("^http://127\\.0\\.0\\.1:\\d+/t/(\\d+)\\?k=[A-Za-z0-9_-]{16}$"));
    int accepted = 0;
    for (int i = 0; i < m_links.size(); ++i) {
        const QRegularExpressionMatch match = shape.match(m_links.at(i));
        QVERIFY2(match.hasMatch(), qPrintable(m_links.at(i)));
        QCOMPARE(match.captured(1).toInt(), i + 1);
        const HttpReply opened = open(m_links.at(i));
        QCOMPARE(opened.status, 302);
        accepted += cookieOf(opened).startsWith(
            QByteArray("tableside_table=" + QByteArray::number(i + 1) + '.'));
    }
    QCOMPARE(accepted, 20);
    // Printed again: the same links (the cards stay valid until a rotation).
    QCOMPARE(m_server->tableLinks(QStringLiteral("1-20")), m_links);
    // Without --tables: every active table (1–20 on a new installation).
    QCOMPARE(m_server->tableLinks(), m_links);
    qInfo() << "table-links printed 20 URLs, 20 of 20 opened a session for their table";
}

void TestTableLinks::rotationInvalidatesOldLinks()
{
    const QString old7 = m_links.at(6);
    const QString old8 = m_links.at(7);
    const QByteArray session7 = cookieOf(open(old7));
    const QByteArray session8 = cookieOf(open(old8));
    QCOMPARE(order(7, session7).status, 201);

    // One table, while the server runs.
    const QStringList rotated = m_server->tableLinks(QStringLiteral("7"), true);
    QCOMPARE(rotated.size(), 1);
    QVERIFY(rotated.first() != old7);
    QVERIFY(cookieOf(open(old7)).isEmpty());
    QCOMPARE(order(7, session7).status, 403);
    QCOMPARE(order(7, session7).body.contains("table_link_invalid"), true);
    QCOMPARE(order(7, cookieOf(open(rotated.first()))).status, 201);
    QCOMPARE(order(8, session8).status, 201); // the other tables keep theirs

    // Every table: a new secret.
    QVERIFY(m_server->tableLinks({}, true).size() == 20);
    QVERIFY(cookieOf(open(old8)).isEmpty());
    QCOMPARE(order(8, session8).status, 403);
    m_links = m_server->tableLinks(QStringLiteral("1-20"));
    QCOMPARE(m_links.size(), 20);
    QVERIFY(!m_links.contains(old8));
    QCOMPARE(order(8, cookieOf(open(m_links.at(7)))).status, 201);
    qInfo() << "after rotating table 7: its old link and session refused, table 8's kept;"
            << "after rotating all: table 8's old link and session refused";
}

void TestTableLinks::phoneOpensLinkThenOrders()
{
    // The harness as a phone (first, while 127.0.0.1's /t/<n> budget is whole): the network
    // manager keeps the cookie across the redirect.
    HttpClient phone(m_server->port());
    GuestClient guest(phone);
    QVERIFY(guest.createOrder(9).isEmpty()); // no link opened yet: 403
    QCOMPARE(guest.openTableLink(QUrl(m_links.at(8))), 200);
    QVERIFY(!guest.createOrder(9).isEmpty());
    QVERIFY(!guest.createCall(9).isEmpty());
    QVERIFY(guest.createOrder(10).isEmpty());
}

void TestTableLinks::transitionSettingKeepsUnsignedLinks()
{
    ServerProcess server; // the harness default: guest/requireTableToken=false
    QVERIFY(server.isValid());
    QVERIFY2(server.start(), qPrintable(server.output()));
    RawHttpClient client(server.port());
    const HttpReply bare = client.get(QStringLiteral("/t/4"));
    QCOMPARE(bare.status, 302);
    QVERIFY(bare.header("set-cookie").isEmpty());
    QCOMPARE(client.post(QStringLiteral("/api/orders/create"), orderBody(4, {{1, 1}})).status, 201);
    QCOMPARE(client
                 .post(QStringLiteral("/api/waiter-call"),
                       {{QStringLiteral("tableNumber"), 11},
                        {QStringLiteral("callType"), QStringLiteral("help")}})
                 .status,
             201);
    // A signed link still opens a session there (new cards work during the transition).
    const QStringList links = server.tableLinks(QStringLiteral("4"));
    QCOMPARE(links.size(), 1);
    const QUrl link(links.first());
    QVERIFY(client.get(link.path() + u'?' + link.query())
                .header("set-cookie")
                .startsWith("tableside_table=4."));
}

void TestTableLinks::upgradedDatabaseDefaultsToUnsigned()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        // A database from before the signed links (schema 2) that already served guests: its
        // first start stored app_id. No decision, no key table yet.
        QSqlDatabase db = tableside::server::testkit::addTestConnection(QStringLiteral("downgrade"),
                                                                        dir.path());
        QVERIFY(db.open());
        QString error;
        QVERIFY2(tableside::server::Schema::migrate(db, nullptr, &error, 2), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('app_id', 'upgraded-app')")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
    Store store;
    QString error;
    QVERIFY2(tableside::server::testkit::openTestStore(store, dir.path(), nullptr, &error), qPrintable(error));
    QVERIFY(!store.tableTokenRequiredByDefault());
    // It still gets a secret, so cards can be signed before the setting is switched on.
    QCOMPARE(store.tableLinkToken(3).size(), 16);
    QVERIFY(store.acceptsTableLinkToken(3, store.tableLinkToken(3)));
}

QTEST_MAIN(TestTableLinks)
#include "tst_tablelinks.moc"
