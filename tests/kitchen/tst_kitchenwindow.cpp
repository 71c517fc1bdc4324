// The kitchen window offscreen against a real tableside-server: bump by keys and by touch,
// recall, station filter and multi-station readiness, all-day counts, new-order bell and
// highlight, calls hidden unless asked for, the role warning.
#include "alertcoordinator.h"
#include "calllistmodel.h"
#include "kitchenactions.h"
#include "kitchenboard.h"
#include "kitchenclient.h"
#include "kitchensound.h"
#include "kitchentilemodel.h"
#include "orderbody.h"
#include "orderlistmodel.h"
#include "serverprocess.h"
#include "stationnames.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

namespace {
constexpr int Espresso = 1; // bar
constexpr int Beer = 7; // bar
constexpr int Salad = 10; // kitchen
constexpr int Fries = 12; // kitchen
constexpr int Timeout = 15'000;

KitchenSettings forStation(const QString &station)
{
    KitchenSettings settings;
    settings.station = station;
    return settings;
}
} // namespace

class TestKitchenWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bumpByKeysAndRecall();
    void bumpByTouch();
    void stationFilterAndMultiStationReadiness();
    void allDayCounts();
    void newOrderBellAndHighlight();
    void callsHiddenUnlessAsked();
    void waiterPinIsWarned();

private:
    QString createOrder(int table, const QList<QPair<int, int>> &lines, const QString &notes = {})
    {
        int status = 0;
        const QJsonObject reply = m_server.http().json("POST", QStringLiteral("/api/orders/create"),
                                                       orderBody(table, lines, notes), {}, &status);
        return status == 201 ? reply.value("order").toObject().value("id").toString() : QString();
    }
    QJsonObject serverOrder(const QString &id)
    {
        const QJsonObject state
            = m_server.http().json("GET", QStringLiteral("/api/staff/state"), {}, m_managerToken);
        for (const QJsonValue &value : state.value("orders").toArray()) {
            if (value.toObject().value("id").toString() == id)
                return value.toObject();
        }
        return {};
    }
    void finishAll()
    {
        // Each test starts with an empty screen: complete or cancel what is open.
        const QJsonObject state
            = m_server.http().json("GET", QStringLiteral("/api/staff/state"), {}, m_managerToken);
        for (const QJsonValue &value : state.value("orders").toArray()) {
            const QJsonObject order = value.toObject();
            const QString status = order.value("status").toString();
            if (status == "pending" || status == "preparing" || status == "ready")
                m_server.http().json(
                    "PATCH",
                    QStringLiteral("/api/orders/%1/status").arg(order.value("id").toString()),
                    {{"status", "cancelled"}}, m_managerToken);
        }
    }

    ServerProcess m_server;
    QString m_managerToken;
};

void TestKitchenWindow::initTestCase()
{
    QVERIFY2(m_server.addStaff("Petar", "3333", "kitchen"), qPrintable(m_server.output()));
    QVERIFY(m_server.addStaff("Ivan", "2222", "waiter"));
    QVERIFY(m_server.addStaff("Maria", "1111", "manager"));
    m_server.disableGuestLimits();
    QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    m_managerToken = m_server.http().login("1111");
    QVERIFY(!m_managerToken.isEmpty());
}

void TestKitchenWindow::bumpByKeysAndRecall()
{
    finishAll();
    KitchenClient client;
    QVERIFY(client.signIn(m_server.url(), "3333"));
    KitchenWindow &window = client.window();
    const QString first = createOrder(3, {{Salad, 2}});
    const QString second = createOrder(4, {{Fries, 1}});
    QTRY_COMPARE_WITH_TIMEOUT(window.tiles()->rowCount(), 2, Timeout);

    // "2" selects the second tile, Enter starts it, Enter again makes it ready.
    QTest::keyClick(&window, Qt::Key_2);
    QCOMPARE(window.board()->selectedOrderId(), second);
    QTest::keyClick(&window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(serverOrder(second).value("status").toString(),
                              QStringLiteral("preparing"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window.tiles()->index(1, 0).data(KitchenTileModel::StageRole).toInt(),
                              int(KitchenTile::Stage::Preparing), Timeout);
    QTest::keyClick(&window, Qt::Key_Enter);
    QTRY_COMPARE_WITH_TIMEOUT(serverOrder(second).value("status").toString(),
                              QStringLiteral("ready"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window.tiles()->rowCount(), 1, Timeout);
    QCOMPARE(window.actions()->recallable().size(), 1);
    QCOMPARE(window.actions()->recallable().first().orderId, second);

    // Backspace recalls the last bumped order: back on the screen, preparing on the server.
    QTest::keyClick(&window, Qt::Key_Backspace);
    QTRY_COMPARE_WITH_TIMEOUT(serverOrder(second).value("status").toString(),
                              QStringLiteral("preparing"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window.tiles()->rowCount(), 2, Timeout);
    QCOMPARE(window.tiles()->rowOf(second), 1); // in its arrival place
    QVERIFY(window.actions()->recallable().isEmpty());

    // Enter with nothing selected bumps the oldest tile.
    window.board()->clearSelection();
    QTest::keyClick(&window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(serverOrder(first).value("status").toString(),
                              QStringLiteral("preparing"), Timeout);

    // Outside the recall window (by the screen's clock) there is nothing to recall.
    QTest::keyClick(&window, Qt::Key_1);
    QTest::keyClick(&window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(serverOrder(first).value("status").toString(),
                              QStringLiteral("ready"), Timeout);
    QCOMPARE(window.actions()->recallable().size(), 1);
    window.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
    QVERIFY(window.actions()->recallable().isEmpty());
    QTest::keyClick(&window, Qt::Key_Backspace);
    QVERIFY(window.bannerText().contains(QStringLiteral("Nothing to recall")));
    QCOMPARE(serverOrder(first).value("status").toString(), QStringLiteral("ready"));
}

void TestKitchenWindow::bumpByTouch()
{
    finishAll();
    KitchenClient client;
    QVERIFY(client.signIn(m_server.url(), "3333"));
    KitchenWindow &window = client.window();
    const QString id = createOrder(6, {{Salad, 1}});
    QTRY_COMPARE_WITH_TIMEOUT(window.tiles()->rowCount(), 1, Timeout);
    KitchenBoard *board = window.board();
    // A tap on the tile selects it; a tap on its button bumps it.
    QTest::mouseClick(board, Qt::LeftButton, {},
                      board->bumpButtonRect(1).center() - QPoint(0, 150));
    QCOMPARE(board->selectedOrderId(), id);
    QCOMPARE(serverOrder(id).value("status").toString(), QStringLiteral("pending"));
    QTest::mouseClick(board, Qt::LeftButton, {}, board->bumpButtonRect(1).center());
    QTRY_COMPARE_WITH_TIMEOUT(serverOrder(id).value("status").toString(),
                              QStringLiteral("preparing"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!client.session().orders()->order(id)->stationStatus.isEmpty(),
                             Timeout);
    QTest::mouseClick(board, Qt::LeftButton, {}, board->bumpButtonRect(1).center());
    QTRY_COMPARE_WITH_TIMEOUT(serverOrder(id).value("status").toString(), QStringLiteral("ready"),
                              Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window.tiles()->rowCount(), 0, Timeout);
}

void TestKitchenWindow::stationFilterAndMultiStationReadiness()
{
    finishAll();
    KitchenClient bar(forStation("bar"));
    KitchenClient kitchen(forStation("kitchen"));
    QVERIFY(bar.signIn(m_server.url(), "3333"));
    QVERIFY(kitchen.signIn(m_server.url(), "3333"));
    const QString id = createOrder(9, {{Espresso, 2}, {Salad, 1}});
    const QString barOnly = createOrder(10, {{Beer, 1}});
    QTRY_COMPARE_WITH_TIMEOUT(bar.window().tiles()->rowCount(), 2, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(kitchen.window().tiles()->rowCount(), 1, Timeout);
    const KitchenTile barTile = bar.window().tiles()->tileAt(0);
    QCOMPARE(barTile.lines.size(), 1); // only the espresso
    QCOMPARE(barTile.lines.first().quantity, 2);
    QCOMPARE(kitchen.window().tiles()->tileAt(0).lines.size(), 1); // only the salad
    QCOMPARE(kitchen.window().tiles()->tileAt(0).orderId, id);

    // The bar finishes its part: off the bar screen, still on the kitchen's, order not ready.
    QTest::keyClick(&bar.window(), Qt::Key_1);
    QTest::keyClick(&bar.window(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(
        serverOrder(id).value("stationStatus").toObject().value("bar").toString(),
        QStringLiteral("preparing"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(bar.window().tiles()->tileAt(0).stage, KitchenTile::Stage::Preparing,
                              Timeout);
    QTest::keyClick(&bar.window(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(bar.window().tiles()->rowCount(), 1, Timeout);
    QCOMPARE(bar.window().tiles()->tileAt(0).orderId, barOnly);
    QCOMPARE(serverOrder(id).value("status").toString(), QStringLiteral("preparing"));
    QTRY_COMPARE_WITH_TIMEOUT(kitchen.window().tiles()->rowCount(), 1, Timeout);

    // Waiters see the progress on their cards (same models, same text).
    QTRY_COMPARE_WITH_TIMEOUT(
        StationNames::progressLine(kitchen.session().orders()->order(id)->stations(),
                                   kitchen.session().orders()->order(id)->stationStatus),
        QStringLiteral("Bar ✓ · Kitchen ○"), Timeout);

    // The kitchen finishes: the order is ready because every station has bumped it.
    QTest::keyClick(&kitchen.window(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(kitchen.window().tiles()->tileAt(0).stage,
                              KitchenTile::Stage::Preparing, Timeout);
    QTest::keyClick(&kitchen.window(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(serverOrder(id).value("status").toString(), QStringLiteral("ready"),
                              Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(kitchen.window().tiles()->rowCount(), 0, Timeout);
    // Both screens' models converge on the server's order.
    QTRY_COMPARE_WITH_TIMEOUT(bar.session().orders()->order(id)->status, OrderStatus::Ready,
                              Timeout);
    QCOMPARE(bar.session().orders()->order(id)->stationStatus,
             (QMap<QString, QString> {{"bar", "ready"}, {"kitchen", "ready"}}));

    // The kitchen screen recalls its part: the order goes back to preparing, the bar stays done.
    QVERIFY(kitchen.window().actions()->recallLast());
    QTRY_COMPARE_WITH_TIMEOUT(serverOrder(id).value("status").toString(),
                              QStringLiteral("preparing"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(kitchen.window().tiles()->rowCount(), 1, Timeout);
    QCOMPARE(bar.window().tiles()->rowCount(), 1); // only barOnly
}

void TestKitchenWindow::allDayCounts()
{
    finishAll();
    KitchenClient all;
    KitchenClient kitchen(forStation("kitchen"));
    QVERIFY(all.signIn(m_server.url(), "3333"));
    QVERIFY(kitchen.signIn(m_server.url(), "3333"));
    createOrder(1, {{Salad, 2}, {Espresso, 1}});
    createOrder(2, {{Salad, 1}, {Fries, 3}});
    createOrder(3, {{Espresso, 2}});
    QTRY_COMPARE_WITH_TIMEOUT(all.window().tiles()->rowCount(), 3, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(kitchen.window().allDayText(),
                              QStringLiteral("kitchen:3xFrench fries,kitchen:3xShopska salad"),
                              Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(all.window().allDayText(),
                              QStringLiteral("bar:3xEspresso,kitchen:3xFrench fries,"
                                             "kitchen:3xShopska salad"),
                              Timeout);
    // Finished items leave the counts.
    const QString ids = all.window().tiles()->tileAt(1).orderId;
    all.window().actions()->bump(ids);
    QTRY_COMPARE_WITH_TIMEOUT(all.window().tiles()->tileAt(1).stage, KitchenTile::Stage::Preparing,
                              Timeout);
    all.window().actions()->bump(ids);
    QTRY_COMPARE_WITH_TIMEOUT(kitchen.window().allDayText(),
                              QStringLiteral("kitchen:2xShopska salad"), Timeout);
}

void TestKitchenWindow::newOrderBellAndHighlight()
{
    finishAll();
    KitchenClient bar(forStation("bar"));
    QVERIFY(bar.signIn(m_server.url(), "3333"));
    KitchenWindow &window = bar.window();
    QDateTime now = QDateTime::currentDateTimeUtc();
    window.setClock([&now] { return now; });
    const int before = window.sound()->playCount();
    createOrder(5, {{Salad, 1}}); // nothing for the bar: no bell
    QTest::qWait(500);
    QCOMPARE(window.sound()->playCount(), before);
    const QString id = createOrder(5, {{Beer, 1}});
    QTRY_COMPARE_WITH_TIMEOUT(window.sound()->playCount(), before + 1, Timeout);
    QVERIFY(window.board()->isHighlighted(id));
    now = now.addSecs(10);
    window.tick();
    QVERIFY(!window.board()->isHighlighted(id));
    // The bell is the kitchen's own sound, not the waiter's.
    QVERIFY(KitchenSound::source().contains(QStringLiteral("kitchen-new-order.wav")));
    QCOMPARE(bar.session().alerts()->orderAlertCount(), 0);
}

void TestKitchenWindow::callsHiddenUnlessAsked()
{
    finishAll();
    KitchenSettings showing;
    showing.showCalls = true;
    KitchenClient plain;
    KitchenClient withCalls(showing);
    QVERIFY(plain.signIn(m_server.url(), "3333"));
    QVERIFY(withCalls.signIn(m_server.url(), "3333"));
    QVERIFY(!m_server.guest().createCall(14).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(withCalls.window().callsText().contains(QStringLiteral("14")),
                             Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(plain.session().calls()->rowCount(),
                              withCalls.session().calls()->rowCount(), Timeout);
    QCOMPARE(plain.window().callsText(), QString());
}

void TestKitchenWindow::waiterPinIsWarned()
{
    KitchenClient client;
    QVERIFY(client.signIn(m_server.url(), "2222"));
    QVERIFY(client.window().bannerText().contains(QStringLiteral("waiter")));
}

QTEST_MAIN(TestKitchenWindow)
#include "tst_kitchenwindow.moc"
