// The seed's manual Test 1 and Test 2, automated: two dashboard instances (each with its own
// settings profile, session and main window, offscreen) and a real tableside-server. Both get
// the new order / the waiter call; a status change or "On my way" tapped on one appears on the
// other without any reload.
#include "actiondispatcher.h"
#include "alertcoordinator.h"
#include "callalertpopup.h"
#include "calllistmodel.h"
#include "cardlistview.h"
#include "connectionindicator.h"
#include "dashboardclient.h"
#include "mainwindow.h"
#include "onshiftlabel.h"
#include "onshiftmodel.h"
#include "orderlistmodel.h"
#include "serverprocess.h"
#include "soundplayer.h"
#include "staffapi.h"
#include "theme.h"
#include "toastarea.h"
#include "twodashboards.h"

#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

class TestTwoDashboards : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void test1_orderReachesBothAndStatusSyncs();
    void test2_callIsUrgentOnBothAndOnMyWaySyncs();
    void conflictShowsWhoWon();
    void unreachableServerIsReportedNotDropped();
    void eachSeesWhoIsOnShift(); // last: it takes dashboard B off the link
    void cleanupTestCase();

private:
    /// Taps the first (left-most) action button of the card at @p row in @p view.
    static void tapFirstButton(CardListView *view, int row);

    TwoDashboards m_two;
};

void TestTwoDashboards::initTestCase()
{
    QVERIFY2(m_two.start(), "the server or a dashboard's sign-in failed");
    QTRY_COMPARE(m_two.windowA->connectionIndicator()->stateText(), QStringLiteral("Connected"));
    QTRY_COMPARE(m_two.windowB->connectionIndicator()->stateText(), QStringLiteral("Connected"));
}

void TestTwoDashboards::cleanupTestCase()
{
    m_two.stop();
}

void TestTwoDashboards::tapFirstButton(CardListView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    QVERIFY(index.isValid());
    const QRect rect = view->visualRect(index);
    QVERIFY(!rect.isEmpty());
    // Buttons sit at the bottom of the card: 6 px margin + 14 px padding below them, 52 px tall.
    const QPoint point(rect.left() + 6 + 14 + 20,
                       rect.bottom() - 6 - 14 - ThemeManager::TouchTarget / 2);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
}

void TestTwoDashboards::test1_orderReachesBothAndStatusSyncs()
{
    const int soundsA = m_two.a->session().sounds()->playCount(Sound::NewOrder);
    const int soundsB = m_two.b->session().sounds()->playCount(Sound::NewOrder);
    const QJsonObject order = m_two.server.guest().createOrder(5, 2, QStringLiteral("без лед"));
    const QString id = order.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());

    // Both devices: the order is listed under "New", with a sound and a toast.
    QTRY_VERIFY_WITH_TIMEOUT(m_two.a->session().orders()->rowOf(id) >= 0, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_two.b->session().orders()->rowOf(id) >= 0, 10'000);
    CardListView *newA = m_two.windowA->ordersView(OrderStatus::Pending);
    CardListView *preparingB = m_two.windowB->ordersView(OrderStatus::Preparing);
    QTRY_COMPARE(newA->model()->rowCount(), 1);
    QCOMPARE(m_two.windowB->ordersView(OrderStatus::Pending)->model()->rowCount(), 1);
    QTRY_COMPARE(m_two.a->session().sounds()->playCount(Sound::NewOrder), soundsA + 1);
    QTRY_COMPARE(m_two.b->session().sounds()->playCount(Sound::NewOrder), soundsB + 1);
    QTRY_VERIFY(!m_two.windowA->toasts()->toasts().isEmpty());
    QVERIFY(m_two.windowA->toasts()->toasts().first()->title().contains(
        QString::number(order.value(QStringLiteral("orderNumber")).toInt())));
    QTRY_VERIFY(!m_two.windowB->toasts()->toasts().isEmpty());
    QCOMPARE(m_two.b->session().orders()->order(id)->items.first().notes,
             QStringLiteral("без лед"));

    // Device A taps "Preparing"; device B shows it under "Preparing" by itself.
    tapFirstButton(newA, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_two.b->session().orders()->order(id)->status,
                              OrderStatus::Preparing, 10'000);
    QCOMPARE(m_two.b->session().orders()->order(id)->changedBy, QStringLiteral("Maria"));
    QTRY_COMPARE(preparingB->model()->rowCount(), 1);
    QCOMPARE(m_two.windowB->ordersView(OrderStatus::Pending)->model()->rowCount(), 0);

    // And back the other way: B taps "Ready", A follows.
    tapFirstButton(preparingB, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_two.a->session().orders()->order(id)->status, OrderStatus::Ready,
                              10'000);
    QCOMPARE(m_two.a->session().orders()->order(id)->changedBy, QStringLiteral("Ivan"));
    QTRY_COMPARE(m_two.windowA->ordersView(OrderStatus::Ready)->model()->rowCount(), 1);

    // "Completed" moves it to the history tab on both.
    tapFirstButton(m_two.windowA->ordersView(OrderStatus::Ready), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_two.b->session().orders()->order(id)->status,
                              OrderStatus::Completed, 10'000);
    QTRY_COMPARE(m_two.windowB->ordersView(OrderStatus::Completed)->model()->rowCount(), 1);
    QCOMPARE(m_two.a->differenceFrom(m_two.server), QString());
    QCOMPARE(m_two.b->differenceFrom(m_two.server), QString());
}

void TestTwoDashboards::test2_callIsUrgentOnBothAndOnMyWaySyncs()
{
    const QJsonObject call = m_two.server.guest().createCall(7, QStringLiteral("payment_cash"));
    const QString id = call.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());

    // Both devices: red pulsing popup and the urgent sound, repeating.
    QTRY_VERIFY_WITH_TIMEOUT(m_two.windowA->callPopup()->isVisible(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_two.windowB->callPopup()->isVisible(), 10'000);
    QVERIFY(m_two.windowA->callPopup()->isPulsing());
    QVERIFY(m_two.windowB->callPopup()->isPulsing());
    QCOMPARE(m_two.windowB->callPopup()->shownCallIds(), QStringList {id});
    QVERIFY(m_two.a->session().sounds()->isRepeating());
    QVERIFY(m_two.b->session().sounds()->isRepeating());
    QVERIFY(m_two.b->session().sounds()->playCount(Sound::WaiterCall) >= 1);
    QCOMPARE(m_two.windowA->callsView()->model()->rowCount(), 1);

    // Maria taps "On my way" in her popup.
    auto *button
        = m_two.windowA->callPopup()->findChild<QPushButton *>(QStringLiteral("acknowledge-") + id);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);

    // Ivan's device: the popup closes, the sound stops, the card says Maria is on the way.
    QTRY_VERIFY_WITH_TIMEOUT(!m_two.windowB->callPopup()->isVisible(), 10'000);
    QVERIFY(!m_two.b->session().sounds()->isRepeating());
    QCOMPARE(m_two.b->session().calls()->call(id)->status, CallStatus::Acknowledged);
    QCOMPARE(m_two.b->session().calls()->call(id)->acknowledgedBy, QStringLiteral("Maria"));
    QTRY_VERIFY(!m_two.windowA->callPopup()->isVisible());
    QVERIFY(!m_two.a->session().sounds()->isRepeating());
    QCOMPARE(m_two.windowB->callsView()->model()->rowCount(), 1); // still open: acknowledged

    // Ivan taps "Done" on the call card; it leaves the open strip on both.
    tapFirstButton(m_two.windowB->callsView(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_two.a->session().calls()->call(id)->status, CallStatus::Completed,
                              10'000);
    QTRY_COMPARE(m_two.windowA->callsView()->model()->rowCount(), 0);
    QCOMPARE(m_two.a->differenceFrom(m_two.server), QString());
    QCOMPARE(m_two.b->differenceFrom(m_two.server), QString());
}

void TestTwoDashboards::conflictShowsWhoWon()
{
    const QJsonObject call = m_two.server.guest().createCall(9, QStringLiteral("help"));
    const QString id = call.value(QStringLiteral("id")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(m_two.b->session().calls()->rowOf(id) >= 0, 10'000);
    QSignalSpy conflicts(m_two.b->session().actions(), &ActionDispatcher::conflict);
    // Maria acknowledges first; Ivan's tap reaches the server afterwards (his list not yet
    // updated: the request is made directly).
    QSignalSpy doneA(m_two.a->session().actions(), &ActionDispatcher::callStatusChanged);
    m_two.a->session().actions()->setCallStatus(id, CallStatus::Acknowledged);
    QTRY_COMPARE_WITH_TIMEOUT(doneA.count(), 1, 10'000);
    m_two.b->session().actions()->setCallStatus(id, CallStatus::Acknowledged);
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, 10'000);
    QVERIFY2(conflicts.first().first().toString().contains(QStringLiteral("Maria")),
             qPrintable(conflicts.first().first().toString()));
    QTRY_VERIFY(!m_two.windowB->toasts()->toasts().isEmpty());
    QVERIFY(m_two.windowB->toasts()->toasts().first()->body().contains(QStringLiteral("Maria")));
    QCOMPARE(m_two.b->session().calls()->call(id)->acknowledgedBy, QStringLiteral("Maria"));
    QVERIFY(!m_two.b->session()
                 .calls()
                 ->data(m_two.b->session().calls()->index(m_two.b->session().calls()->rowOf(id)),
                        CallListModel::ActionPendingRole)
                 .toBool());
}

void TestTwoDashboards::unreachableServerIsReportedNotDropped()
{
    // A third device whose server address points nowhere: the action is retried, then reported.
    DashboardClient lonely;
    lonely.settings().setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
    lonely.session().api()->setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
    lonely.session().api()->setToken(QStringLiteral("x"));
    Order order;
    order.id = QStringLiteral("local");
    order.orderNumber = 42;
    lonely.session().orders()->upsert(order);
    lonely.session().actions()->setRetryPolicy(3, 50);
    QSignalSpy failed(lonely.session().actions(), &ActionDispatcher::failed);
    lonely.session().actions()->setOrderStatus(QStringLiteral("local"), OrderStatus::Preparing);
    QVERIFY(lonely.session().orders()->index(0).data(OrderListModel::ActionPendingRole).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10'000);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("#42")));
    QVERIFY(!lonely.session().orders()->index(0).data(OrderListModel::ActionPendingRole).toBool());
    QCOMPARE(lonely.session().orders()->order(QStringLiteral("local"))->status,
             OrderStatus::Pending);
}

// Both devices join the presence channel: each lists both people, and when one device goes
// off the link the other drops that person at once.
void TestTwoDashboards::eachSeesWhoIsOnShift()
{
    const QStringList both {QStringLiteral("Ivan"), QStringLiteral("Maria")};
    QTRY_COMPARE(m_two.a->session().onShift()->names(), both);
    QTRY_COMPARE(m_two.b->session().onShift()->names(), both);
    QCOMPARE(m_two.windowA->onShiftLabel()->text(), QStringLiteral("On shift: Ivan, Maria"));
    QVERIFY(m_two.windowA->onShiftLabel()->toolTip().contains(QStringLiteral("Maria (waiter)")));

    m_two.b->session().pusher()->stop();
    QTRY_COMPARE(m_two.a->session().onShift()->names(), QStringList {QStringLiteral("Maria")});
    QTRY_COMPARE(m_two.windowA->onShiftLabel()->text(), QStringLiteral("On shift: Maria"));
    // B itself no longer knows who is on shift, and says nothing rather than "nobody".
    QVERIFY(!m_two.b->session().onShift()->isKnown());
    QCOMPARE(m_two.windowB->onShiftLabel()->text(), QString());
}

QTEST_MAIN(TestTwoDashboards)
#include "tst_twodashboards.moc"
