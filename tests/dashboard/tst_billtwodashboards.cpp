// Issue 15's must-show: two dashboards (own settings, session and main window each) on one real
// server. A guest's payment call shows its amount and opens the bill (popup and call card); a
// payment taken on dashboard A shows on B's tables view and closes the bill B has open for that
// table.
#include "billdialog.h"
#include "callalertpopup.h"
#include "cardlistview.h"
#include "connectionindicator.h"
#include "dashboardclient.h"
#include "mainwindow.h"
#include "serverprocess.h"
#include "tablesmodel.h"
#include "tablesview.h"
#include "tabletile.h"
#include "theme.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

class TestBillTwoDashboards : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void paymentOnOneClosesTheBillOnTheOther();
    void cleanupTestCase();

private:
    static TablesModel::State tileState(MainWindow *window, int table);

    ServerProcess m_server;
    std::unique_ptr<DashboardClient> m_a;
    std::unique_ptr<DashboardClient> m_b;
    std::unique_ptr<MainWindow> m_windowA;
    std::unique_ptr<MainWindow> m_windowB;
    QString m_token;
};

void TestBillTwoDashboards::initTestCase()
{
    ThemeManager::apply(Theme::Light);
    QVERIFY(m_server.addStaff(QStringLiteral("Maria"), QStringLiteral("1111")));
    QVERIFY(m_server.addStaff(QStringLiteral("Ivan"), QStringLiteral("2222")));
    m_server.disableGuestLimits();
    QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    m_a = std::make_unique<DashboardClient>();
    m_b = std::make_unique<DashboardClient>();
    m_windowA = std::make_unique<MainWindow>(&m_a->session());
    m_windowB = std::make_unique<MainWindow>(&m_b->session());
    m_windowA->show();
    m_windowB->show();
    QVERIFY(m_a->signIn(m_server.url(), QStringLiteral("1111")));
    QVERIFY(m_b->signIn(m_server.url(), QStringLiteral("2222")));
    m_token = m_server.http().login(QStringLiteral("1111"));
    // Both on the tables tab, as a waiter at the bar would be.
    for (MainWindow *window : {m_windowA.get(), m_windowB.get()})
        window->tabs()->setCurrentWidget(window->tablesView());
    QTRY_VERIFY_WITH_TIMEOUT(m_windowA->tablesModel()->rowCount() > 0, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_windowB->tablesModel()->rowCount() > 0, 10'000);
}

void TestBillTwoDashboards::cleanupTestCase()
{
    m_windowA.reset();
    m_windowB.reset();
    m_a.reset();
    m_b.reset();
}

TablesModel::State TestBillTwoDashboards::tileState(MainWindow *window, int table)
{
    TableTile *tile = window->tablesView()->tile(table);
    return tile ? tile->table().state : TablesModel::State::Free;
}

void TestBillTwoDashboards::paymentOnOneClosesTheBillOnTheOther()
{
    const QJsonObject order = m_server.guest().createOrder(4, 3);
    const qint64 total = order.value(QStringLiteral("totalEurCents")).toInteger();
    QVERIFY(total > 0);
    QTRY_COMPARE_WITH_TIMEOUT(tileState(m_windowA.get(), 4), TablesModel::State::Open, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(tileState(m_windowB.get(), 4), TablesModel::State::Open, 10'000);
    QCOMPARE(m_windowB->tablesView()->tile(4)->table().total.euroCents(), total);

    // The guest asks for the bill: B's popup shows the amount and opens the bill from there.
    const QJsonObject call = m_server.guest().createCall(4, QStringLiteral("payment_card"));
    const QString callId = call.value(QStringLiteral("id")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(m_windowB->callPopup()->isVisible(), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(tileState(m_windowB.get(), 4), TablesModel::State::BillRequested,
                              10'000);
    auto *label = m_windowB->callPopup()->findChild<QLabel *>(QStringLiteral("call-") + callId);
    QVERIFY(label);
    QVERIFY2(label->text().contains(QStringLiteral("€")), qPrintable(label->text()));
    auto *openBill
        = m_windowB->callPopup()->findChild<QPushButton *>(QStringLiteral("bill-") + callId);
    QVERIFY(openBill);
    QTest::mouseClick(openBill, Qt::LeftButton);
    QVERIFY(m_windowB->billDialog());
    QCOMPARE(m_windowB->billDialog()->tableNumber(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(m_windowB->billDialog()->isLoaded(), 10'000);
    QCOMPARE(m_windowB->billDialog()->bill().total.euroCents(), total);
    QSignalSpy closedOnB(m_windowB->billDialog(), &BillDialog::closedElsewhere);

    // A's call card shows the amount too; its "Bill" button (the last one) opens the bill.
    CardListView *callsA = m_windowA->callsView();
    QTRY_COMPARE_WITH_TIMEOUT(callsA->model()->rowCount(), 1, 10'000);
    const QRect card = callsA->visualRect(callsA->model()->index(0, 0));
    QVERIFY(!card.isEmpty());
    QTest::mouseClick(
        callsA->viewport(), Qt::LeftButton, {},
        QPoint(card.right() - 6 - 14 - 20, card.bottom() - 6 - 14 - ThemeManager::TouchTarget / 2));
    QVERIFY(m_windowA->billDialog());
    QCOMPARE(m_windowA->billDialog()->tableNumber(), 4);

    // A taps table 4 on its tables view (the same bill comes up) and takes the card payment.
    TableTile *tileA = m_windowA->tablesView()->tile(4);
    QVERIFY(tileA);
    QVERIFY(tileA->isVisible());
    QTest::mouseClick(tileA, Qt::LeftButton);
    BillDialog *billA = m_windowA->billDialog();
    QVERIFY(billA);
    QTRY_VERIFY_WITH_TIMEOUT(billA->isLoaded(), 10'000);
    billA->setMethod(QStringLiteral("card"));
    QSignalSpy taken(billA, &BillDialog::paymentTaken);
    billA->pay(BillDialog::Action::Whole);
    QVERIFY(taken.wait(10'000));

    // B: the bill closes by itself, the tile shows nothing left to pay.
    QTRY_COMPARE_WITH_TIMEOUT(closedOnB.size(), 1, 10'000);
    QCOMPARE(closedOnB.first().first().toString(), QStringLiteral("paid"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_windowB->billDialog(), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_windowB->tablesView()->tile(4)->table().total.euroCents(),
                              qint64(0), 10'000);
    // A stays on its bill, which now says it is closed.
    QVERIFY(m_windowA->billDialog());
    QVERIFY(m_windowA->billDialog()->bill().isEmpty());

    // The waiter is done with the call: both show "paid".
    m_server.http().request("PATCH", QStringLiteral("/api/waiter-call/%1/complete").arg(callId),
                            "{}", m_token, {{"Content-Type", "application/json"}});
    QTRY_COMPARE_WITH_TIMEOUT(tileState(m_windowB.get(), 4), TablesModel::State::Paid, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(tileState(m_windowA.get(), 4), TablesModel::State::Paid, 10'000);
}

QTEST_MAIN(TestBillTwoDashboards)
#include "tst_billtwodashboards.moc"
