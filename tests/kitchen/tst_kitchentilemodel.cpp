// The kitchen tile model under QAbstractItemModelTester: station filter, arrival order, live
// changes from the shared order model, tile contents, and the all-day counts.
#include "alldaycounter.h"
#include "kitchentilemodel.h"
#include "orderlistmodel.h"
#include "stationnames.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

namespace {

const QDateTime T0(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);

OrderItem item(qint64 productId, int quantity, const QString &station, const QString &name,
               const QString &notes = {})
{
    OrderItem i;
    i.productId = productId;
    i.quantity = quantity;
    i.station = station;
    i.productName = name;
    i.productNameEn = name + QStringLiteral("-en");
    i.notes = notes;
    return i;
}

Order order(const QString &id, int number, int minutesAfterT0, QList<OrderItem> items)
{
    Order o;
    o.id = id;
    o.orderNumber = number;
    o.tableNumber = number + 10;
    o.createdAt = T0.addSecs(minutesAfterT0 * 60);
    o.updatedAt = o.createdAt;
    o.items = std::move(items);
    return o;
}

QStringList ids(const KitchenTileModel &tiles)
{
    QStringList result;
    for (int row = 0; row < tiles.rowCount(); ++row)
        result.append(tiles.index(row, 0).data(OrderListModel::IdRole).toString());
    return result;
}

} // namespace

class TestKitchenTileModel : public QObject
{
    Q_OBJECT

private slots:
    void arrivalOrderAndStationFilter_data();
    void arrivalOrderAndStationFilter();
    void followsLiveChanges();
    void tileContents();
    void allDayCounts();
    void progressLine();
};

void TestKitchenTileModel::arrivalOrderAndStationFilter_data()
{
    QTest::addColumn<QString>("station");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all stations") << QString() << QStringList {"a", "b", "c", "d"};
    QTest::newRow("kitchen") << QStringLiteral("kitchen") << QStringList {"a", "c"};
    QTest::newRow("bar") << QStringLiteral("bar") << QStringList {"b", "c", "d"};
    QTest::newRow("a station with nothing") << QStringLiteral("pastry") << QStringList {};
}

void TestKitchenTileModel::arrivalOrderAndStationFilter()
{
    QFETCH(QString, station);
    QFETCH(QStringList, expected);
    OrderListModel orders;
    KitchenTileModel tiles;
    QAbstractItemModelTester tester(&tiles, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tiles.setStation(station);
    tiles.setOrders(&orders);
    // Inserted out of arrival order: the model shows them oldest first.
    orders.upsert(
        order("c", 3, 3, {item(1, 1, "bar", "Espresso"), item(10, 1, "kitchen", "Salad")}));
    orders.upsert(order("a", 1, 1, {item(10, 2, "kitchen", "Salad")}));
    orders.upsert(order("d", 4, 4, {item(1, 1, "bar", "Espresso")}));
    orders.upsert(order("b", 2, 2, {item(7, 1, "bar", "Beer")}));
    Order done = order("e", 5, 0, {item(10, 1, "kitchen", "Salad"), item(1, 1, "bar", "Espresso")});
    done.status = OrderStatus::Completed;
    orders.upsert(done);
    QCOMPARE(ids(tiles), expected);
}

void TestKitchenTileModel::followsLiveChanges()
{
    OrderListModel orders;
    KitchenTileModel kitchen;
    KitchenTileModel bar;
    KitchenTileModel all;
    QAbstractItemModelTester t1(&kitchen, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&bar, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
    kitchen.setStation(QStringLiteral("kitchen"));
    bar.setStation(QStringLiteral("bar"));
    for (KitchenTileModel *m : {&kitchen, &bar, &all})
        m->setOrders(&orders);

    orders.upsert(
        order("x", 1, 0, {item(1, 1, "bar", "Espresso"), item(10, 1, "kitchen", "Salad")}));
    orders.upsert(order("y", 2, 1, {item(10, 1, "kitchen", "Salad")}));
    QCOMPARE(ids(kitchen), (QStringList {"x", "y"}));
    QCOMPARE(ids(bar), QStringList {"x"});

    // The bar reports x ready: gone from the bar screen, still on the kitchen's.
    QVERIFY(orders.applyStationStatus("x", {{"bar", "ready"}}, "Petar", T0.addSecs(90)));
    QCOMPARE(ids(bar), QStringList {});
    QCOMPARE(ids(kitchen), (QStringList {"x", "y"}));
    QCOMPARE(kitchen.index(0, 0).data(KitchenTileModel::StageRole).toInt(),
             int(KitchenTile::Stage::New));
    QVERIFY(orders.applyStationStatus("x", {{"bar", "ready"}, {"kitchen", "preparing"}}, "Petar",
                                      T0.addSecs(95)));
    QCOMPARE(kitchen.index(0, 0).data(KitchenTileModel::StageRole).toInt(),
             int(KitchenTile::Stage::Preparing));
    // The order becomes ready: off every screen.
    QVERIFY(orders.applyStatusChange("x", OrderStatus::Ready, "Petar", T0.addSecs(99), {}));
    QCOMPARE(ids(kitchen), QStringList {"y"});
    QCOMPARE(ids(all), QStringList {"y"});
    // Recalled (ready → preparing): back, in its arrival place.
    QVERIFY(orders.applyStatusChange("x", OrderStatus::Preparing, "Petar", T0.addSecs(120), {}));
    QVERIFY(orders.applyStationStatus("x", {{"bar", "ready"}, {"kitchen", "preparing"}}, "Petar",
                                      T0.addSecs(120)));
    QCOMPARE(ids(kitchen), (QStringList {"x", "y"}));
    QCOMPARE(kitchen.rowOf("y"), 1);
    QCOMPARE(kitchen.rowOf("nope"), -1);

    // A snapshot replacing everything (after a reconnect) keeps the model consistent.
    orders.replaceAll({order("z", 9, 5, {item(10, 1, "kitchen", "Salad")}),
                       order("y", 2, 1, {item(10, 1, "kitchen", "Salad")})});
    QCOMPARE(ids(kitchen), (QStringList {"y", "z"}));
    QCOMPARE(ids(bar), QStringList {});
    orders.replaceAll({});
    QCOMPARE(kitchen.rowCount(), 0);
}

void TestKitchenTileModel::tileContents()
{
    OrderListModel orders;
    KitchenTileModel bar;
    bar.setStation(QStringLiteral("bar"));
    bar.setOrders(&orders);
    Order o = order("x", 7, 0,
                    {item(1, 2, "bar", "Еспресо", "двойно"), item(10, 1, "kitchen", "Салата")});
    o.notes = QStringLiteral("бързо");
    orders.upsert(o);
    KitchenTile tile = bar.index(0, 0).data(KitchenTileModel::TileRole).value<KitchenTile>();
    QCOMPARE(tile.orderNumber, 7);
    QCOMPARE(tile.tableNumber, 17);
    QCOMPARE(tile.lines.size(), 1); // only the bar's line
    QCOMPARE(tile.lines.first().quantity, 2);
    QCOMPARE(tile.lines.first().name, QStringLiteral("Еспресо"));
    QCOMPARE(tile.lines.first().notes, QStringLiteral("двойно"));
    QCOMPARE(tile.notes, QStringLiteral("бързо"));
    bar.setLanguage(Language::English);
    QCOMPARE(bar.tileAt(0).lines.first().name, QStringLiteral("Еспресо-en"));

    // The all-stations tile shows every line and marks the finished station's lines.
    KitchenTileModel all;
    all.setOrders(&orders);
    orders.applyStationStatus("x", {{"bar", "ready"}}, {}, {});
    tile = all.tileAt(0);
    QCOMPARE(tile.lines.size(), 2);
    QVERIFY(tile.lines.at(0).done);
    QVERIFY(!tile.lines.at(1).done);
    QCOMPARE(bar.rowCount(), 0); // gone from the bar screen
}

void TestKitchenTileModel::allDayCounts()
{
    QList<Order> open
        = {order("a", 1, 0, {item(10, 2, "kitchen", "Salad"), item(1, 1, "bar", "Espresso")}),
           order("b", 2, 1, {item(10, 1, "kitchen", "Salad"), item(12, 4, "kitchen", "Fries")}),
           order("c", 3, 2, {item(1, 2, "bar", "Espresso"), item(13, 1, "kitchen", "Pancake")})};
    open[2].stationStatus.insert("kitchen", "ready"); // c's pancake is done
    Order ready = order("d", 4, 3, {item(10, 5, "kitchen", "Salad")});
    ready.status = OrderStatus::Ready;
    open.append(ready);

    using Entry = AllDayCounter::Entry;
    QCOMPARE(AllDayCounter::count(open, "kitchen", Language::Bulgarian),
             (QList<Entry> {{"kitchen", 12, "Fries", 4}, {"kitchen", 10, "Salad", 3}}));
    QCOMPARE(AllDayCounter::count(open, "bar", Language::English),
             (QList<Entry> {{"bar", 1, "Espresso-en", 3}}));
    QCOMPARE(AllDayCounter::count(open, {}, Language::Bulgarian),
             (QList<Entry> {{"bar", 1, "Espresso", 3},
                            {"kitchen", 12, "Fries", 4},
                            {"kitchen", 10, "Salad", 3}}));
    QVERIFY(AllDayCounter::count({}, {}, Language::Bulgarian).isEmpty());
}

void TestKitchenTileModel::progressLine()
{
    QCOMPARE(StationNames::progressLine({"bar", "kitchen"}, {{"kitchen", "ready"}}),
             QStringLiteral("Bar ○ · Kitchen ✓"));
    QCOMPARE(StationNames::progressLine({"bar", "kitchen"}, {{"bar", "preparing"}}),
             QStringLiteral("Bar … · Kitchen ○"));
    QCOMPARE(StationNames::progressLine({"kitchen"}, {}), QString());
    QCOMPARE(StationNames::progressLine({"kitchen"}, {{"kitchen", "ready"}}),
             QStringLiteral("Kitchen ✓"));
    QCOMPARE(StationNames::displayName("wok"), QStringLiteral("Wok"));
}

QTEST_MAIN(TestKitchenTileModel)
#include "tst_kitchentilemodel.moc"
