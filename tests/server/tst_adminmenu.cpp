// The console's menu routes (issue 16): categories, products, their order, photos, pauses;
// validation (nothing stored on a refusal), roles, the live menu-change event, audit entries,
// GET /api/menu at once (and its ETag), and old orders keeping their names and prices.
#include "adminfixture.h"
#include "eventreader.h"
#include "orderbody.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>

using namespace tableside;
using namespace tableside::server;

namespace {

QByteArray pictureBytes(int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 2, height, QColor(200, 40, 40));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

} // namespace

class TestAdminMenu : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AdminFixture> f;

    QJsonObject menu(int *status = nullptr)
    {
        return f->http.json("GET", QStringLiteral("/api/menu"), {}, {}, status);
    }
    QJsonObject menuProduct(qint64 id)
    {
        for (const QJsonValue &p : menu().value("products").toArray())
            if (p.toObject().value("id").toInteger() == id)
                return p.toObject();
        return {};
    }
    qint64 firstCategory() { return f->server.store().categories().first().id; }
    QJsonObject newProductBody(const QJsonValue &price = 4.5)
    {
        return {{"categoryId", firstCategory()},
                {"name", QJsonObject {{"bg", "Шопска салата"}, {"en", "Shopska salad"}}},
                {"priceEur", price},
                {"station", "kitchen"}};
    }
    qint64 createProduct(const QJsonObject &body)
    {
        int status = 0;
        const QJsonObject answer
            = f->call("POST", QStringLiteral("/api/admin/products"), body, &status);
        return status == 201 ? answer.value("product").toObject().value("id").toInteger() : 0;
    }
    int productCount() { return int(f->server.store().products().size()); }
    /// Audit entries whose action starts with @p prefix, newest first (explicit bounds: an
    /// empty bound binds as NULL in AuditLog::entries and matches nothing).
    QList<AuditLog::Entry> audit(const QString &prefix)
    {
        AuditLog::Filter filter;
        filter.actionPrefix = prefix;
        filter.from = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        filter.to = QDateTime::currentDateTimeUtc().addDays(1);
        return f->server.store().auditEntries(filter);
    }
    /// Every menu-change event after @p seq, read as a dashboard catching up does.
    QList<QJsonObject> menuEventsAfter(qint64 seq)
    {
        EventReader reader(f->http, f->waiter);
        QList<QJsonObject> found;
        for (const QJsonValue &e : reader.page(seq).value("events").toArray())
            if (e.toObject().value("event").toString() == u"menu-change")
                found.append(e.toObject().value("data").toObject());
        return found;
    }

private slots:
    void init() { f = std::make_unique<AdminFixture>(); }
    void cleanup() { f.reset(); }

    void otherRolesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("menu") << QByteArray("GET") << QStringLiteral("/api/admin/menu");
        QTest::newRow("add category")
            << QByteArray("POST") << QStringLiteral("/api/admin/categories");
        QTest::newRow("rename category")
            << QByteArray("PATCH") << QStringLiteral("/api/admin/categories/1");
        QTest::newRow("delete category")
            << QByteArray("DELETE") << QStringLiteral("/api/admin/categories/1");
        QTest::newRow("category order")
            << QByteArray("PUT") << QStringLiteral("/api/admin/category-order");
        QTest::newRow("product order")
            << QByteArray("PUT") << QStringLiteral("/api/admin/categories/1/product-order");
        QTest::newRow("pause category")
            << QByteArray("PUT") << QStringLiteral("/api/admin/categories/1/pause");
        QTest::newRow("pause station")
            << QByteArray("PUT") << QStringLiteral("/api/admin/stations/kitchen/pause");
        QTest::newRow("add product") << QByteArray("POST") << QStringLiteral("/api/admin/products");
        QTest::newRow("change product")
            << QByteArray("PATCH") << QStringLiteral("/api/admin/products/1");
        QTest::newRow("photo") << QByteArray("PUT")
                               << QStringLiteral("/api/admin/products/1/photo");
        QTest::newRow("remove photo")
            << QByteArray("DELETE") << QStringLiteral("/api/admin/products/1/photo");
    }
    void otherRolesAreRefused()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const qint64 seq = f->server.store().latestSeq();
        const QJsonObject body = newProductBody();
        for (const QString &token : {f->waiter, f->kitchen}) {
            int status = 0;
            const QJsonObject answer = f->call(method, path, body, &status, token);
            QCOMPARE(status, 403);
            QCOMPARE(answer.value("error").toString(), QStringLiteral("forbidden"));
        }
        int status = 0;
        f->http.json(method, path, {}, QString(), &status);
        QCOMPARE(status, 401);
        QCOMPARE(f->server.store().latestSeq(), seq);
        QVERIFY(audit(QString()).isEmpty());
    }

    void createdProductIsOnTheMenuAtOnce()
    {
        const qint64 seq = f->server.store().latestSeq();
        int status = 0;
        const QJsonObject answer
            = f->call("POST", QStringLiteral("/api/admin/products"), newProductBody(4.5), &status);
        QCOMPARE(status, 201);
        const qint64 id = answer.value("product").toObject().value("id").toInteger();
        QVERIFY(id > 0);
        const QJsonObject listed = menuProduct(id);
        QCOMPARE(listed.value("name").toObject().value("bg").toString(),
                 QStringLiteral("Шопска салата"));
        QCOMPARE(listed.value("name").toObject().value("en").toString(),
                 QStringLiteral("Shopska salad"));
        QCOMPARE(listed.value("priceEurCents").toInteger(), 450);
        QCOMPARE(listed.value("priceEur").toDouble(), 4.5);
        QCOMPARE(listed.value("priceBgnCents").toInteger(), 880); // 4.50 × 1.95583 = 8.80
        QCOMPARE(listed.value("isAvailable").toBool(), true);
        // The live event every dashboard and kitchen screen refetches on, and the audit entry.
        const QList<QJsonObject> events = menuEventsAfter(seq);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().value("what").toString(), QStringLiteral("product"));
        QCOMPARE(events.first().value("productId").toInteger(), id);
        const auto entries = audit(QStringLiteral("product."));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("product.create"));
        QCOMPARE(entries.first().subject, QString::number(id));
        QCOMPARE(entries.first().staff, QStringLiteral("Maria"));
        QCOMPARE(
            entries.first().detail.value("after").toObject().value("priceEurCents").toInteger(),
            450);
    }

    void priceIsCheckedAndExact_data()
    {
        QTest::addColumn<QJsonValue>("price");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("4.5") << QJsonValue(4.5) << 201 << qint64(450);
        QTest::newRow("19.99") << QJsonValue(19.99) << 201 << qint64(1999);
        QTest::newRow("0.29 text") << QJsonValue("0.29") << 201 << qint64(29);
        QTest::newRow("decimal comma") << QJsonValue("4,50") << 201 << qint64(450);
        QTest::newRow("free") << QJsonValue(0) << 201 << qint64(0);
        QTest::newRow("the cap") << QJsonValue(10000) << 201 << qint64(1'000'000);
        QTest::newRow("three decimals") << QJsonValue(4.555) << 400 << qint64(0);
        QTest::newRow("three decimals text") << QJsonValue("4.555") << 400 << qint64(0);
        QTest::newRow("negative") << QJsonValue(-1) << 400 << qint64(0);
        QTest::newRow("negative text") << QJsonValue("-1.00") << 400 << qint64(0);
        QTest::newRow("over the cap") << QJsonValue(10000.01) << 400 << qint64(0);
        QTest::newRow("words") << QJsonValue("cheap") << 400 << qint64(0);
        QTest::newRow("null") << QJsonValue() << 400 << qint64(0);
    }
    void priceIsCheckedAndExact()
    {
        QFETCH(QJsonValue, price);
        QFETCH(int, status);
        QFETCH(qint64, cents);
        const int before = productCount();
        const qint64 seq = f->server.store().latestSeq();
        int got = 0;
        const QJsonObject answer
            = f->call("POST", QStringLiteral("/api/admin/products"), newProductBody(price), &got);
        QCOMPARE(got, status);
        if (status != 201) {
            QCOMPARE(answer.value("error").toString(), QStringLiteral("invalid_request"));
            QCOMPARE(productCount(), before);
            QCOMPARE(f->server.store().latestSeq(), seq);
            // The same on PATCH: the price stays.
            const Money old = f->server.store().findProduct(1)->price;
            f->call("PATCH", QStringLiteral("/api/admin/products/1"), {{"priceEur", price}}, &got);
            QCOMPARE(got, 400);
            QCOMPARE(f->server.store().findProduct(1)->price, old);
            return;
        }
        const qint64 id = answer.value("product").toObject().value("id").toInteger();
        QCOMPARE(f->server.store().findProduct(id)->price.euroCents(), cents);
    }

    void namesAreChecked_data()
    {
        QTest::addColumn<QJsonValue>("name");
        QTest::addColumn<bool>("patchRefused"); // a PATCH may leave one language out
        const QString tooLong(81, u'я');
        QTest::newRow("empty bg") << QJsonValue(QJsonObject {{"bg", " "}, {"en", "Salad"}}) << true;
        QTest::newRow("no en") << QJsonValue(QJsonObject {{"bg", "Салата"}}) << false;
        QTest::newRow("too long") << QJsonValue(QJsonObject {{"bg", tooLong}, {"en", "Salad"}})
                                  << true;
        QTest::newRow("not text") << QJsonValue(QJsonObject {{"bg", 5}, {"en", "Salad"}}) << true;
        QTest::newRow("a string") << QJsonValue("Salad") << true;
    }
    void namesAreChecked()
    {
        QFETCH(QJsonValue, name);
        QFETCH(bool, patchRefused);
        const int before = productCount();
        QJsonObject body = newProductBody();
        body.insert("name", name);
        int status = 0;
        f->call("POST", QStringLiteral("/api/admin/products"), body, &status);
        QCOMPARE(status, 400);
        QCOMPARE(productCount(), before);
        const int categories = int(f->server.store().categories().size());
        f->call("POST", QStringLiteral("/api/admin/categories"), {{"name", name}}, &status);
        QCOMPARE(status, 400);
        QCOMPARE(f->server.store().categories().size(), categories);
        if (!patchRefused)
            return;
        const qint64 seq = f->server.store().latestSeq();
        const QString old = f->server.store().findProduct(1)->nameBg;
        f->call("PATCH", QStringLiteral("/api/admin/products/1"), {{"name", name}}, &status);
        QCOMPARE(status, 400);
        QCOMPARE(f->server.store().findProduct(1)->nameBg, old);
        QCOMPARE(f->server.store().latestSeq(), seq);
    }

    void everyFieldCanBeChanged()
    {
        const qint64 seq = f->server.store().latestSeq();
        const Product before = *f->server.store().findProduct(1);
        const qint64 otherCategory = f->server.store().categories().last().id;
        int status = 0;
        const QJsonObject answer
            = f->call("PATCH", QStringLiteral("/api/admin/products/1"),
                      {{"name", QJsonObject {{"bg", "Ново име"}, {"en", "New name"}}},
                       {"description", QJsonObject {{"bg", "Описание"}, {"en", "Description"}}},
                       {"priceEur", 7.2},
                       {"station", "bar"},
                       {"isAvailable", false},
                       {"isHidden", false},
                       {"categoryId", otherCategory},
                       {"allergens", QJsonArray {"milk", "gluten", "milk"}}},
                      &status);
        QCOMPARE(status, 200);
        const Product after = *f->server.store().findProduct(1);
        QCOMPARE(after.nameBg, QStringLiteral("Ново име"));
        QCOMPARE(after.nameEn, QStringLiteral("New name"));
        QCOMPARE(after.descriptionBg, QStringLiteral("Описание"));
        QCOMPARE(after.descriptionEn, QStringLiteral("Description"));
        QCOMPARE(after.price.euroCents(), 720);
        QCOMPARE(after.station, QStringLiteral("bar"));
        QCOMPARE(after.isAvailable, false);
        QCOMPARE(after.categoryId, otherCategory);
        QCOMPARE(after.allergens, (QStringList {"gluten", "milk"})); // the regulation's order
        QCOMPARE(answer.value("product").toObject().value("allergens").toArray().size(), 2);
        const auto entries = audit(QStringLiteral("product.update"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(
            entries.first().detail.value("before").toObject().value("priceEurCents").toInteger(),
            before.price.euroCents());
        QCOMPARE(
            entries.first().detail.value("after").toObject().value("priceEurCents").toInteger(),
            720);
        QCOMPARE(menuEventsAfter(seq).size(), 1);
        // Hidden: off the guests' menu, still in the console's.
        f->call("PATCH", QStringLiteral("/api/admin/products/1"), {{"isHidden", true}}, &status);
        QCOMPARE(status, 200);
        QVERIFY(menuProduct(1).isEmpty());
        bool inConsole = false;
        for (const QJsonValue &p :
             f->call("GET", QStringLiteral("/api/admin/menu")).value("products").toArray())
            inConsole |= p.toObject().value("id").toInteger() == 1;
        QVERIFY(inConsole);
        // Unknown allergen, bad station, unknown category, unknown product: refused, unchanged.
        const qint64 seqBefore = f->server.store().latestSeq();
        f->call("PATCH", QStringLiteral("/api/admin/products/1"),
                {{"allergens", QJsonArray {"cheese"}}}, &status);
        QCOMPARE(status, 400);
        f->call("PATCH", QStringLiteral("/api/admin/products/1"), {{"station", "Bar!"}}, &status);
        QCOMPARE(status, 400);
        f->call("PATCH", QStringLiteral("/api/admin/products/1"), {{"categoryId", 999}}, &status);
        QCOMPARE(status, 400);
        f->call("PATCH", QStringLiteral("/api/admin/products/99999"), {{"priceEur", 1}}, &status);
        QCOMPARE(status, 404);
        QCOMPARE(f->server.store().latestSeq(), seqBefore);
        QCOMPARE(f->server.store().findProduct(1)->allergens, (QStringList {"gluten", "milk"}));
    }

    void oldOrdersKeepTheirNamesAndPrices()
    {
        const Product product = *f->server.store().findProduct(1);
        int status = 0;
        const QJsonObject placed = f->http.json("POST", QStringLiteral("/api/orders/create"),
                                                orderBody(3, {{1, 2}}), {}, &status);
        QCOMPARE(status, 201);
        const QString orderId = placed.value("order").toObject().value("id").toString();
        f->call("PATCH", QStringLiteral("/api/admin/products/1"),
                {{"priceEur", "99.90"}, {"name", QJsonObject {{"bg", "Друго"}, {"en", "Other"}}}},
                &status);
        QCOMPARE(status, 200);
        const Order old = *f->server.store().findOrder(orderId);
        QCOMPARE(old.items.first().unitPrice, product.price);
        QCOMPARE(old.items.first().productName, product.nameBg);
        QCOMPARE(old.items.first().productNameEn, product.nameEn);
        const QJsonObject next = f->http.json("POST", QStringLiteral("/api/orders/create"),
                                              orderBody(3, {{1, 1}}), {}, &status);
        QCOMPARE(status, 201);
        const Order fresh
            = *f->server.store().findOrder(next.value("order").toObject().value("id").toString());
        QCOMPARE(fresh.items.first().unitPrice.euroCents(), 9990);
        QCOMPARE(fresh.items.first().productNameEn, QStringLiteral("Other"));
        QCOMPARE(f->server.store().findOrder(orderId)->items.first().unitPrice, product.price);
    }

    void categoriesCanBeAddedRenamedOrderedAndDeletedWhenEmpty()
    {
        int status = 0;
        const QJsonObject created
            = f->call("POST", QStringLiteral("/api/admin/categories"),
                      {{"name", QJsonObject {{"bg", "Вина"}, {"en", "Wines"}}}}, &status);
        QCOMPARE(status, 201);
        const qint64 id = created.value("category").toObject().value("id").toInteger();
        QCOMPARE(created.value("category").toObject().value("slug").toString(),
                 QStringLiteral("wines"));
        f->call("PATCH", QStringLiteral("/api/admin/categories/%1").arg(id),
                {{"name", QJsonObject {{"en", "Wine list"}}}}, &status);
        QCOMPARE(status, 200);
        const QJsonArray listed = menu().value("categories").toArray();
        QCOMPARE(listed.last().toObject().value("name").toObject().value("en").toString(),
                 QStringLiteral("Wine list"));
        QCOMPARE(listed.last().toObject().value("name").toObject().value("bg").toString(),
                 QStringLiteral("Вина"));
        // New order: the new category first.
        QJsonArray order {id};
        for (const Category &c : f->server.store().categories())
            if (c.id != id)
                order.append(c.id);
        f->call("PUT", QStringLiteral("/api/admin/category-order"), {{"ids", order}}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(menu().value("categories").toArray().first().toObject().value("id").toInteger(),
                 id);
        order.removeLast();
        f->call("PUT", QStringLiteral("/api/admin/category-order"), {{"ids", order}}, &status);
        QCOMPARE(status, 400); // every category, exactly once
        // Not empty: refused; empty: deleted.
        const qint64 product
            = createProduct({{"categoryId", id},
                             {"name", QJsonObject {{"bg", "Мавруд"}, {"en", "Mavrud"}}},
                             {"priceEur", 6},
                             {"station", "bar"}});
        QVERIFY(product > 0);
        const QJsonObject refused
            = f->call("DELETE", QStringLiteral("/api/admin/categories/%1").arg(id), {}, &status);
        QCOMPARE(status, 409);
        QVERIFY(refused.contains("category"));
        f->call("PATCH", QStringLiteral("/api/admin/products/%1").arg(product),
                {{"categoryId", order.at(1)}}, &status); // an old category
        QCOMPARE(status, 200);
        f->call("DELETE", QStringLiteral("/api/admin/categories/%1").arg(id), {}, &status);
        QCOMPARE(status, 200);
        f->call("DELETE", QStringLiteral("/api/admin/categories/%1").arg(id), {}, &status);
        QCOMPARE(status, 404);
        QStringList actions;
        for (const auto &entry : audit(QStringLiteral("category.")))
            actions.prepend(entry.action);
        QCOMPARE(actions,
                 (QStringList {"category.create", "category.update", "category.reorder",
                               "category.delete"}));
    }

    void productsCanBeReordered()
    {
        const qint64 category = firstCategory();
        QList<qint64> ids;
        for (const Product &p : f->server.store().products())
            if (p.categoryId == category)
                ids.append(p.id);
        QVERIFY(ids.size() >= 2);
        std::reverse(ids.begin(), ids.end());
        QJsonArray body;
        for (qint64 id : ids)
            body.append(id);
        const qint64 seq = f->server.store().latestSeq();
        int status = 0;
        f->call("PUT", QStringLiteral("/api/admin/categories/%1/product-order").arg(category),
                {{"ids", body}}, &status);
        QCOMPARE(status, 200);
        QList<qint64> listed;
        for (const QJsonValue &p : menu().value("products").toArray())
            if (p.toObject().value("categoryId").toInteger() == category)
                listed.append(p.toObject().value("id").toInteger());
        QCOMPARE(listed, ids);
        QCOMPARE(menuEventsAfter(seq).first().value("what").toString(),
                 QStringLiteral("product-order"));
        QCOMPARE(audit(QStringLiteral("product.reorder")).size(), 1);
        body.append(body.first()); // a duplicate
        f->call("PUT", QStringLiteral("/api/admin/categories/%1/product-order").arg(category),
                {{"ids", body}}, &status);
        QCOMPARE(status, 400);
        f->call("PUT", QStringLiteral("/api/admin/categories/%1/product-order").arg(category),
                {{"ids", QJsonArray {"1"}}}, &status);
        QCOMPARE(status, 400);
    }

    void pausedCategoryLeavesTheMenuAndComesBack()
    {
        const Category category = f->server.store().categories().first();
        const qint64 product = [&] {
            for (const Product &p : f->server.store().products())
                if (p.categoryId == category.id && !p.isHidden)
                    return p.id;
            return qint64(0);
        }();
        const qint64 seq = f->server.store().latestSeq();
        int status = 0;
        f->call("PUT", QStringLiteral("/api/admin/categories/%1/pause").arg(category.id),
                {{"paused", true}}, &status);
        QCOMPARE(status, 200);
        QVERIFY(menuProduct(product).isEmpty());
        for (const QJsonValue &c : menu().value("categories").toArray())
            QVERIFY(c.toObject().value("id").toInteger() != category.id);
        const QJsonObject refused = f->http.json("POST", QStringLiteral("/api/orders/create"),
                                                 orderBody(2, {{int(product), 1}}), {}, &status);
        QCOMPARE(status, 422);
        QCOMPARE(refused.value("error").toString(), QStringLiteral("product_unavailable"));
        const QList<QJsonObject> events = menuEventsAfter(seq);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().value("what").toString(), QStringLiteral("pause"));
        QCOMPARE(events.first().value("categoryId").toInteger(), category.id);
        QCOMPARE(audit(QStringLiteral("category.pause")).size(), 1);
        f->call("PUT", QStringLiteral("/api/admin/categories/%1/pause").arg(category.id),
                {{"paused", false}}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(menuProduct(product).value("isAvailable").toBool(), true);
        f->http.json("POST", QStringLiteral("/api/orders/create"),
                     orderBody(2, {{int(product), 1}}), {}, &status);
        QCOMPARE(status, 201);
    }

    void pausedStationMakesItsProductsUnavailable()
    {
        // Product 1 sold out on its own before the pause stays sold out after it.
        const QString station = f->server.store().findProduct(1)->station;
        int status = 0;
        f->call("PATCH", QStringLiteral("/api/admin/products/1"), {{"isAvailable", false}},
                &status);
        QCOMPARE(status, 200);
        f->call("PUT", QStringLiteral("/api/admin/stations/%1/pause").arg(station),
                {{"paused", true}}, &status);
        QCOMPARE(status, 200);
        int paused = 0;
        for (const QJsonValue &value : menu().value("products").toArray()) {
            const QJsonObject p = value.toObject();
            if (p.value("station").toString() == station) {
                QCOMPARE(p.value("isAvailable").toBool(), false);
                QCOMPARE(p.value("pausedBy").toString(), QStringLiteral("station"));
                ++paused;
            }
        }
        QVERIFY(paused >= 2);
        const QJsonObject console = f->call("GET", QStringLiteral("/api/admin/menu"));
        bool listedPaused = false;
        for (const QJsonValue &s : console.value("stations").toArray())
            listedPaused |= s.toObject().value("station").toString() == station
                && s.toObject().value("paused").toBool();
        QVERIFY(listedPaused);
        f->call("PUT", QStringLiteral("/api/admin/stations/%1/pause").arg(station),
                {{"paused", false}}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(menuProduct(1).value("isAvailable").toBool(), false);
        QCOMPARE(menuProduct(1).value("pausedBy").toString(), QString());
        QCOMPARE(audit(QStringLiteral("station.pause")).size(), 2);
        f->call("PUT", QStringLiteral("/api/admin/stations/Not%20A%20Station/pause"),
                {{"paused", true}}, &status);
        QCOMPARE(status, 400);
        f->call("PUT", QStringLiteral("/api/admin/stations/bar/pause"), {{"paused", "yes"}},
                &status);
        QCOMPARE(status, 400);
    }

    void photoIsReencodedAndServedCacheable()
    {
        const qint64 seq = f->server.store().latestSeq();
        const HttpReply uploaded = f->http.request(
            "PUT", QStringLiteral("/api/admin/products/1/photo"), pictureBytes(1600, 1200, "PNG"),
            f->manager, {{"Content-Type", "image/png"}});
        QCOMPARE(uploaded.status, 200);
        const QString url
            = uploaded.json().value("product").toObject().value("photoUrl").toString();
        QVERIFY2(url.startsWith(QStringLiteral("/api/menu/photos/1?v=")), qPrintable(url));
        QCOMPARE(menuProduct(1).value("photoUrl").toString(), url);
        const HttpReply photo = f->http.request("GET", url);
        QCOMPARE(photo.status, 200);
        QCOMPARE(photo.header("content-type"), QByteArray("image/jpeg"));
        QVERIFY(photo.header("cache-control").contains("max-age=31536000"));
        QVERIFY(!photo.header("cache-control").contains("no-store"));
        QVERIFY(photo.body.size() <= 250 * 1024);
        const QImage image = QImage::fromData(photo.body, "JPEG");
        QCOMPARE(image.size(), QSize(800, 600));
        QCOMPARE(
            f->http.request("GET", url, {}, {}, {{"If-None-Match", photo.header("etag")}}).status,
            304);
        QCOMPARE(menuEventsAfter(seq).first().value("what").toString(), QStringLiteral("photo"));
        QCOMPARE(audit(QStringLiteral("product.photo")).size(), 1);
        // Removed: no URL, 404.
        int status = 0;
        f->call("DELETE", QStringLiteral("/api/admin/products/1/photo"), {}, &status);
        QCOMPARE(status, 200);
        QVERIFY(menuProduct(1).value("photoUrl").isNull());
        QCOMPARE(f->http.request("GET", url).status, 404);
    }

    void badPhotosAreRefusedAndNothingStored_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("text as an image")
            << QByteArray("hello, I am not a picture") << QByteArray("image/jpeg") << 422;
        QByteArray broken = pictureBytes(400, 300, "JPEG");
        broken.truncate(200);
        QTest::newRow("truncated jpeg") << broken << QByteArray("image/jpeg") << 422;
        QTest::newRow("not an image type")
            << pictureBytes(40, 30, "PNG") << QByteArray("text/plain") << 415;
        QTest::newRow("empty") << QByteArray() << QByteArray("image/png") << 422;
        QTest::newRow("over 5 MB")
            << QByteArray(5 * 1024 * 1024 + 1, 'x') << QByteArray("image/jpeg") << 413;
    }
    void badPhotosAreRefusedAndNothingStored()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const qint64 seq = f->server.store().latestSeq();
        const HttpReply reply
            = f->http.request("PUT", QStringLiteral("/api/admin/products/2/photo"), body,
                              f->manager, {{"Content-Type", contentType}});
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.json().value("error").toString().isEmpty());
        QVERIFY(!f->server.store().productPhoto(2));
        QCOMPARE(f->server.store().findProduct(2)->photoVersion, qint64(0));
        QCOMPARE(f->server.store().latestSeq(), seq);
        QVERIFY(audit(QStringLiteral("product.photo")).isEmpty());
    }

    void menuHasAnETagThatChangesWithTheMenu()
    {
        const HttpReply first = f->http.request("GET", QStringLiteral("/api/menu"));
        QCOMPARE(first.status, 200);
        const QByteArray etag = first.header("etag");
        QVERIFY(!etag.isEmpty());
        QCOMPARE(
            f->http.request("GET", QStringLiteral("/api/menu"), {}, {}, {{"If-None-Match", etag}})
                .status,
            304);
        int status = 0;
        f->call("PATCH", QStringLiteral("/api/admin/products/1"), {{"priceEur", 3.3}}, &status);
        QCOMPARE(status, 200);
        const HttpReply changed = f->http.request("GET", QStringLiteral("/api/menu"), {}, {},
                                                  {{"If-None-Match", etag}});
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.header("etag") != etag);
    }
};

QTEST_MAIN(TestAdminMenu)
#include "tst_adminmenu.moc"
