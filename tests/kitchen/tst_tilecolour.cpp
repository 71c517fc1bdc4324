// Tile colours by age with an injected clock, the elapsed-time text, and the kitchen settings'
// thresholds (defaults, file values, clamping).
#include "kitchensettings.h"
#include "kitchentilemodel.h"
#include "orderlistmodel.h"
#include "tilecolour.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;
using Level = TileColour::Level;

class TestTileColour : public QObject
{
    Q_OBJECT

private slots:
    void defaultThresholds_data();
    void defaultThresholds();
    void thresholdsFromSettings();
    void clockDrivesTheModel();
    void elapsedText_data();
    void elapsedText();
    void pulseAlternates();
};

void TestTileColour::defaultThresholds_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<int>("level");
    QTest::newRow("just placed") << qint64(0) << int(Level::Fresh);
    QTest::newRow("4:59") << qint64(299) << int(Level::Fresh);
    QTest::newRow("5:00") << qint64(300) << int(Level::Warning);
    QTest::newRow("9:59") << qint64(599) << int(Level::Warning);
    QTest::newRow("10:00") << qint64(600) << int(Level::Late);
    QTest::newRow("19:59") << qint64(1199) << int(Level::Late);
    QTest::newRow("20:00 far over") << qint64(1200) << int(Level::FarOver);
    QTest::newRow("2 h") << qint64(7200) << int(Level::FarOver);
    QTest::newRow("clock behind the server") << qint64(-30) << int(Level::Fresh);
}

void TestTileColour::defaultThresholds()
{
    QFETCH(qint64, seconds);
    QFETCH(int, level);
    const TileColour colours {KitchenSettings {}};
    QCOMPARE(int(colours.levelFor(seconds)), level);
    const QDateTime placed(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    QCOMPARE(int(colours.levelAt(placed, placed.addSecs(seconds))), level);
}

void TestTileColour::thresholdsFromSettings()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.ini"));
    {
        QSettings ini(file, QSettings::IniFormat);
        ini.setValue(QStringLiteral("kitchen/amberAfterMinutes"), 2);
        ini.setValue(QStringLiteral("kitchen/redAfterMinutes"), 4);
        ini.setValue(QStringLiteral("kitchen/pulseAfterMinutes"), 6);
        ini.setValue(QStringLiteral("kitchen/station"), QStringLiteral("bar"));
    }
    KitchenSettings settings = KitchenSettings::load(file);
    QCOMPARE(settings.station, QStringLiteral("bar"));
    TileColour colours(settings);
    QCOMPARE(colours.levelFor(119), Level::Fresh);
    QCOMPARE(colours.levelFor(120), Level::Warning);
    QCOMPARE(colours.levelFor(240), Level::Late);
    QCOMPARE(colours.levelFor(360), Level::FarOver);

    // Out of order or bad values are put back in order, never crash the colours.
    {
        QSettings ini(file, QSettings::IniFormat);
        ini.setValue(QStringLiteral("kitchen/amberAfterMinutes"), 10);
        ini.setValue(QStringLiteral("kitchen/redAfterMinutes"), 3);
        ini.remove(QStringLiteral("kitchen/pulseAfterMinutes"));
        ini.setValue(QStringLiteral("kitchen/station"), QStringLiteral("Bar; DROP"));
    }
    settings = KitchenSettings::load(file);
    QCOMPARE(settings.amberAfterMinutes, 10);
    QCOMPARE(settings.redAfterMinutes, 11);
    QCOMPARE(settings.pulseAfterMinutes, 22);
    QCOMPARE(settings.station, QString());

    // Round trip.
    settings.station = QStringLiteral("grill");
    settings.save(file);
    QCOMPARE(KitchenSettings::load(file).station, QStringLiteral("grill"));
    QCOMPARE(KitchenSettings::load(file).redAfterMinutes, 11);
}

void TestTileColour::clockDrivesTheModel()
{
    OrderListModel orders;
    const QDateTime placed(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    Order order;
    order.id = QStringLiteral("a");
    order.orderNumber = 1;
    order.tableNumber = 2;
    order.createdAt = placed;
    order.items.append(OrderItem {});
    orders.upsert(order);
    KitchenTileModel tiles;
    tiles.setOrders(&orders);
    QDateTime now = placed.addSecs(30);
    tiles.setClock([&now] { return now; });
    const QModelIndex tile = tiles.index(0, 0);
    QCOMPARE(tile.data(KitchenTileModel::ElapsedSecondsRole).toLongLong(), 30);
    QCOMPARE(tile.data(KitchenTileModel::AgeLevelRole).toInt(), int(Level::Fresh));
    now = placed.addSecs(7 * 60);
    QCOMPARE(tile.data(KitchenTileModel::AgeLevelRole).toInt(), int(Level::Warning));
    now = placed.addSecs(12 * 60);
    QCOMPARE(tile.data(KitchenTileModel::AgeLevelRole).toInt(), int(Level::Late));
    now = placed.addSecs(25 * 60);
    QCOMPARE(tile.data(KitchenTileModel::AgeLevelRole).toInt(), int(Level::FarOver));
    tiles.setColours(TileColour(30, 60, 90));
    QCOMPARE(tile.data(KitchenTileModel::AgeLevelRole).toInt(), int(Level::Fresh));
}

void TestTileColour::elapsedText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("0:00");
    QTest::newRow("seconds") << qint64(9) << QStringLiteral("0:09");
    QTest::newRow("minutes") << qint64(247) << QStringLiteral("4:07");
    QTest::newRow("hour") << qint64(3729) << QStringLiteral("1:02:09");
}

void TestTileColour::elapsedText()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(TileColour::elapsedText(seconds), text);
}

void TestTileColour::pulseAlternates()
{
    QVERIFY(TileColour::background(Level::FarOver, false)
            != TileColour::background(Level::FarOver, true));
    QCOMPARE(TileColour::background(Level::Late, false), TileColour::background(Level::Late, true));
    QVERIFY(TileColour::background(Level::Fresh) != TileColour::background(Level::Warning));
    QVERIFY(TileColour::background(Level::Warning) != TileColour::background(Level::Late));
}

QTEST_MAIN(TestTileColour)
#include "tst_tilecolour.moc"
