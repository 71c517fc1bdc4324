// The bill's REST routes against an in-process server: the tables view, a tab, payments
// (whole, items, parts; Idempotency-Key), voids by role, moves and merges, validation answers
// with nothing changed, a payment call carrying the tab, and the origin's aliases.
#include "httpclient.h"
#include "inprocessserver.h"
#include "orderbody.h"
#include "rawhttpclient.h"

#include <QJsonArray>
#include <QTest>

using namespace tableside;
using namespace tableside::server;

class TestPaymentsApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessServer> m_server;
    QString m_manager;
    QString m_waiter;

    QString order(int table, const QList<QPair<int, int>> &lines)
    {
        RawHttpClient client(m_server->port());
        const HttpReply reply
            = client.post(QStringLiteral("/api/orders/create"), orderBody(table, lines));
        if (reply.status != 201)
            qWarning("order: %s", reply.body.constData());
        return reply.json().value("order").toObject().value("id").toString();
    }

    HttpReply post(const QString &path, const QJsonObject &body, const QString &token,
                   const HttpHeaders &headers = {})
    {
        HttpClient http(m_server->port());
        HttpHeaders all = headers;
        all.append(std::make_pair(QByteArray("Content-Type"), QByteArray("application/json")));
        return http.request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token,
                            all);
    }

    QJsonObject get(const QString &path, int *status = nullptr)
    {
        HttpClient http(m_server->port());
        return http.json("GET", path, {}, m_waiter, status);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<InProcessServer>(InProcessServer::unlimitedSettings());
        m_manager = QString::fromUtf8(m_server->login(QStringLiteral("1111")));
        m_waiter = QString::fromUtf8(m_server->login(QStringLiteral("2222")));
        QVERIFY(!m_manager.isEmpty() && !m_waiter.isEmpty());
    }
    void cleanup() { m_server.reset(); }

    void tablesViewAndTab()
    {
        const QString id = order(3, {{1, 2}, {10, 1}});
        QVERIFY(!id.isEmpty());
        int status = 0;
        const QJsonObject tables = get(QStringLiteral("/api/tables"), &status);
        QCOMPARE(status, 200);
        const QJsonArray list = tables.value("tables").toArray();
        QVERIFY(list.size() >= 20);
        const QJsonObject three = list.at(2).toObject();
        QCOMPARE(three.value("tableNumber").toInt(), 3);
        QCOMPARE(three.value("state").toString(), QStringLiteral("open"));
        for (const char *key : {"name", "area", "seats", "lastActivityAt", "openCalls"})
            QVERIFY2(three.contains(key), key);
        const QJsonObject summary = three.value("tab").toObject();
        QCOMPARE(list.at(0).toObject().value("state").toString(), QStringLiteral("free"));

        const QJsonObject tab = get(QStringLiteral("/api/tables/3/tab"), &status);
        QCOMPARE(status, 200);
        QCOMPARE(tab.value("tableNumber").toInt(), 3);
        QCOMPARE(tab.value("totalEurCents"), summary.value("totalEurCents"));
        QCOMPARE(tab.value("totalBgn"), summary.value("totalBgn"));
        const QJsonObject first = tab.value("orders").toArray().first().toObject();
        QCOMPARE(first.value("id").toString(), id);
        QCOMPARE(first.value("isPaid").toBool(), false);
        QVERIFY(first.value("paymentMethod").isNull());
        QCOMPARE(first.value("items").toArray().at(1).toObject().value("id").toInt(), 1);
        get(QStringLiteral("/api/tables/999/tab"), &status);
        QCOMPARE(status, 404);
        // Guests do not see the tables view.
        RawHttpClient guest(m_server->port());
        QCOMPARE(guest.get(QStringLiteral("/api/tables")).status, 401);
    }

    // The same Idempotency-Key twice (a retried tap): one payment, the same answer.
    void doubleSubmitPaysOnce()
    {
        order(4, {{7, 2}});
        const HttpHeaders key {{"Idempotency-Key", "tap-1"}};
        const QJsonObject body {{"method", "cash"}, {"tenderedEurCents", 5000}};
        const HttpReply first = post(QStringLiteral("/api/tables/4/payments"), body, m_waiter, key);
        QCOMPARE(first.status, 201);
        const HttpReply second
            = post(QStringLiteral("/api/tables/4/payments"), body, m_waiter, key);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(second.json().value("payment").toObject().value("id"),
                 first.json().value("payment").toObject().value("id"));
        QCOMPARE(m_server->store().tablePayments(4).size(), 1);
        const QJsonObject payment = first.json().value("payment").toObject();
        QCOMPARE(payment.value("takenBy").toString(), QStringLiteral("Ivan"));
        QCOMPARE(payment.value("changeEurCents").toInteger(),
                 5000 - payment.value("amountEurCents").toInteger());
        QCOMPARE(first.json().value("tab").toObject().value("totalEurCents").toInt(), 0);
        // The same key for another body is refused.
        const HttpReply other
            = post(QStringLiteral("/api/tables/4/payments"), {{"method", "card"}}, m_waiter, key);
        QCOMPARE(other.status, 422);
        QCOMPARE(other.json().value("error").toString(), QStringLiteral("idempotency_key_reused"));
        int status = 0;
        const QJsonObject tables = get(QStringLiteral("/api/tables"), &status);
        QCOMPARE(tables.value("tables").toArray().at(3).toObject().value("state").toString(),
                 QStringLiteral("paid"));
    }

    void voidNeedsAManager()
    {
        order(5, {{2, 1}});
        const HttpReply paid
            = post(QStringLiteral("/api/tables/5/payments"), {{"method", "card"}}, m_waiter);
        QCOMPARE(paid.status, 201);
        const QString id = paid.json().value("payment").toObject().value("id").toString();
        const QString path = QStringLiteral("/api/payments/%1/void").arg(id);
        QCOMPARE(post(path, {{"reason", "wrong table"}}, m_waiter).status, 403);
        QCOMPARE(post(path, {}, m_manager).status, 400);
        const HttpReply voided = post(path, {{"reason", "wrong table"}}, m_manager);
        QCOMPARE(voided.status, 200);
        QCOMPARE(voided.json().value("payment").toObject().value("voided").toBool(), true);
        QVERIFY(voided.json().value("tab").toObject().value("totalEurCents").toInt() > 0);
        const HttpReply again = post(path, {{"reason", "again"}}, m_manager);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json().value("error").toString(), QStringLiteral("already_voided"));
    }

    void refusedWithNothingChanged_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("no method") << QJsonObject {} << 400 << "invalid_request";
        QTest::newRow("bad method") << QJsonObject {{"method", "iou"}} << 400 << "invalid_request";
        QTest::newRow("negative tip")
            << QJsonObject {{"method", "card"}, {"tipEurCents", -1}} << 400 << "invalid_request";
        QTest::newRow("huge tip") << QJsonObject {{"method", "card"}, {"tipEurCents", 10000000}}
                                  << 400 << "invalid_request";
        QTest::newRow("fraction") << QJsonObject {{"method", "card"}, {"tipEurCents", 1.5}} << 400
                                  << "invalid_request";
        QTest::newRow("1 part") << QJsonObject {{"method", "card"}, {"parts", 1}} << 400
                                << "invalid_request";
        QTest::newRow("21 parts") << QJsonObject {{"method", "card"}, {"parts", 21}} << 400
                                  << "invalid_request";
        QTest::newRow("too little cash")
            << QJsonObject {{"method", "cash"}, {"tenderedEurCents", 1}} << 422
            << "payment_invalid";
        QTest::newRow("tendered by card")
            << QJsonObject {{"method", "card"}, {"tenderedEurCents", 100000}} << 422
            << "payment_invalid";
        QTest::newRow("unknown order")
            << QJsonObject {{"method", "card"},
                            {"items",
                             QJsonArray {QJsonObject {
                                 {"orderId", "nope"}, {"itemId", 0}, {"quantity", 1}}}}}
            << 422 << "payment_invalid";
        QTest::newRow("zero quantity")
            << QJsonObject {{"method", "card"},
                            {"items",
                             QJsonArray {
                                 QJsonObject {{"orderId", "x"}, {"itemId", 0}, {"quantity", 0}}}}}
            << 400 << "invalid_request";
    }

    void refusedWithNothingChanged()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        order(6, {{10, 2}});
        const qint64 seq = m_server->store().latestSeq();
        const HttpReply reply = post(QStringLiteral("/api/tables/6/payments"), body, m_waiter);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().value("error").toString(), error);
        QVERIFY(!reply.json().value("message").toString().isEmpty());
        QCOMPARE(m_server->store().latestSeq(), seq);
        QVERIFY(m_server->store().tablePayments(6).isEmpty());
    }

    void splitConflicts()
    {
        order(7, {{8, 3}});
        QCOMPARE(post(QStringLiteral("/api/tables/7/payments"), {{"method", "card"}, {"parts", 3}},
                      m_waiter)
                     .status,
                 201);
        const HttpReply conflict = post(QStringLiteral("/api/tables/7/payments"),
                                        {{"method", "card"}, {"parts", 2}}, m_waiter);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.json().value("error").toString(), QStringLiteral("split_conflict"));
        const HttpReply move
            = post(QStringLiteral("/api/tables/7/move"), {{"toTable", 8}}, m_waiter);
        QCOMPARE(move.status, 409);
        QCOMPARE(move.json().value("error").toString(), QStringLiteral("split_in_progress"));
    }

    void moveAndMerge()
    {
        const QString a = order(9, {{1, 1}});
        order(10, {{2, 1}});
        HttpReply reply
            = post(QStringLiteral("/api/orders/%1/move").arg(a), {{"tableNumber", 11}}, m_waiter);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("order").toObject().value("tableNumber").toInt(), 11);
        QCOMPARE(reply.json().value("to").toObject().value("orders").toArray().size(), 1);
        reply = post(QStringLiteral("/api/tables/11/merge"), {{"fromTable", 10}}, m_waiter);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("tab").toObject().value("orders").toArray().size(), 2);
        reply = post(QStringLiteral("/api/tables/11/move"), {{"toTable", 12}}, m_waiter);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("to").toObject().value("orders").toArray().size(), 2);
        QCOMPARE(post(QStringLiteral("/api/tables/11/move"), {{"toTable", 12}}, m_waiter).status,
                 409);
        QCOMPARE(post(QStringLiteral("/api/tables/12/move"), {{"toTable", 9999}}, m_waiter).status,
                 422);
    }

    void paymentCallCarriesTheTab()
    {
        order(13, {{7, 1}});
        RawHttpClient guest(m_server->port());
        const HttpReply reply = guest.post(QStringLiteral("/api/waiter-call"),
                                           {{"tableNumber", 13}, {"callType", "payment_card"}});
        QCOMPARE(reply.status, 201);
        HttpClient http(m_server->port());
        const QJsonObject calls
            = http.json("GET", QStringLiteral("/api/waiter-call"), {}, m_waiter);
        const QJsonObject call = calls.value("calls").toArray().first().toObject();
        const QJsonObject tab = call.value("tab").toObject();
        QVERIFY(tab.value("totalEurCents").toInt() > 0);
        QCOMPARE(tab.value("orders").toInt(), 1);
        QVERIFY(tab.contains("totalEur") && tab.contains("totalBgn"));
        const QJsonObject tables = get(QStringLiteral("/api/tables"));
        const QJsonObject entry = tables.value("tables").toArray().at(12).toObject();
        QCOMPARE(entry.value("state").toString(), QStringLiteral("bill_requested"));
        QCOMPARE(entry.value("openCalls").toArray().first().toString(),
                 QStringLiteral("payment_card"));
    }

    void aliases()
    {
        RawHttpClient guest(m_server->port());
        const HttpReply categories = guest.get(QStringLiteral("/api/categories"));
        QCOMPARE(categories.status, 200);
        QVERIFY(!categories.json().value("categories").toArray().isEmpty());
        const HttpReply health = guest.get(QStringLiteral("/api/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value("status").toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestPaymentsApi)
#include "tst_paymentsapi.moc"
