#include "orderitem.h"

#include <QJsonDocument>
#include <QTest>

using tableside::Money;
using tableside::OrderItem;

/// Tests OrderItem: line totals, its JSON (ours and the origin's per-unit fields) and refusals.
class TestOrderItem : public QObject
{
    Q_OBJECT

private slots:
    void lineTotal_data();
    void lineTotal();
    void toJsonShape();
    void roundTrip_data();
    void roundTrip();
    void priceSources_data();
    void priceSources();
    void refusals_data();
    void refusals();
};

namespace {

OrderItem twoCappuccinos()
{
    OrderItem item;
    item.productId = 5;
    item.productName = QStringLiteral("Капучино");
    item.productNameEn = QStringLiteral("Cappuccino");
    item.quantity = 2;
    item.unitPrice = Money::fromEuroCents(150);
    item.notes = QStringLiteral("без захар");
    item.station = QStringLiteral("bar");
    return item;
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void TestOrderItem::lineTotal_data()
{
    QTest::addColumn<int>("quantity");
    QTest::addColumn<qint64>("unitCents");
    QTest::addColumn<qint64>("totalCents");
    QTest::newRow("one") << 1 << qint64(150) << qint64(150);
    QTest::newRow("three × 2.56") << 3 << qint64(256) << qint64(768);
    QTest::newRow("free") << 4 << qint64(0) << qint64(0);
}

void TestOrderItem::lineTotal()
{
    QFETCH(int, quantity);
    QFETCH(qint64, unitCents);
    QFETCH(qint64, totalCents);
    OrderItem item;
    item.quantity = quantity;
    item.unitPrice = Money::fromEuroCents(unitCents);
    QCOMPARE(item.lineTotal().euroCents(), totalCents);
}

void TestOrderItem::toJsonShape()
{
    const QJsonObject expected {
        {QStringLiteral("productId"), 5},
        {QStringLiteral("productName"), QStringLiteral("Капучино")},
        {QStringLiteral("productNameEn"), QStringLiteral("Cappuccino")},
        {QStringLiteral("quantity"), 2},
        {QStringLiteral("notes"), QStringLiteral("без захар")},
        {QStringLiteral("station"), QStringLiteral("bar")},
        {QStringLiteral("unitPriceEur"), 1.5},
        {QStringLiteral("unitPriceEurCents"), 150},
        {QStringLiteral("lineTotalEur"), 3.0},
        {QStringLiteral("lineTotalEurCents"), 300},
        {QStringLiteral("priceBgn"), 2.93},
        {QStringLiteral("priceEur"), 1.5},
        {QStringLiteral("id"), 0}, // the line number in its order (the bill names it)
    };
    QCOMPARE(twoCappuccinos().toJson(), expected);
}

void TestOrderItem::roundTrip_data()
{
    QTest::addColumn<OrderItem>("item");
    QTest::newRow("everything set") << twoCappuccinos();
    OrderItem plain;
    plain.productId = 1;
    plain.productName = QStringLiteral("Вода");
    plain.unitPrice = Money::fromEuroCents(99);
    QTest::newRow("defaults") << plain;
}

void TestOrderItem::roundTrip()
{
    QFETCH(OrderItem, item);
    const QByteArray text = QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact);
    QString error;
    const std::optional<OrderItem> back
        = OrderItem::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(*back, item);
}

void TestOrderItem::priceSources_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("cents") << QByteArray(
        R"({"productId":1,"productName":"a","quantity":1,"unitPriceEurCents":120})")
                           << qint64(120);
    QTest::newRow("decimal") << QByteArray(
        R"({"productId":1,"productName":"a","quantity":1,"unitPriceEur":1.2})")
                             << qint64(120);
    QTest::newRow("cents first") << QByteArray(
        R"({"productId":1,"productName":"a","quantity":1,"unitPriceEurCents":120,"unitPriceEur":5})")
                                 << qint64(120);
    QTest::newRow("origin's priceEur") << QByteArray(
        R"({"productId":1,"productName":"a","quantity":1,"priceEur":0.56,"priceBgn":1.1})")
                                       << qint64(56);
}

void TestOrderItem::priceSources()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, cents);
    QString error;
    const std::optional<OrderItem> item = OrderItem::fromJson(parse(json), &error);
    QVERIFY2(item.has_value(), qPrintable(error));
    QCOMPARE(item->unitPrice.euroCents(), cents);
    QCOMPARE(item->station, QStringLiteral("kitchen"));
}

void TestOrderItem::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("empty") << QByteArray("{}")
                           << QStringList {
                                  QStringLiteral("productId"), QStringLiteral("productName"),
                                  QStringLiteral("quantity"), QStringLiteral("unitPriceEur")};
    QTest::newRow("quantity zero")
        << QByteArray(R"({"productId":1,"productName":"a","quantity":0,"unitPriceEur":1})")
        << QStringList {QStringLiteral("quantity")};
    QTest::newRow("quantity fractional")
        << QByteArray(R"({"productId":1,"productName":"a","quantity":1.5,"unitPriceEur":1})")
        << QStringList {QStringLiteral("quantity")};
    QTest::newRow("quantity huge")
        << QByteArray(R"({"productId":1,"productName":"a","quantity":1e9,"unitPriceEur":1})")
        << QStringList {QStringLiteral("quantity")};
    QTest::newRow("productId string (origin used UUIDs)")
        << QByteArray(R"({"productId":"p1","productName":"a","quantity":1,"unitPriceEur":1})")
        << QStringList {QStringLiteral("productId")};
    QTest::newRow("price three decimals")
        << QByteArray(R"({"productId":1,"productName":"a","quantity":1,"unitPriceEur":1.001})")
        << QStringList {QStringLiteral("unitPriceEur")};
    QTest::newRow("notes not a string") << QByteArray(
        R"({"productId":1,"productName":"a","quantity":1,"unitPriceEur":1,"notes":[]})")
                                        << QStringList {QStringLiteral("notes")};
}

void TestOrderItem::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fields);
    QString error;
    QVERIFY(!OrderItem::fromJson(parse(json), &error).has_value());
    for (const QString &field : fields)
        QVERIFY2(error.contains(field + QStringLiteral(": ")), qPrintable(error));
    QCOMPARE(error.count(QLatin1Char(';')), fields.size() - 1);
}

QTEST_APPLESS_MAIN(TestOrderItem)
#include "tst_orderitem.moc"
