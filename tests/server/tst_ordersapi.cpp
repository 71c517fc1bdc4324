// REST: POST /api/orders/create, the staff order lists and PATCH /api/orders/{id}/status.
#include "inprocessserver.h"
#include "orderbody.h"
#include "rawhttpclient.h"
#include "teststore.h"

#include <QTest>

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tableside;
using namespace tableside::server;

class TestOrdersApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessServer> m_server;
    QByteArray m_managerToken;
    QByteArray m_waiterToken;

    /// POST /api/orders/create as a guest; the new order's id.
    static QString createOrder(RawHttpClient &client, int table, QList<QPair<int, int>> lines)
    {
        return client.post(QStringLiteral("/api/orders/create"), orderBody(table, lines))
            .json()
            .value(QStringLiteral("order"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

    int countRows(const QString &table)
    {
        return m_server->store().todaysOrders().size() * (table == u"orders");
    }

private slots:
    void init()
    {
        m_server = std::make_unique<InProcessServer>(InProcessServer::unlimitedSettings());
        m_managerToken = m_server->login(QStringLiteral("1111"));
        m_waiterToken = m_server->login(QStringLiteral("2222"));
        QVERIFY(!m_managerToken.isEmpty());
    }
    void cleanup() { m_server.reset(); }

    void createPricesFromTheMenu()
    {
        RawHttpClient client(m_server->port());
        QJsonObject body = orderBody(3, {{1, 2}, {10, 1}});
        // Whatever prices the phone sends are ignored.
        QJsonArray items = body.value(QStringLiteral("items")).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QStringLiteral("priceBgn"), 0.01);
        first.insert(QStringLiteral("priceEur"), 0.01);
        items[0] = first;
        body.insert(QStringLiteral("items"), items);
        body.insert(QStringLiteral("notes"), QStringLiteral("без лук"));
        const HttpReply reply = client.post(QStringLiteral("/api/orders/create"), body);
        QCOMPARE(reply.status, 201);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("orderNumber")).toInt(), 1);
        const QJsonObject order = json.value(QStringLiteral("order")).toObject();
        QCOMPARE(order.value(QStringLiteral("tableNumber")).toInt(), 3);
        QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(order.value(QStringLiteral("notes")).toString(), QStringLiteral("без лук"));
        // 2 × 1.80 + 6.90 = 10.50 EUR = 20.54 BGN (from the total, half-up).
        QCOMPARE(order.value(QStringLiteral("totalEurCents")).toInt(), 1050);
        QCOMPARE(order.value(QStringLiteral("totalBgnCents")).toInt(), 2054);
        QCOMPARE(order.value(QStringLiteral("items")).toArray().size(), 2);
        QVERIFY(m_server->store().findOrder(order.value(QStringLiteral("id")).toString()));
    }

    void createRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(); };
        QTest::newRow("malformed JSON") << QByteArray("{\"tableNumber\":") << 400 << "invalid_json";
        QTest::newRow("array, not object") << QByteArray("[1,2]") << 400 << "invalid_json";
        QTest::newRow("empty body") << QByteArray("") << 400 << "invalid_json";
        QTest::newRow("no table") << json(
            {{"items", QJsonArray {QJsonObject {{"productId", 1}, {"quantity", 1}}}}})
                                  << 400 << "invalid_request";
        QTest::newRow("table as text")
            << json({{"tableNumber", "3"},
                     {"items", QJsonArray {QJsonObject {{"productId", 1}, {"quantity", 1}}}}})
            << 400 << "invalid_request";
        QTest::newRow("fractional table")
            << json({{"tableNumber", 3.5},
                     {"items", QJsonArray {QJsonObject {{"productId", 1}, {"quantity", 1}}}}})
            << 400 << "invalid_request";
        QTest::newRow("unknown table") << json(orderBody(99, {{1, 1}})) << 422 << "unknown_table";
        QTest::newRow("no items") << json(orderBody(3, {})) << 400 << "invalid_request";
        QTest::newRow("quantity 0") << json(orderBody(3, {{1, 0}})) << 400 << "invalid_request";
        QTest::newRow("quantity 51") << json(orderBody(3, {{1, 51}})) << 400 << "invalid_request";
        QTest::newRow("negative quantity")
            << json(orderBody(3, {{1, -2}})) << 400 << "invalid_request";
        QTest::newRow("unknown product")
            << json(orderBody(3, {{1, 1}, {999, 1}})) << 422 << "unknown_product";
        QList<QPair<int, int>> many;
        for (int i = 0; i < 51; ++i)
            many.append({1, 1});
        QTest::newRow("51 lines") << json(orderBody(3, many)) << 400 << "invalid_request";
        QJsonObject longNotes = orderBody(3, {{1, 1}});
        longNotes.insert(QStringLiteral("notes"), QString(501, u'x'));
        QTest::newRow("notes over 500") << json(longNotes) << 400 << "invalid_request";
        QJsonObject longItemNotes = orderBody(3, {});
        longItemNotes.insert(
            QStringLiteral("items"),
            QJsonArray {
                QJsonObject {{"productId", 1}, {"quantity", 1}, {"notes", QString(201, u'y')}}});
        QTest::newRow("item notes over 200") << json(longItemNotes) << 400 << "invalid_request";
        QJsonObject notesNumber = orderBody(3, {{1, 1}});
        notesNumber.insert(QStringLiteral("notes"), 5);
        QTest::newRow("notes not text") << json(notesNumber) << 400 << "invalid_request";
    }

    void createRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        RawHttpClient client(m_server->port());
        const HttpReply reply = client.send("POST", QStringLiteral("/api/orders/create"), body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), code);
        QVERIFY(!reply.json().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_server->store().todaysOrders().size(), 0);
        QCOMPARE(m_server->store().latestSeq(), 0);
    }

    void hiddenUnavailableAndInactiveAreRefused()
    {
        RawHttpClient staff(m_server->port());
        staff.setToken(m_managerToken);
        QCOMPARE(staff
                     .patch(QStringLiteral("/api/products/2/availability"),
                            {{QStringLiteral("isAvailable"), false}})
                     .status,
                 200);
        RawHttpClient guest(m_server->port());
        HttpReply reply = guest.post(QStringLiteral("/api/orders/create"), orderBody(3, {{2, 1}}));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("product_unavailable"));

        // Hidden products and inactive tables are set by the owner in the database.
        {
            QSqlDatabase db = tableside::server::testkit::addTestConnection(QStringLiteral("side"),
                                                                            m_server->dataDir());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("UPDATE products SET is_hidden = 1 WHERE id = 3")));
            QVERIFY(query.exec(
                QStringLiteral("UPDATE dining_tables SET is_active = 0 WHERE table_number = 7")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("side"));
        reply = guest.post(QStringLiteral("/api/orders/create"), orderBody(3, {{3, 1}}));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("unknown_product"));
        reply = guest.post(QStringLiteral("/api/orders/create"), orderBody(7, {{1, 1}}));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("table_inactive"));
        QCOMPARE(m_server->store().todaysOrders().size(), 0);
    }

    void idempotentRetries()
    {
        RawHttpClient client(m_server->port());
        const QJsonObject body = orderBody(5, {{4, 2}});
        const QList<QPair<QByteArray, QByteArray>> key {{"Idempotency-Key", "tap-1"}};
        const HttpReply first = client.post(QStringLiteral("/api/orders/create"), body, key);
        const HttpReply retry = client.post(QStringLiteral("/api/orders/create"), body, key);
        QCOMPARE(first.status, 201);
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(
            retry.json().value(QStringLiteral("order")).toObject().value(QStringLiteral("id")),
            first.json().value(QStringLiteral("order")).toObject().value(QStringLiteral("id")));
        // clientOrderId in the body works the same.
        QJsonObject withClientId = body;
        withClientId.insert(QStringLiteral("clientOrderId"), QStringLiteral("phone-42"));
        const HttpReply a = client.post(QStringLiteral("/api/orders/create"), withClientId);
        const HttpReply b = client.post(QStringLiteral("/api/orders/create"), withClientId);
        QCOMPARE(a.json().value(QStringLiteral("orderNumber")),
                 b.json().value(QStringLiteral("orderNumber")));
        QCOMPARE(m_server->store().todaysOrders().size(), 2);
        // The same key with another order is refused, nothing stored.
        const HttpReply other
            = client.post(QStringLiteral("/api/orders/create"), orderBody(5, {{4, 3}}), key);
        QCOMPARE(other.status, 422);
        QCOMPARE(other.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("idempotency_key_reused"));
        QCOMPARE(m_server->store().todaysOrders().size(), 2);
        QCOMPARE(m_server->store().latestSeq(), 4); // per order: new-order, table-tab-change
    }

    // A retry after staff moved the order on returns it without the staff member's name.
    void replayHidesStaffNames()
    {
        QVERIFY(m_server->store()
                    .addStaff(QStringLiteral("Elena Georgieva"), QStringLiteral("4444"),
                              StaffRole::Waiter)
                    .ok());
        QVERIFY(m_server->store().flush());
        RawHttpClient guest(m_server->port());
        const QJsonObject body = orderBody(8, {{1, 1}});
        const QList<QPair<QByteArray, QByteArray>> key {{"Idempotency-Key", "tap-9"}};
        HttpReply reply = guest.post(QStringLiteral("/api/orders/create"), body, key);
        QCOMPARE(reply.status, 201);
        QVERIFY(!reply.json().value("order").toObject().contains("changedBy"));
        const QString id = reply.json().value("order").toObject().value("id").toString();
        RawHttpClient staff(m_server->port());
        staff.setToken(m_server->login(QStringLiteral("4444")));
        QCOMPARE(
            staff.patch(QStringLiteral("/api/orders/%1/status").arg(id), {{"status", "preparing"}})
                .status,
            200);
        reply = guest.post(QStringLiteral("/api/orders/create"), body, key);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.header("Idempotent-Replayed"), QByteArray("true"));
        QVERIFY2(!reply.body.contains("Georgieva") && !reply.body.contains("Elena"),
                 reply.body.constData());
        const QJsonObject order = reply.json().value("order").toObject();
        QCOMPARE(order.value("status").toString(), QStringLiteral("preparing"));
        QVERIFY(!order.contains("changedBy"));
        // Staff still see who did it.
        QCOMPARE(staff.get(QStringLiteral("/api/orders/active"))
                     .json()
                     .value("orders")
                     .toArray()
                     .first()
                     .toObject()
                     .value("changedBy")
                     .toString(),
                 QStringLiteral("Elena Georgieva"));
    }

    void parallelRetriesMakeOneOrder()
    {
        QList<QByteArray> requests;
        const QByteArray body
            = QJsonDocument(orderBody(6, {{1, 1}})).toJson(QJsonDocument::Compact);
        for (int i = 0; i < 20; ++i)
            requests.append(RawHttp::request("POST", QStringLiteral("/api/orders/create"), body,
                                             {{"Idempotency-Key", "same"}}));
        const QList<HttpReply> replies = RawHttpClient::sendParallel(m_server->port(), requests);
        QSet<QString> ids;
        for (const HttpReply &reply : replies) {
            QCOMPARE(reply.status, 201);
            ids.insert(reply.json()
                           .value(QStringLiteral("order"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString());
        }
        QCOMPARE(ids.size(), 1);
        QCOMPARE(m_server->store().todaysOrders().size(), 1);
    }

    void parallelOrdersGetUniqueGapFreeNumbers()
    {
        constexpr int Count = 60;
        QList<QByteArray> requests;
        for (int i = 0; i < Count; ++i)
            requests.append(RawHttp::request("POST", QStringLiteral("/api/orders/create"),
                                             QJsonDocument(orderBody(1 + i % 20, {{1 + i % 14, 1}}))
                                                 .toJson(QJsonDocument::Compact)));
        const QList<HttpReply> replies = RawHttpClient::sendParallel(m_server->port(), requests);
        QSet<int> numbers;
        for (const HttpReply &reply : replies) {
            QCOMPARE(reply.status, 201);
            numbers.insert(reply.json().value(QStringLiteral("orderNumber")).toInt());
        }
        QCOMPARE(numbers.size(), Count);
        for (int n = 1; n <= Count; ++n)
            QVERIFY2(numbers.contains(n), qPrintable(QString::number(n)));
        QCOMPARE(m_server->store().latestSeq(), 2 * Count); // new-order, table-tab-change
    }

    void staffListsNeedAToken_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("active") << QStringLiteral("/api/orders/active");
        QTest::newRow("all") << QStringLiteral("/api/orders/all");
        QTest::newRow("completed") << QStringLiteral("/api/orders/completed");
    }

    void staffListsNeedAToken()
    {
        QFETCH(QString, path);
        RawHttpClient client(m_server->port());
        QCOMPARE(client.post(QStringLiteral("/api/orders/create"), orderBody(2, {{1, 1}})).status,
                 201);
        HttpReply reply = client.get(path);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("unauthorized"));
        QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer"));
        client.setToken("not-a-token");
        QCOMPARE(client.get(path).status, 401);
        client.setToken(m_waiterToken);
        reply = client.get(path);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().value(QStringLiteral("orders")).isArray());
    }

    void statusFollowsTheTransitionTable()
    {
        RawHttpClient client(m_server->port());
        const QString id = createOrder(client, 2, {{1, 1}});
        const QString path = QStringLiteral("/api/orders/%1/status").arg(id);
        // Without a token nothing changes.
        QCOMPARE(
            client.patch(path, {{QStringLiteral("status"), QStringLiteral("preparing")}}).status,
            401);
        QCOMPARE(m_server->store().findOrder(id)->status, OrderStatus::Pending);

        client.setToken(m_waiterToken);
        HttpReply reply
            = client.patch(path, {{QStringLiteral("status"), QStringLiteral("completed")}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_transition"));
        QCOMPARE(reply.json()
                     .value(QStringLiteral("order"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("pending"));

        for (const char *status : {"preparing", "ready", "completed"}) {
            reply = client.patch(path, {{QStringLiteral("status"), QString::fromLatin1(status)}});
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json()
                         .value(QStringLiteral("order"))
                         .toObject()
                         .value(QStringLiteral("status"))
                         .toString(),
                     QString::fromLatin1(status));
            QCOMPARE(reply.json()
                         .value(QStringLiteral("order"))
                         .toObject()
                         .value(QStringLiteral("changedBy"))
                         .toString(),
                     QStringLiteral("Ivan"));
        }
        QVERIFY(m_server->store().findOrder(id)->completedAt.isValid());
        reply = client.patch(path, {{QStringLiteral("status"), QStringLiteral("cancelled")}});
        QCOMPARE(reply.status, 409);
        reply = client.patch(path, {{QStringLiteral("status"), QStringLiteral("eaten")}});
        QCOMPARE(reply.status, 400);
        reply = client.patch(QStringLiteral("/api/orders/no-such-order/status"),
                             {{QStringLiteral("status"), QStringLiteral("ready")}});
        QCOMPARE(reply.status, 404);
        client.setToken(m_managerToken);
        QCOMPARE(client.get(QStringLiteral("/api/orders/completed"))
                     .json()
                     .value(QStringLiteral("orders"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(client.get(QStringLiteral("/api/orders/active"))
                     .json()
                     .value(QStringLiteral("orders"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(client.get(QStringLiteral("/api/orders/all"))
                     .json()
                     .value(QStringLiteral("orders"))
                     .toArray()
                     .size(),
                 1);
    }

    void recallIsForTheKitchen()
    {
        RawHttpClient client(m_server->port());
        const QString id = createOrder(client, 2, {{10, 1}});
        const QString path = QStringLiteral("/api/orders/%1/status").arg(id);
        client.setToken(m_waiterToken);
        QCOMPARE(client.patch(path, {{"status", "preparing"}}).status, 200);
        QCOMPARE(client.patch(path, {{"status", "ready"}}).status, 200);
        QCOMPARE(client.patch(path, {{"status", "preparing"}}).status, 403);
        client.setToken(m_server->login(QStringLiteral("3333")));
        QCOMPARE(client.patch(path, {{"status", "preparing"}}).status, 200);
    }

    // Taking back a whole ready order (PATCH, not a station's own recall) puts every station
    // that had reported it ready back to preparing, so each can report it ready again.
    void wholeOrderRecallResetsTheStations()
    {
        RawHttpClient client(m_server->port());
        const QString id = createOrder(client, 2, {{1, 1}, {10, 1}});
        client.setToken(m_server->login(QStringLiteral("3333")));
        const auto bumpBothStations = [&] {
            for (const char *station : {"bar", "kitchen"})
                QCOMPARE(client
                             .send("POST",
                                   QStringLiteral("/api/orders/%1/stations/%2/bump")
                                       .arg(id, QLatin1String(station)))
                             .status,
                         200);
        };
        bumpBothStations();
        const qint64 seqBefore = m_server->store().latestSeq();
        const HttpReply recalled = client.patch(QStringLiteral("/api/orders/%1/status").arg(id),
                                                {{"status", "preparing"}});
        QCOMPARE(recalled.status, 200);
        const QJsonObject order = recalled.json().value("order").toObject();
        QCOMPARE(order.value("status").toString(), QStringLiteral("preparing"));
        QCOMPARE(order.value("stationStatus").toObject(),
                 (QJsonObject {{"bar", "preparing"}, {"kitchen", "preparing"}}));

        const Store::EventPage page = m_server->store().eventsAfter(seqBefore, 100);
        QStringList names;
        for (const StaffEvent &event : page.events)
            names.append(event.name());
        QCOMPARE(names,
                 (QStringList {"order-station-progress", "order-station-progress",
                               "order-status-change"}));
        // Stored, not only answered: a dashboard that reconnects reads the same.
        QCOMPARE(m_server->store().findOrder(id)->stationStatus.value("bar"),
                 QStringLiteral("preparing"));
        // And the stations can finish it again.
        bumpBothStations();
        QCOMPARE(m_server->store().findOrder(id)->status, OrderStatus::Ready);
    }

    void stationBump()
    {
        RawHttpClient client(m_server->port());
        // Espresso is made at the bar, the salad in the kitchen.
        const QString id = createOrder(client, 2, {{1, 1}, {10, 1}});
        client.setToken(m_waiterToken);
        QCOMPARE(
            client.send("POST", QStringLiteral("/api/orders/%1/stations/bar/bump").arg(id)).status,
            403);
        client.setToken(m_server->login(QStringLiteral("3333")));
        HttpReply reply
            = client.send("POST", QStringLiteral("/api/orders/%1/stations/bar/bump").arg(id));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("order").toObject().value("status").toString(),
                 QStringLiteral("preparing"));
        QCOMPARE(
            client.send("POST", QStringLiteral("/api/orders/%1/stations/bar/bump").arg(id)).status,
            409);
        QCOMPARE(client.send("POST", QStringLiteral("/api/orders/%1/stations/pastry/bump").arg(id))
                     .status,
                 404);
        reply = client.send("POST", QStringLiteral("/api/orders/%1/stations/kitchen/bump").arg(id));
        QCOMPARE(reply.json().value("order").toObject().value("status").toString(),
                 QStringLiteral("ready"));
        // After the order's new-order and table-tab-change:
        const Store::EventPage page = m_server->store().eventsAfter(2, 100);
        QStringList names;
        for (const StaffEvent &event : page.events)
            names.append(event.name());
        QCOMPARE(names,
                 (QStringList {"order-station-progress", "order-status-change",
                               "order-station-progress", "order-status-change"}));
    }

    void wrongMethodIs405WithAllow()
    {
        RawHttpClient client(m_server->port());
        HttpReply reply = client.send("GET", QStringLiteral("/api/orders/create"));
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("Allow"), QByteArray("POST"));
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("method_not_allowed"));
        reply = client.send("DELETE", QStringLiteral("/api/waiter-call"));
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("Allow"), QByteArray("POST, GET"));
        reply = client.send("GET", QStringLiteral("/api/no-such-thing"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("not_found"));
    }

    void menuHasBothCurrencies()
    {
        RawHttpClient client(m_server->port());
        const HttpReply reply = client.get(QStringLiteral("/api/menu"));
        QCOMPARE(reply.status, 200);
        const QJsonObject menu = reply.json();
        QCOMPARE(menu.value("categories").toArray().size(), 5);
        const QJsonArray products = menu.value("products").toArray();
        QCOMPARE(products.size(), 14);
        const QJsonObject espresso = products.at(0).toObject();
        QCOMPARE(espresso.value("priceEurCents").toInt(), 180);
        QCOMPARE(espresso.value("priceBgnCents").toInt(), 352);
        QCOMPARE(espresso.value("name").toObject().value("bg").toString(),
                 QStringLiteral("Еспресо"));
        // 86-ing shows up at once (the menu cache is rebuilt).
        RawHttpClient staff(m_server->port());
        staff.setToken(m_managerToken);
        QCOMPARE(
            staff.patch(QStringLiteral("/api/products/1/availability"), {{"isAvailable", false}})
                .status,
            200);
        QCOMPARE(client.get(QStringLiteral("/api/menu"))
                     .json()
                     .value("products")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("isAvailable")
                     .toBool(),
                 false);
    }

    void availabilityRoutes()
    {
        RawHttpClient client(m_server->port());
        QCOMPARE(
            client.patch(QStringLiteral("/api/products/1/availability"), {{"isAvailable", false}})
                .status,
            401);
        client.setToken(m_waiterToken);
        QCOMPARE(
            client.patch(QStringLiteral("/api/products/1/availability"), {{"isAvailable", false}})
                .status,
            403);
        client.setToken(m_managerToken);
        QCOMPARE(
            client.patch(QStringLiteral("/api/products/1/availability"), {{"isAvailable", "no"}})
                .status,
            400);
        QCOMPARE(
            client.patch(QStringLiteral("/api/products/777/availability"), {{"isAvailable", false}})
                .status,
            404);
        QCOMPARE(
            client.patch(QStringLiteral("/api/products/abc/availability"), {{"isAvailable", false}})
                .status,
            404);
        const HttpReply reply = client.patch(QStringLiteral("/api/products/1/availability"),
                                             {{"isAvailable", false}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("product").toObject().value("isAvailable").toBool(), false);
        const Store::EventPage page = m_server->store().eventsAfter(0, 10);
        QCOMPARE(page.events.size(), 1);
        QCOMPARE(page.events.first().name(), QStringLiteral("product-availability-change"));
        QCOMPARE(page.events.first().data().value("changedBy").toString(), QStringLiteral("Maria"));
    }

    void guestWritesAreRateLimited()
    {
        ServerSettings settings;
        settings.guestWritesPerMinute = 1;
        settings.guestWriteBurst = 2;
        InProcessServer limited(settings);
        RawHttpClient client(limited.port());
        QCOMPARE(client.post(QStringLiteral("/api/orders/create"), orderBody(1, {{1, 1}})).status,
                 201);
        QCOMPARE(client.post(QStringLiteral("/api/orders/create"), orderBody(1, {{1, 1}})).status,
                 201);
        const HttpReply reply
            = client.post(QStringLiteral("/api/orders/create"), orderBody(1, {{1, 1}}));
        QCOMPARE(reply.status, 429);
        QVERIFY(reply.header("Retry-After").toInt() >= 1);
        QCOMPARE(limited.store().todaysOrders().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOrdersApi)
#include "tst_ordersapi.moc"
