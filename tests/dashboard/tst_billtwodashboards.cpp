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
#include "twodashboards.h"

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

    TwoDashboards m_two;
    QString m_token;
};

void TestBillTwoDashboards::initTestCase()
{
    QVERIFY2(m_two.start(), "the server or a dashboard's sign-in failed");
    m_token = m_two.server.http().login(QStringLiteral("1111"));
    // Both on the tables tab, as a waiter at the bar would be.
    for (MainWindow *window : {m_two.windowA.get(), m_two.windowB.get()})
        window->tabs()->setCurrentWidget(window->tablesView());
    QTRY_VERIFY_WITH_TIMEOUT(m_two.windowA->tablesModel()->rowCount() > 0, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_two.windowB->tablesModel()->rowCount() > 0, 10'000);
}

void TestBillTwoDashboards::cleanupTestCase()
{
    m_two.stop();
}

TablesModel::State TestBillTwoDashboards::tileState(MainWindow *window, int table)
{
    TableTile *tile = window->tablesView()->tile(table);
    return tile ? tile->table().state : TablesModel::State::Free;
}

void TestBillTwoDashboards::paymentOnOneClosesTheBillOnTheOther()
{
    const QJsonObject order = m_two.server.guest().createOrder(4, 3);
    const qint64 total = order.value(QStringLiteral("totalEurCents")).toInteger();
    QVERIFY(total > 0);
    QTRY_COMPARE_WITH_TIMEOUT(tileState(m_two.windowA.get(), 4), TablesModel::State::Open, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(tileState(m_two.windowB.get(), 4), TablesModel::State::Open, 10'000);
    QCOMPARE(m_two.windowB->tablesView()->tile(4)->table().total.euroCents(), total);

    // The guest asks for the bill: B's popup shows the amount and opens the bill from there.
    const QJsonObject call = m_two.server.guest().createCall(4, QStringLiteral("payment_card"));
    const QString callId = call.value(QStringLiteral("id")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(m_two.windowB->callPopup()->isVisible(), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(tileState(m_two.windowB.get(), 4), TablesModel::State::BillRequested,
                              10'000);
    auto *label = m_two.windowB->callPopup()->findChild<QLabel *>(QStringLiteral("call-") + callId);
    QVERIFY(label);
    QVERIFY2(label->text().contains(QStringLiteral("€")), qPrintable(label->text()));
    auto *openBill
        = m_two.windowB->callPopup()->findChild<QPushButton *>(QStringLiteral("bill-") + callId);
    QVERIFY(openBill);
    QTest::mouseClick(openBill, Qt::LeftButton);
    QVERIFY(m_two.windowB->billDialog());
    QCOMPARE(m_two.windowB->billDialog()->tableNumber(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(m_two.windowB->billDialog()->isLoaded(), 10'000);
    QCOMPARE(m_two.windowB->billDialog()->bill().total.euroCents(), total);
    QSignalSpy closedOnB(m_two.windowB->billDialog(), &BillDialog::closedElsewhere);

    // A's call card shows the amount too; its "Bill" button (the last one) opens the bill.
    CardListView *callsA = m_two.windowA->callsView();
    QTRY_COMPARE_WITH_TIMEOUT(callsA->model()->rowCount(), 1, 10'000);
    const QRect card = callsA->visualRect(callsA->model()->index(0, 0));
    QVERIFY(!card.isEmpty());
    QTest::mouseClick(
        callsA->viewport(), Qt::LeftButton, {},
        QPoint(card.right() - 6 - 14 - 20, card.bottom() - 6 - 14 - ThemeManager::TouchTarget / 2));
    QVERIFY(m_two.windowA->billDialog());
    QCOMPARE(m_two.windowA->billDialog()->tableNumber(), 4);

    // A taps table 4 on its tables view (the same bill comes up) and takes the card payment.
    TableTile *tileA = m_two.windowA->tablesView()->tile(4);
    QVERIFY(tileA);
    QVERIFY(tileA->isVisible());
    QTest::mouseClick(tileA, Qt::LeftButton);
    BillDialog *billA = m_two.windowA->billDialog();
    QVERIFY(billA);
    QTRY_VERIFY_WITH_TIMEOUT(billA->isLoaded(), 10'000);
    billA->setMethod(QStringLiteral("card"));
    QSignalSpy taken(billA, &BillDialog::paymentTaken);
    billA->pay(BillDialog::Action::Whole);
    QVERIFY(taken.wait(10'000));

    // B: the bill closes by itself, the tile shows nothing left to pay.
    QTRY_COMPARE_WITH_TIMEOUT(closedOnB.size(), 1, 10'000);
    QCOMPARE(closedOnB.first().first().toString(), QStringLiteral("paid"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_two.windowB->billDialog(), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_two.windowB->tablesView()->tile(4)->table().total.euroCents(),
                              qint64(0), 10'000);
    // A stays on its bill, which now says it is closed.
    QVERIFY(m_two.windowA->billDialog());
    QVERIFY(m_two.windowA->billDialog()->bill().isEmpty());

    // The waiter is done with the call: both show "paid".
    m_two.server.http().request("PATCH", QStringLiteral("/api/waiter-call/%1/complete").arg(callId),
                                "{}", m_token, {{"Content-Type", "application/json"}});
    QTRY_COMPARE_WITH_TIMEOUT(tileState(m_two.windowB.get(), 4), TablesModel::State::Paid, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(tileState(m_two.windowA.get(), 4), TablesModel::State::Paid, 10'000);
}

QTEST_MAIN(TestBillTwoDashboards)
#include "tst_billtwodashboards.moc"
