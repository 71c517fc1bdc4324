#include "product.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QTest>

using tableside::Category;
using tableside::Money;
using tableside::Product;

/// Tests Product and Category JSON: the exact field names, round trips and clear refusals.
class TestProduct : public QObject
{
    Q_OBJECT

private slots:
    void toJsonShape();
    void allergensAndPauseRoundTrip();
    void roundTrip_data();
    void roundTrip();
    void priceSources_data();
    void priceSources();
    void defaults();
    void refusals_data();
    void refusals();
    void categoryToJsonShape();
    void categoryRoundTrip();
    void categoryRefusals_data();
    void categoryRefusals();
};

namespace {

Product espresso()
{
    Product product;
    product.id = 12;
    product.categoryId = 3;
    product.nameBg = QStringLiteral("Еспресо");
    product.nameEn = QStringLiteral("Espresso");
    product.descriptionBg = QStringLiteral("Двойно");
    product.descriptionEn = QStringLiteral("Double");
    product.price = Money::fromEuroCents(150);
    product.station = QStringLiteral("bar");
    product.isAvailable = false;
    product.isHidden = true;
    product.sortOrder = 4;
    return product;
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void TestProduct::toJsonShape()
{
    const QJsonObject json = espresso().toJson();
    QCOMPARE(json.value(QStringLiteral("id")).toInteger(), 12);
    QCOMPARE(json.value(QStringLiteral("categoryId")).toInteger(), 3);
    QCOMPARE(json.value(QStringLiteral("nameBg")).toString(), QStringLiteral("Еспресо"));
    QCOMPARE(json.value(QStringLiteral("nameEn")).toString(), QStringLiteral("Espresso"));
    QCOMPARE(json.value(QStringLiteral("name")).toObject(),
             (QJsonObject {{QStringLiteral("bg"), QStringLiteral("Еспресо")},
                           {QStringLiteral("en"), QStringLiteral("Espresso")}}));
    QCOMPARE(json.value(QStringLiteral("descriptionBg")).toString(), QStringLiteral("Двойно"));
    QCOMPARE(json.value(QStringLiteral("descriptionEn")).toString(), QStringLiteral("Double"));
    QCOMPARE(json.value(QStringLiteral("priceEur")).toDouble(), 1.5);
    QCOMPARE(json.value(QStringLiteral("priceBgn")).toDouble(), 2.93);
    QCOMPARE(json.value(QStringLiteral("priceEurCents")).toInteger(), 150);
    QCOMPARE(json.value(QStringLiteral("priceBgnCents")).toInteger(), 293);
    QCOMPARE(json.value(QStringLiteral("station")).toString(), QStringLiteral("bar"));
    QCOMPARE(json.value(QStringLiteral("isAvailable")), QJsonValue(false));
    QCOMPARE(json.value(QStringLiteral("isHidden")), QJsonValue(true));
    QCOMPARE(json.value(QStringLiteral("sortOrder")).toInteger(), 4);
    // The console's fields (issue 16): sold out on its own, not paused, no allergens or photo.
    QCOMPARE(json.value(QStringLiteral("isSoldOut")), QJsonValue(true));
    QCOMPARE(json.value(QStringLiteral("pausedBy")).toString(), QString());
    QCOMPARE(json.value(QStringLiteral("allergens")).toArray(), QJsonArray());
    QVERIFY(json.value(QStringLiteral("photoUrl")).isNull());
    QCOMPARE(json.value(QStringLiteral("photoVersion")).toInteger(), 0);
    QCOMPARE(json.size(), 20);
}

void TestProduct::allergensAndPauseRoundTrip()
{
    Product product;
    product.id = 9;
    product.nameBg = QStringLiteral("Баница");
    product.allergens = {QStringLiteral("gluten"), QStringLiteral("eggs")};
    product.photoVersion = 1700000000000;
    product.pausedBy = QStringLiteral("station");
    const QJsonObject json = product.toJson();
    QCOMPARE(json.value(QStringLiteral("isAvailable")), QJsonValue(false)); // paused: not orderable
    QCOMPARE(json.value(QStringLiteral("photoUrl")).toString(),
             QStringLiteral("/api/menu/photos/9?v=1700000000000"));
    const auto back = Product::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->isAvailable, true); // its own flag, from isSoldOut
    QCOMPARE(back->allergens, (QStringList {QStringLiteral("gluten"), QStringLiteral("eggs")}));
    QString error;
    QVERIFY(!Product::fromJson(QJsonObject {{QStringLiteral("nameBg"), QStringLiteral("x")},
                                            {QStringLiteral("priceEurCents"), 1},
                                            {QStringLiteral("allergens"),
                                             QJsonArray {QStringLiteral("cheese")}}},
                               &error));
    QVERIFY(error.contains(QStringLiteral("allergens")));
}

void TestProduct::roundTrip_data()
{
    QTest::addColumn<Product>("product");
    QTest::newRow("everything set") << espresso();
    Product plain;
    plain.nameBg = QStringLiteral("Вода");
    QTest::newRow("defaults") << plain;
    Product expensive = espresso();
    expensive.price = Money::fromEuroCents(Money::MaximumCents);
    QTest::newRow("maximum price") << expensive;
    Product odd = espresso();
    odd.price = Money::fromEuroCents(29); // 0.29 is not exact in binary
    QTest::newRow("0.29") << odd;
}

void TestProduct::roundTrip()
{
    QFETCH(Product, product);
    // Through text, as over the wire.
    const QByteArray text = QJsonDocument(product.toJson()).toJson(QJsonDocument::Compact);
    QString error;
    const std::optional<Product> back
        = Product::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(*back, product);
}

void TestProduct::priceSources_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("cents only") << QByteArray(R"({"nameBg":"a","priceEurCents":250})")
                                << qint64(250);
    QTest::newRow("decimal only") << QByteArray(R"({"nameBg":"a","priceEur":2.5})") << qint64(250);
    QTest::newRow("cents win over decimal")
        << QByteArray(R"({"nameBg":"a","priceEurCents":250,"priceEur":9.99})") << qint64(250);
    QTest::newRow("priceBgn is ignored")
        << QByteArray(R"({"nameBg":"a","priceEur":2.5,"priceBgn":100})") << qint64(250);
}

void TestProduct::priceSources()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, cents);
    QString error;
    const std::optional<Product> product = Product::fromJson(parse(json), &error);
    QVERIFY2(product.has_value(), qPrintable(error));
    QCOMPARE(product->price.euroCents(), cents);
}

void TestProduct::defaults()
{
    const std::optional<Product> product
        = Product::fromJson(parse(R"({"nameBg":"Вода","priceEur":1,"unknown":[1,2]})"));
    QVERIFY(product.has_value());
    QCOMPARE(product->station, QStringLiteral("kitchen"));
    QVERIFY(product->isAvailable);
    QVERIFY(!product->isHidden);
    QCOMPARE(product->sortOrder, 0);
    QCOMPARE(product->id, 0);
}

void TestProduct::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("empty object") << QByteArray(
        "{}") << QStringList {QStringLiteral("nameBg"), QStringLiteral("priceEur")};
    QTest::newRow("name not a string")
        << QByteArray(R"({"nameBg":5,"priceEur":1})") << QStringList {QStringLiteral("nameBg")};
    QTest::newRow("price with three decimals") << QByteArray(R"({"nameBg":"a","priceEur":1.005})")
                                               << QStringList {QStringLiteral("priceEur")};
    QTest::newRow("price as string") << QByteArray(R"({"nameBg":"a","priceEur":"1.50"})")
                                     << QStringList {QStringLiteral("priceEur")};
    QTest::newRow("negative cents") << QByteArray(R"({"nameBg":"a","priceEurCents":-1})")
                                    << QStringList {QStringLiteral("priceEurCents")};
    QTest::newRow("fractional cents") << QByteArray(R"({"nameBg":"a","priceEurCents":1.5})")
                                      << QStringList {QStringLiteral("priceEurCents")};
    QTest::newRow("cents over maximum")
        << QByteArray(R"({"nameBg":"a","priceEurCents":1000000001})")
        << QStringList {QStringLiteral("priceEurCents")};
    QTest::newRow("flags not bools")
        << QByteArray(R"({"nameBg":"a","priceEur":1,"isAvailable":1,"isHidden":"no"})")
        << QStringList {QStringLiteral("isAvailable"), QStringLiteral("isHidden")};
    QTest::newRow("station null") << QByteArray(R"({"nameBg":"a","priceEur":1,"station":null})")
                                  << QStringList {QStringLiteral("station")};
    QTest::newRow("negative id") << QByteArray(R"({"id":-4,"nameBg":"a","priceEur":1})")
                                 << QStringList {QStringLiteral("id")};
}

void TestProduct::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fields);
    QString error;
    QVERIFY(!Product::fromJson(parse(json), &error).has_value());
    for (const QString &field : fields)
        QVERIFY2(error.contains(field + QStringLiteral(": ")), qPrintable(error));
    QCOMPARE(error.count(QLatin1Char(';')), fields.size() - 1);
}

void TestProduct::categoryToJsonShape()
{
    Category category;
    category.id = 3;
    category.slug = QStringLiteral("coffee");
    category.nameBg = QStringLiteral("Кафе");
    category.nameEn = QStringLiteral("Coffee");
    category.sortOrder = 2;
    const QJsonObject expected {
        {QStringLiteral("id"), 3},
        {QStringLiteral("slug"), QStringLiteral("coffee")},
        {QStringLiteral("nameBg"), QStringLiteral("Кафе")},
        {QStringLiteral("nameEn"), QStringLiteral("Coffee")},
        {QStringLiteral("name"),
         QJsonObject {{QStringLiteral("bg"), QStringLiteral("Кафе")},
                      {QStringLiteral("en"), QStringLiteral("Coffee")}}},
        {QStringLiteral("sortOrder"), 2},
        {QStringLiteral("isPaused"), false},
    };
    QCOMPARE(category.toJson(), expected);
}

void TestProduct::categoryRoundTrip()
{
    Category category;
    category.id = 7;
    category.slug = QStringLiteral("desserts");
    category.nameBg = QStringLiteral("Десерти");
    category.nameEn = QStringLiteral("Desserts");
    category.sortOrder = -1;
    QString error;
    const std::optional<Category> back = Category::fromJson(category.toJson(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(*back, category);
}

void TestProduct::categoryRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("no name") << QByteArray(R"({"slug":"x"})") << QStringLiteral("nameBg");
    QTest::newRow("slug not a string")
        << QByteArray(R"({"nameBg":"x","slug":1})") << QStringLiteral("slug");
    QTest::newRow("sortOrder not an integer")
        << QByteArray(R"({"nameBg":"x","sortOrder":"1"})") << QStringLiteral("sortOrder");
}

void TestProduct::categoryRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QString error;
    QVERIFY(!Category::fromJson(parse(json), &error).has_value());
    QVERIFY2(error.contains(field + QStringLiteral(": ")), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestProduct)
#include "tst_product.moc"
