// GET /api/guest/tables/{n}/bill against the real server (guest/requireTableToken=true): the
// table's open tab with each order's status, totals in EUR cents with BGN derived once; an
// ETag and If-None-Match → 304 while nothing changed; another table's bill, a phone without
// the table's link and unknown tables refused with the JSON error; rate-limited per phone.
#include "guestbillcontroller.h"
#include "orderbody.h"
#include "rawhttpclient.h"
#include "serverprocess.h"

#include "money.h"
#include "order.h"
#include "tab.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace tableside;
using namespace tableside::server;

class TestGuestBill : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void billJsonSumsTheOpenTab();
    void showsTheTablesOrdersAndStatuses();
    void answers304WhileNothingChanged();
    void refusesOtherTables_data();
    void refusesOtherTables();
    void isRateLimitedPerPhone();

private:
    HttpReply open(int table, const QHostAddress &from);
    HttpReply bill(int table, const QByteArray &cookie, const HttpHeaders &extra = {},
                   const QHostAddress &from = QHostAddress(QStringLiteral("127.0.0.1")));
    QString createOrder(int table, const QByteArray &cookie, const QList<QPair<int, int>> &lines);

    std::unique_ptr<ServerProcess> m_server;
    QStringList m_links;
    QByteArray m_token;
    QByteArray m_table3;
};

void TestGuestBill::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->isValid());
    QVERIFY(m_server->addStaff(QStringLiteral("Maria"), QStringLiteral("482913"),
                               QStringLiteral("manager")));
    m_server->requireTableLinks();
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    m_links = m_server->tableLinks(QStringLiteral("1-5"));
    QCOMPARE(m_links.size(), 5);
    m_token = m_server->http().login(QStringLiteral("482913")).toUtf8();
    QVERIFY(!m_token.isEmpty());
    m_table3 = open(3, QHostAddress(QStringLiteral("127.0.0.3")))
                   .header("set-cookie")
                   .split(';')
                   .first()
                   .trimmed();
    QVERIFY(m_table3.startsWith("tableside_table=3."));
}

HttpReply TestGuestBill::open(int table, const QHostAddress &from)
{
    const QUrl link(m_links.at(table - 1));
    RawHttpClient client(m_server->port(), from);
    return client.get(link.path() + u'?' + link.query());
}

HttpReply TestGuestBill::bill(int table, const QByteArray &cookie, const HttpHeaders &extra,
                              const QHostAddress &from)
{
    RawHttpClient client(m_server->port(), from);
    HttpHeaders headers = extra;
    if (!cookie.isEmpty())
        headers.append({"Cookie", cookie});
    return client.get(QStringLiteral("/api/guest/tables/%1/bill").arg(table), headers);
}

QString TestGuestBill::createOrder(int table, const QByteArray &cookie,
                                   const QList<QPair<int, int>> &lines)
{
    RawHttpClient client(m_server->port());
    const HttpReply reply = client.post(QStringLiteral("/api/orders/create"),
                                        orderBody(table, lines), {{"Cookie", cookie}});
    if (reply.status != 201)
        qWarning() << reply.status << reply.body;
    return reply.json()
        .value(QStringLiteral("order"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

void TestGuestBill::billJsonSumsTheOpenTab()
{
    // Many random orders on one tab: the bill's total is the exact sum of the lines, BGN is
    // derived once from that EUR total, and no staff name reaches the guest.
    QRandomGenerator random(15);
    TableTab tab;
    tab.tableNumber = 2;
    qint64 expected = 0;
    for (int i = 0; i < 300; ++i) {
        Order order;
        order.id = QStringLiteral("o%1").arg(i);
        order.orderNumber = i + 1;
        order.tableNumber = 2;
        order.status = OrderStatus(random.bounded(4)); // pending … completed
        order.changedBy = QStringLiteral("Мария Иванова");
        for (int line = 0; line < 1 + random.bounded(4); ++line) {
            OrderItem item;
            item.id = line;
            item.productId = 1 + line;
            item.productName = QStringLiteral("x");
            item.quantity = 1 + random.bounded(5);
            item.unitPrice = Money::fromEuroCents(random.bounded(1, 5000));
            expected += item.unitPrice.euroCents() * item.quantity;
            order.items.append(item);
        }
        tab.orders.append(order);
    }
    const QJsonObject json = GuestBillController::billJson(tab, false);
    QCOMPARE(json.value("tableNumber").toInt(), 2);
    QCOMPARE(json.value("orders").toArray().size(), 300);
    QCOMPARE(json.value("totalEurCents").toInteger(), expected);
    QCOMPARE(json.value("totalBgnCents").toInteger(), Money::fromEuroCents(expected).bgnCents());
    QCOMPARE(json.value("paid").toBool(), false);
    QVERIFY(!QJsonDocument(json).toJson().contains("Иванова"));
    // Paid only with nothing left on the tab.
    QCOMPARE(GuestBillController::billJson(tab, true).value("paid").toBool(), false);
    TableTab empty;
    empty.tableNumber = 2;
    QCOMPARE(GuestBillController::billJson(empty, true).value("paid").toBool(), true);
    QCOMPARE(GuestBillController::billJson(empty, false).value("paid").toBool(), false);
    QCOMPARE(GuestBillController::billJson(empty, true).value("totalEurCents").toInt(), 0);
}

void TestGuestBill::showsTheTablesOrdersAndStatuses()
{
    const QString first = createOrder(3, m_table3, {{1, 2}, {2, 1}});
    const QString second = createOrder(3, m_table3, {{3, 1}});
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    RawHttpClient staff(m_server->port());
    staff.setToken(m_token);
    QCOMPARE(
        staff.patch(QStringLiteral("/api/orders/%1/status").arg(first), {{"status", "preparing"}})
            .status,
        200);

    const HttpReply reply = bill(3, m_table3);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("content-security-policy").contains("default-src 'self'"));
    QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
    const QJsonObject json = reply.json();
    QCOMPARE(json.value("tableNumber").toInt(), 3);
    const QJsonArray orders = json.value("orders").toArray();
    QCOMPARE(orders.size(), 2);
    qint64 sum = 0;
    QHash<QString, QString> statuses;
    for (const QJsonValue &value : orders) {
        const QJsonObject order = value.toObject();
        sum += order.value("totalEurCents").toInteger();
        statuses.insert(order.value("id").toString(), order.value("status").toString());
    }
    QCOMPARE(statuses.value(first), QStringLiteral("preparing"));
    QCOMPARE(statuses.value(second), QStringLiteral("pending"));
    QCOMPARE(json.value("totalEurCents").toInteger(), sum);
    QCOMPARE(json.value("totalBgnCents").toInteger(), Money::fromEuroCents(sum).bgnCents());
    QCOMPARE(json.value("paid").toBool(), false);

    // A cancelled order leaves the bill.
    QCOMPARE(
        staff.patch(QStringLiteral("/api/orders/%1/status").arg(second), {{"status", "cancelled"}})
            .status,
        200);
    QCOMPARE(bill(3, m_table3).json().value("orders").toArray().size(), 1);
}

void TestGuestBill::answers304WhileNothingChanged()
{
    const QString id = createOrder(3, m_table3, {{1, 1}});
    const HttpReply first = bill(3, m_table3);
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.header("etag");
    QVERIFY2(etag.startsWith('"') && etag.endsWith('"'), etag.constData());
    const HttpReply same = bill(3, m_table3, {{"If-None-Match", etag}});
    QCOMPARE(same.status, 304);
    QVERIFY(same.body.isEmpty());
    QCOMPARE(same.header("etag"), etag);
    // Weak and listed forms match too.
    QCOMPARE(bill(3, m_table3, {{"If-None-Match", "\"x\", W/" + etag}}).status, 304);

    RawHttpClient staff(m_server->port());
    staff.setToken(m_token);
    QCOMPARE(staff.patch(QStringLiteral("/api/orders/%1/status").arg(id), {{"status", "preparing"}})
                 .status,
             200);
    const HttpReply changed = bill(3, m_table3, {{"If-None-Match", etag}});
    QCOMPARE(changed.status, 200);
    QVERIFY(changed.header("etag") != etag);
    qInfo() << "unchanged bill:" << same.body.size()
            << "byte body (304); changed:" << changed.body.size() << "bytes";
}

void TestGuestBill::refusesOtherTables_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QByteArray>("cookie");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("another table's bill") << "4" << QByteArray("3") << 403 << "table_link_invalid";
    QTest::newRow("no table link") << "3" << QByteArray() << 403 << "table_link_required";
    QTest::newRow("forged session")
        << "3" << QByteArray("tableside_table=3.AAAAAAAAAAAAAAAA") << 403 << "table_link_invalid";
    QTest::newRow("unknown table") << "99" << QByteArray("3") << 404 << "not_found";
    QTest::newRow("not a number") << "3abc" << QByteArray("3") << 404 << "not_found";
    QTest::newRow("zero") << "0" << QByteArray("3") << 404 << "not_found";
}

void TestGuestBill::refusesOtherTables()
{
    QFETCH(QString, table);
    QFETCH(QByteArray, cookie);
    QFETCH(int, status);
    QFETCH(QString, error);
    if (cookie == "3")
        cookie = m_table3;
    RawHttpClient client(m_server->port());
    HttpHeaders headers;
    if (!cookie.isEmpty())
        headers.append({"Cookie", cookie});
    const HttpReply reply
        = client.get(QStringLiteral("/api/guest/tables/%1/bill").arg(table), headers);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json().value("error").toString(), error);
    QVERIFY(!reply.json().value("message").toString().isEmpty());
    QVERIFY(!reply.body.contains("orders"));
}

void TestGuestBill::isRateLimitedPerPhone()
{
    // One phone polling far faster than the page does (every 5 s): refused after its burst.
    const QHostAddress phone(QStringLiteral("127.0.0.77"));
    int ok = 0;
    int limited = 0;
    QByteArray retryAfter;
    for (int i = 0; i < 40; ++i) {
        const HttpReply reply = bill(3, m_table3, {}, phone);
        ok += reply.status == 200;
        if (reply.status == 429) {
            ++limited;
            retryAfter = reply.header("retry-after");
            QCOMPARE(reply.json().value("error").toString(), QStringLiteral("rate_limited"));
        }
    }
    QVERIFY2(ok >= 20 && ok < 40, qPrintable(QString::number(ok)));
    QCOMPARE(ok + limited, 40);
    QVERIFY(retryAfter.toInt() >= 1);
    // Another phone at the same table is not held up by it.
    QCOMPARE(bill(3, m_table3, {}, QHostAddress(QStringLiteral("127.0.0.78"))).status, 200);
}

QTEST_MAIN(TestGuestBill)
#include "tst_guestbill.moc"
