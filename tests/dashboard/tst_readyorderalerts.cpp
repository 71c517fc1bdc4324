// Ready orders by table assignment and escalation (issue 18), end to end: a real
// tableside-server with orders/readyEscalateAfterSeconds=3 and readyManagerAfterSeconds=6,
// four dashboards in this process (waiters Maria and Ivan, manager Boss, a kitchen screen).
// Table 4 is Maria's: its ready order rings on her dashboard only; level 1 reminds every
// waiter, level 2 managers and the kitchen screen too; the Ready column's card shows the
// level; a dashboard that signs in later gets the level from GET /api/service/escalations.
// With calls/waitersAssignThemselves=true a waiter takes and gives back tables in My tables.
#include "callattention.h"
#include "dashboardclient.h"
#include "dashboardsession.h"
#include "dashboardsettings.h"
#include "mainwindow.h"
#include "mytablesdialog.h"
#include "ordercarddelegate.h"
#include "orderlistmodel.h"
#include "readyorderalerts.h"
#include "serverprocess.h"

#include <QAction>
#include <QJsonArray>
#include <QListWidget>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

class TestReadyOrderAlerts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void assignedWaiterFirstThenEveryoneByLevel();
    void noRingForWhoMarkedItReady();
    void orderCardShowsTheLevel();
    void laterDashboardGetsTheLevel();
    void waiterTakesAndGivesBackTables();
    void myTablesHiddenWhenNotAllowed();
    void cleanupTestCase();

private:
    /// The levels of the ready alerts @p client raised so far, in order.
    static QList<int> levels(const QSignalSpy &spy);
    qint64 staffId(const QString &name);

    ServerProcess m_server;
    QString m_managerToken;
    std::unique_ptr<DashboardClient> m_maria, m_ivan, m_boss, m_kitchen;
    std::unique_ptr<QSignalSpy> m_mariaSpy, m_ivanSpy, m_bossSpy, m_kitchenSpy;
    QString m_orderId;
};

QList<int> TestReadyOrderAlerts::levels(const QSignalSpy &spy)
{
    QList<int> result;
    for (const QList<QVariant> &args : spy)
        result.append(args.at(3).toInt());
    return result;
}

qint64 TestReadyOrderAlerts::staffId(const QString &name)
{
    const QJsonObject answer
        = m_server.http().json("GET", QStringLiteral("/api/assignments"), {}, m_managerToken);
    for (const QJsonValue &value : answer.value(QStringLiteral("staff")).toArray())
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject().value(QStringLiteral("id")).toInteger();
    return 0;
}

void TestReadyOrderAlerts::initTestCase()
{
    QVERIFY(m_server.addStaff(QStringLiteral("Maria"), QStringLiteral("1111")));
    QVERIFY(m_server.addStaff(QStringLiteral("Ivan"), QStringLiteral("2222")));
    QVERIFY(m_server.addStaff(QStringLiteral("Boss"), QStringLiteral("9999"),
                              QStringLiteral("manager")));
    QVERIFY(m_server.addStaff(QStringLiteral("Grill"), QStringLiteral("3333"),
                              QStringLiteral("kitchen")));
    m_server.setConfig(QStringLiteral("orders/readyEscalateAfterSeconds"), 3);
    m_server.setConfig(QStringLiteral("orders/readyManagerAfterSeconds"), 6);
    m_server.setConfig(QStringLiteral("calls/waitersAssignThemselves"), true);
    m_server.disableGuestLimits();
    QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    m_managerToken = m_server.http().login(QStringLiteral("9999"));
    QVERIFY(!m_managerToken.isEmpty());
    int status = 0;
    m_server.http().json("PUT", QStringLiteral("/api/assignments"),
                         {{QStringLiteral("assignments"),
                           QJsonArray {QJsonObject {
                               {QStringLiteral("tableNumber"), 4},
                               {QStringLiteral("staffId"), staffId(QStringLiteral("Maria"))}}}}},
                         m_managerToken, &status);
    QCOMPARE(status, 200);

    const auto signIn = [this](std::unique_ptr<DashboardClient> &client,
                               std::unique_ptr<QSignalSpy> &spy, const QString &pin) {
        client = std::make_unique<DashboardClient>();
        spy = std::make_unique<QSignalSpy>(client->session().readyAlerts(),
                                           &ReadyOrderAlerts::alertRaised);
        QVERIFY(client->signIn(m_server.url(), pin));
        // The assignment arrives with GET /api/assignments after the snapshot.
        QTRY_COMPARE(client->session().attention()->assignedTo(4), QStringLiteral("Maria"));
    };
    signIn(m_maria, m_mariaSpy, QStringLiteral("1111"));
    signIn(m_ivan, m_ivanSpy, QStringLiteral("2222"));
    signIn(m_boss, m_bossSpy, QStringLiteral("9999"));
    signIn(m_kitchen, m_kitchenSpy, QStringLiteral("3333"));
}

void TestReadyOrderAlerts::assignedWaiterFirstThenEveryoneByLevel()
{
    const QJsonObject order = m_server.guest().createOrder(4);
    m_orderId = order.value(QStringLiteral("orderId")).toString();
    if (m_orderId.isEmpty())
        m_orderId = order.value(QStringLiteral("id")).toString();
    QVERIFY2(!m_orderId.isEmpty(), QJsonDocument(order).toJson().constData());
    for (const char *status : {"preparing", "ready"})
        QCOMPARE(m_server.http()
                     .patchJson(QStringLiteral("/api/orders/%1/status").arg(m_orderId),
                                {{QStringLiteral("status"), QString::fromLatin1(status)}},
                                m_managerToken)
                     .status,
                 200);

    // Ready: Maria's dashboard rings at once; the others see it quietly in the Ready column.
    QTRY_VERIFY_WITH_TIMEOUT(!m_mariaSpy->isEmpty(), 20'000);
    QCOMPARE(levels(*m_mariaSpy).first(), 0);
    QTRY_VERIFY(m_ivan->session().orders()->order(m_orderId).has_value());
    QTRY_COMPARE(m_ivan->session().orders()->order(m_orderId)->status, OrderStatus::Ready);
    QVERIFY(!levels(*m_ivanSpy).contains(0));
    QVERIFY(!levels(*m_bossSpy).contains(0));
    QVERIFY(!levels(*m_kitchenSpy).contains(0));

    // Level 1 (3 s): every waiter; not yet the manager or the kitchen.
    QTRY_VERIFY_WITH_TIMEOUT(levels(*m_ivanSpy).contains(1), 20'000);
    QTRY_VERIFY(levels(*m_mariaSpy).contains(1));
    QVERIFY(!levels(*m_bossSpy).contains(1));
    QVERIFY(!levels(*m_kitchenSpy).contains(1));

    // Level 2 (6 s): managers and kitchen screens too, each alerted exactly once.
    QTRY_COMPARE_WITH_TIMEOUT(levels(*m_bossSpy), QList<int> {2}, 20'000);
    QTRY_COMPARE(levels(*m_kitchenSpy), QList<int> {2});
    QTRY_COMPARE(levels(*m_ivanSpy), (QList<int> {1, 2}));
    QTRY_COMPARE(levels(*m_mariaSpy), (QList<int> {0, 1, 2}));
    QCOMPARE(m_maria->session().readyAlerts()->alertCount(), 3);
    QCOMPARE(m_mariaSpy->last().at(0).toString(),
             QStringLiteral("Order #%1 still waiting · Table 4")
                 .arg(m_maria->session().orders()->order(m_orderId)->orderNumber));
}

void TestReadyOrderAlerts::noRingForWhoMarkedItReady()
{
    // Maria marks an order of her own table ready herself: she knows, nothing rings for it.
    const QString token = m_server.http().login(QStringLiteral("1111"));
    const QString id = m_server.guest().createOrder(4).value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    for (const char *status : {"preparing", "ready"})
        QCOMPARE(m_server.http()
                     .patchJson(QStringLiteral("/api/orders/%1/status").arg(id),
                                {{QStringLiteral("status"), QString::fromLatin1(status)}}, token)
                     .status,
                 200);
    QTRY_VERIFY(m_maria->session().orders()->order(id).has_value());
    QTRY_COMPARE(m_maria->session().orders()->order(id)->status, OrderStatus::Ready);
    for (const QList<QVariant> &args : *m_mariaSpy)
        QVERIFY(args.at(2).value<Order>().id != id || args.at(3).toInt() > 0);
}

void TestReadyOrderAlerts::orderCardShowsTheLevel()
{
    QVERIFY(!m_orderId.isEmpty());
    CallAttention *attention = m_ivan->session().attention();
    QCOMPARE(attention->level(m_orderId), 2);
    const OrderListModel *orders = m_ivan->session().orders();
    const QModelIndex index = orders->index(orders->rowOf(m_orderId), 0);
    OrderCardDelegate plain;
    OrderCardDelegate withLevel;
    withLevel.setLevelLookup([attention](const QString &id) { return attention->level(id); });
    QStyleOptionViewItem option;
    // The card grows by the level's line; its text names the level.
    QVERIFY(withLevel.sizeHint(option, index).height() > plain.sizeHint(option, index).height());
    QCOMPARE(OrderCardDelegate::levelText(2),
             QStringLiteral("⚠ Not picked up: managers alerted (level 2)"));
    QCOMPARE(OrderCardDelegate::levelText(1),
             QStringLiteral("⚠ Not picked up: reminded all waiters (level 1)"));
    QVERIFY(OrderCardDelegate::levelText(0).isEmpty());
}

void TestReadyOrderAlerts::laterDashboardGetsTheLevel()
{
    // The escalation events are older than this dashboard's snapshot: it must still agree.
    DashboardClient later;
    QSignalSpy spy(later.session().readyAlerts(), &ReadyOrderAlerts::alertRaised);
    QVERIFY(later.signIn(m_server.url(), QStringLiteral("2222")));
    QTRY_COMPARE(later.session().attention()->level(m_orderId), 2);
    QCOMPARE(spy.size(), 0); // a snapshot is state, not news: no ring
}

void TestReadyOrderAlerts::waiterTakesAndGivesBackTables()
{
    QTRY_VERIFY(m_ivan->session().attention()->waitersAssignThemselves());
    MainWindow window(&m_ivan->session());
    auto *action = window.findChild<QAction *>(QStringLiteral("MyTablesAction"));
    QVERIFY(action);
    QVERIFY(action->isVisible());

    const qint64 ivan = staffId(QStringLiteral("Ivan"));
    const auto rowOf = [](QListWidget *list, int table) {
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole).toInt() == table)
                return row;
        return -1;
    };
    {
        MyTablesDialog dialog(m_ivan->session().api(), ivan);
        QSignalSpy loaded(&dialog, &MyTablesDialog::loaded);
        QVERIFY(loaded.wait(10'000));
        // Maria's table is hers: shown with her name, not for Ivan to take.
        QListWidgetItem *maria = dialog.list()->item(rowOf(dialog.list(), 4));
        QVERIFY(!(maria->flags() & Qt::ItemIsEnabled));
        QVERIFY(maria->text().contains(QStringLiteral("Maria")));
        dialog.list()->item(rowOf(dialog.list(), 6))->setCheckState(Qt::Checked);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.save();
        QVERIFY(accepted.wait(10'000));
    }
    // Every dashboard learns it from the table-assignment-change event.
    QTRY_COMPARE(m_maria->session().attention()->assignedTo(6), QStringLiteral("Ivan"));
    {
        MyTablesDialog dialog(m_ivan->session().api(), ivan);
        QSignalSpy loaded(&dialog, &MyTablesDialog::loaded);
        QVERIFY(loaded.wait(10'000));
        QListWidgetItem *mine = dialog.list()->item(rowOf(dialog.list(), 6));
        QCOMPARE(mine->checkState(), Qt::Checked);
        mine->setCheckState(Qt::Unchecked);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.save();
        QVERIFY(accepted.wait(10'000));
    }
    QTRY_VERIFY(m_maria->session().attention()->assignedTo(6).isEmpty());
}

void TestReadyOrderAlerts::myTablesHiddenWhenNotAllowed()
{
    // The managers' page assigns tables; a waiter's menu has the entry only with the setting.
    m_ivan->session().attention()->setWaitersAssignThemselves(false);
    MainWindow window(&m_ivan->session());
    auto *action = window.findChild<QAction *>(QStringLiteral("MyTablesAction"));
    QVERIFY(action);
    QVERIFY(!action->isVisible());
    MainWindow managers(&m_boss->session());
    QVERIFY(!managers.findChild<QAction *>(QStringLiteral("MyTablesAction"))->isVisible());
}

void TestReadyOrderAlerts::cleanupTestCase()
{
    m_mariaSpy.reset();
    m_ivanSpy.reset();
    m_bossSpy.reset();
    m_kitchenSpy.reset();
    m_maria.reset();
    m_ivan.reset();
    m_boss.reset();
    m_kitchen.reset();
}

QTEST_MAIN(TestReadyOrderAlerts)
#include "tst_readyorderalerts.moc"
