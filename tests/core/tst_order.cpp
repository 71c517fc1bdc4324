#include "order.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using tableside::Money;
using tableside::Order;
using tableside::OrderItem;
using tableside::OrderStatus;

/// Tests Order: totals (BGN derived from the EUR total), JSON shape, round trips and refusals.
class TestOrder : public QObject
{
    Q_OBJECT

private slots:
    void totals_data();
    void totals();
    void noDriftBetweenLinesAndTotal();
    void stations();
    void toJsonShape();
    void toJsonNullsForAbsentValues();
    void roundTrip_data();
    void roundTrip();
    void acceptsOrderIdAlone();
    void totalsAreRecomputed();
    void refusals_data();
    void refusals();
};

namespace {

QDateTime utc(int hour, int minute, int msec = 0)
{
    return QDateTime(QDate(2026, 11, 24), QTime(hour, minute, 0, msec), QTimeZone::utc());
}

OrderItem item(qint64 productId, int quantity, qint64 cents, const QString &station = {})
{
    OrderItem line;
    line.productId = productId;
    line.productName = QStringLiteral("Продукт %1").arg(productId);
    line.productNameEn = QStringLiteral("Product %1").arg(productId);
    line.quantity = quantity;
    line.unitPrice = Money::fromEuroCents(cents);
    if (!station.isEmpty())
        line.station = station;
    return line;
}

Order sampleOrder()
{
    Order order;
    order.id = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    order.orderNumber = 7;
    order.tableNumber = 4;
    order.items = {item(1, 2, 150, QStringLiteral("bar")), item(2, 1, 890)};
    order.notes = QStringLiteral("алергия към ядки");
    order.status = OrderStatus::Preparing;
    order.createdAt = utc(9, 0);
    order.updatedAt = utc(9, 5, 250);
    order.changedBy = QStringLiteral("Мария");
    order.stationStatus = {{QStringLiteral("bar"), QStringLiteral("ready")}};
    return order;
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void TestOrder::totals_data()
{
    QTest::addColumn<QList<OrderItem>>("items");
    QTest::addColumn<qint64>("eurCents");
    QTest::addColumn<qint64>("bgnCents");
    QTest::newRow("empty") << QList<OrderItem> {} << qint64(0) << qint64(0);
    QTest::newRow("one line") << QList<OrderItem> {item(1, 1, 511)} << qint64(511) << qint64(999);
    QTest::newRow("3 × €2.56") << QList<OrderItem> {item(1, 3, 256)} << qint64(768) << qint64(1502);
    QTest::newRow("three lines of €2.56")
        << QList<OrderItem> {item(1, 1, 256), item(2, 1, 256), item(3, 1, 256)} << qint64(768)
        << qint64(1502);
    QTest::newRow("mixed") << QList<OrderItem> {item(1, 2, 150), item(2, 1, 890)} << qint64(1190)
                           << qint64(2327);
}

void TestOrder::totals()
{
    QFETCH(QList<OrderItem>, items);
    QFETCH(qint64, eurCents);
    QFETCH(qint64, bgnCents);
    Order order;
    order.items = items;
    QCOMPARE(order.totalEur().euroCents(), eurCents);
    QCOMPARE(order.totalBgnCents(), bgnCents);
}

void TestOrder::noDriftBetweenLinesAndTotal()
{
    // The origin app summed rounded BGN lines (3 × 5.01 = 15.03 лв) and converted its BGN total
    // back to EUR (3 × 1.10 лв → €1.69 while the lines showed €0.56 each). Here the EUR lines
    // are the truth, the EUR total is their exact sum and BGN is derived from that total.
    Order order;
    order.items = {item(1, 3, 256)};
    QCOMPARE(order.totalBgnCents(), 1502);
    QVERIFY(order.totalBgnCents() != 3 * Money::fromEuroCents(256).bgnCents());

    // A legacy 1.10 лв price is converted once to EUR (€0.56) and frozen.
    const Money legacy = Money::fromBgnCents(110);
    QCOMPARE(legacy.euroCents(), 56);
    order.items = {item(1, 3, legacy.euroCents())};
    QCOMPARE(order.totalEur().euroCents(), 3 * 56); // €1.68: equals the lines, never €1.69
    QCOMPARE(order.totalBgnCents(), Money::fromEuroCents(168).bgnCents());

    // The same through JSON: the wire totals agree with the lines.
    const QJsonObject json = order.toJson();
    QCOMPARE(json.value(QStringLiteral("totalEurCents")).toInteger(),
             json.value(QStringLiteral("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("lineTotalEurCents"))
                 .toInteger());
    QCOMPARE(json.value(QStringLiteral("totalEur")).toDouble(), 1.68);
    QCOMPARE(json.value(QStringLiteral("totalBgn")).toDouble(), 3.29);
}

void TestOrder::stations()
{
    Order order;
    QCOMPARE(order.stations(), QStringList());
    order.items
        = {item(1, 1, 100, QStringLiteral("kitchen")), item(2, 1, 100, QStringLiteral("bar")),
           item(3, 1, 100, QStringLiteral("kitchen"))};
    QCOMPARE(order.stations(), (QStringList {QStringLiteral("bar"), QStringLiteral("kitchen")}));
}

void TestOrder::toJsonShape()
{
    const Order order = sampleOrder();
    const QJsonObject json = order.toJson();
    const QString id = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    QCOMPARE(json.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(json.value(QStringLiteral("orderId")).toString(), id);
    QCOMPARE(json.value(QStringLiteral("orderNumber")), QJsonValue(7));
    QCOMPARE(json.value(QStringLiteral("tableNumber")), QJsonValue(4));
    QCOMPARE(json.value(QStringLiteral("items")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("items")).toArray().at(0).toObject(),
             order.items.at(0).toJson());
    QCOMPARE(json.value(QStringLiteral("notes")).toString(), QStringLiteral("алергия към ядки"));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("preparing"));
    QCOMPARE(json.value(QStringLiteral("totalEur")), QJsonValue(11.9));
    QCOMPARE(json.value(QStringLiteral("totalBgn")), QJsonValue(23.27));
    QCOMPARE(json.value(QStringLiteral("totalEurCents")).toInteger(), 1190);
    QCOMPARE(json.value(QStringLiteral("totalBgnCents")).toInteger(), 2327);
    QCOMPARE(json.value(QStringLiteral("createdAt")).toString(),
             QStringLiteral("2026-11-24T09:00:00.000Z"));
    QCOMPARE(json.value(QStringLiteral("updatedAt")).toString(),
             QStringLiteral("2026-11-24T09:05:00.250Z"));
    QVERIFY(json.value(QStringLiteral("completedAt")).isNull());
    QCOMPARE(json.value(QStringLiteral("changedBy")).toString(), QStringLiteral("Мария"));
    QCOMPARE(json.value(QStringLiteral("stationStatus")).toObject(),
             (QJsonObject {{QStringLiteral("bar"), QStringLiteral("ready")}}));
    // The origin's compat fields (the bill): unpaid, no method yet.
    QCOMPARE(json.value(QStringLiteral("isPaid")), QJsonValue(false));
    QVERIFY(json.value(QStringLiteral("paymentMethod")).isNull());
    QCOMPARE(json.size(), 18);
    // The seed's new-order numbers, as numbers on the wire.
    QCOMPARE(QJsonDocument(
                 QJsonObject {{QStringLiteral("totalEur"), json.value(QStringLiteral("totalEur"))}})
                 .toJson(QJsonDocument::Compact),
             QByteArray(R"({"totalEur":11.9})"));
}

void TestOrder::toJsonNullsForAbsentValues()
{
    Order order;
    order.id = QStringLiteral("a");
    const QJsonObject json = order.toJson();
    QVERIFY(json.value(QStringLiteral("createdAt")).isNull());
    QVERIFY(json.value(QStringLiteral("updatedAt")).isNull());
    QVERIFY(json.value(QStringLiteral("completedAt")).isNull());
    QVERIFY(json.value(QStringLiteral("changedBy")).isNull());
    QCOMPARE(json.value(QStringLiteral("stationStatus")).toObject(), QJsonObject());
    QCOMPARE(json.value(QStringLiteral("items")).toArray(), QJsonArray());
}

void TestOrder::roundTrip_data()
{
    QTest::addColumn<Order>("order");
    QTest::newRow("in preparation") << sampleOrder();
    Order completed = sampleOrder();
    completed.status = OrderStatus::Completed;
    completed.completedAt = utc(9, 30, 1);
    completed.changedBy.clear();
    completed.stationStatus = {{QStringLiteral("bar"), QStringLiteral("ready")},
                               {QStringLiteral("kitchen"), QStringLiteral("ready")}};
    QTest::newRow("completed, no staff name") << completed;
    Order cancelled = sampleOrder();
    cancelled.status = OrderStatus::Cancelled;
    cancelled.notes.clear();
    QTest::newRow("cancelled") << cancelled;
}

void TestOrder::roundTrip()
{
    QFETCH(Order, order);
    const QByteArray text = QJsonDocument(order.toJson()).toJson(QJsonDocument::Compact);
    QString error;
    const std::optional<Order> back
        = Order::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(*back, order);
    QCOMPARE(back->toJson(), order.toJson());
}

void TestOrder::acceptsOrderIdAlone()
{
    // The seed's minimal new-order payload.
    QString error;
    const std::optional<Order> order = Order::fromJson(
        parse(R"({"orderId":"u-1","orderNumber":1,"tableNumber":1,"totalBgn":10.0,"totalEur":5.11,
                      "items":[{"productId":3,"productName":"Кафе","quantity":1,"priceEur":5.11}],
                      "somethingNew":true})"),
        &error);
    QVERIFY2(order.has_value(), qPrintable(error));
    QCOMPARE(order->id, QStringLiteral("u-1"));
    QCOMPARE(order->status, OrderStatus::Pending);
    QCOMPARE(order->items.size(), 1);
    QCOMPARE(order->totalEur().euroCents(), 511);
    QVERIFY(!order->createdAt.isValid());
}

void TestOrder::totalsAreRecomputed()
{
    // Totals in the input are not trusted: they follow from the items.
    const std::optional<Order> order = Order::fromJson(parse(
        R"({"id":"x","orderNumber":2,"tableNumber":3,"totalEur":999,"totalEurCents":99900,
                "items":[{"productId":1,"productName":"a","quantity":2,"unitPriceEurCents":150}]})"));
    QVERIFY(order.has_value());
    QCOMPARE(order->totalEur().euroCents(), 300);
    QCOMPARE(order->toJson().value(QStringLiteral("totalEurCents")).toInteger(), 300);
}

void TestOrder::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("empty") << QByteArray("{}")
                           << QStringList {QStringLiteral("orderId"), QStringLiteral("orderNumber"),
                                           QStringLiteral("tableNumber"), QStringLiteral("items")};
    QTest::newRow("id not a string")
        << QByteArray(R"({"id":5,"orderNumber":1,"tableNumber":1,"items":[]})")
        << QStringList {QStringLiteral("id")};
    QTest::newRow("orderNumber zero")
        << QByteArray(R"({"id":"a","orderNumber":0,"tableNumber":1,"items":[]})")
        << QStringList {QStringLiteral("orderNumber")};
    QTest::newRow("tableNumber string")
        << QByteArray(R"({"id":"a","orderNumber":1,"tableNumber":"1","items":[]})")
        << QStringList {QStringLiteral("tableNumber")};
    QTest::newRow("items an object")
        << QByteArray(R"({"id":"a","orderNumber":1,"tableNumber":1,"items":{}})")
        << QStringList {QStringLiteral("items")};
    QTest::newRow("item not an object")
        << QByteArray(R"({"id":"a","orderNumber":1,"tableNumber":1,"items":[5]})")
        << QStringList {QStringLiteral("items[0]")};
    QTest::newRow("second item bad quantity")
        << QByteArray(R"({"id":"a","orderNumber":1,"tableNumber":1,"items":[
                   {"productId":1,"productName":"a","quantity":1,"unitPriceEurCents":1},
                   {"productId":1,"productName":"a","quantity":0,"unitPriceEurCents":1}]})")
        << QStringList {QStringLiteral("items[1]: quantity")};
    QTest::newRow("unknown status")
        << QByteArray(R"({"id":"a","orderNumber":1,"tableNumber":1,"items":[],"status":"served"})")
        << QStringList {QStringLiteral("status")};
    QTest::newRow("empty status") << QByteArray(
        R"({"id":"a","orderNumber":1,"tableNumber":1,"items":[],"status":""})")
                                  << QStringList {QStringLiteral("status")};
    QTest::newRow("bad timestamp") << QByteArray(
        R"({"id":"a","orderNumber":1,"tableNumber":1,"items":[],"createdAt":"today"})")
                                   << QStringList {QStringLiteral("createdAt")};
    QTest::newRow("station status not a string")
        << QByteArray(
               R"({"id":"a","orderNumber":1,"tableNumber":1,"items":[],"stationStatus":{"bar":1}})")
        << QStringList {QStringLiteral("stationStatus.bar")};
}

void TestOrder::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fields);
    const QJsonObject object = parse(json);
    QVERIFY2(!object.isEmpty() || json == "{}", "test data must be valid JSON");
    QString error;
    QVERIFY(!Order::fromJson(object, &error).has_value());
    QVERIFY2(error.startsWith(QLatin1String("order: ")), qPrintable(error));
    for (const QString &field : fields)
        QVERIFY2(error.contains(field + QStringLiteral(": ")), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestOrder)
#include "tst_order.moc"
