// Order approval (issue 16) on the staff screens, against a real tableside-server: an order
// waiting as pending_approval shows neither on the kitchen screen nor in the dashboard's New
// (pending) column, although both have received it; approved, it shows on both; rejected, it
// never does.
#include "cardlistview.h"
#include "dashboardclient.h"
#include "kitchenclient.h"
#include "kitchentilemodel.h"
#include "mainwindow.h"
#include "orderbody.h"
#include "orderlistmodel.h"
#include "serverprocess.h"

#include <QAbstractItemModel>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

namespace {
constexpr int Salad = 10; // kitchen, more than € 1
constexpr int Timeout = 15'000;

/// Whether the view's model (a status column) holds the order @p id.
bool columnHolds(CardListView *view, const QString &id)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(OrderListModel::IdRole).toString() == id)
            return true;
    return false;
}

/// The order's status as @p session's model has it (-1 while the model does not have it).
int statusIn(DashboardSession &session, const QString &id)
{
    const std::optional<Order> order = session.orders()->order(id);
    return order ? int(order->status) : -1;
}
} // namespace

class TestKitchenApproval : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void waitingOrderShowsOnlyOnceApproved();
    void rejectedOrderNeverShows();

private:
    QString createOrder(int table)
    {
        int status = 0;
        const QJsonObject reply = m_server.http().json("POST", QStringLiteral("/api/orders/create"),
                                                       orderBody(table, {{Salad, 1}}), {}, &status);
        const QJsonObject order = reply.value("order").toObject();
        if (status != 201 || order.value("status").toString() != "pending_approval")
            return {};
        return order.value("id").toString();
    }
    bool setStatus(const QString &id, const QString &status)
    {
        int code = 0;
        m_server.http().json("PATCH", QStringLiteral("/api/orders/%1/status").arg(id),
                             {{"status", status}}, m_managerToken, &code);
        return code == 200;
    }

    ServerProcess m_server;
    QString m_managerToken;
    std::unique_ptr<KitchenClient> m_kitchen;
    std::unique_ptr<DashboardClient> m_waiter;
    std::unique_ptr<MainWindow> m_window;
};

void TestKitchenApproval::initTestCase()
{
    QVERIFY2(m_server.addStaff("Petar", "3333", "kitchen"), qPrintable(m_server.output()));
    QVERIFY(m_server.addStaff("Ivan", "2222", "waiter"));
    QVERIFY(m_server.addStaff("Maria", "1111", "manager"));
    m_server.disableGuestLimits();
    QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    m_managerToken = m_server.http().login("1111");
    QVERIFY(!m_managerToken.isEmpty());
    // Every order over € 1 waits for staff.
    int status = 0;
    m_server.http().json(
        "PUT", QStringLiteral("/api/admin/service"),
        {{"approval",
          QJsonObject {
              {"enabled", true}, {"maxOrders", 50}, {"maxEurCents", 100}, {"windowMinutes", 60}}}},
        m_managerToken, &status);
    QCOMPARE(status, 200);
    m_kitchen = std::make_unique<KitchenClient>();
    QVERIFY(m_kitchen->signIn(m_server.url(), "3333"));
    m_waiter = std::make_unique<DashboardClient>();
    QVERIFY(m_waiter->signIn(m_server.url(), "2222"));
    m_window = std::make_unique<MainWindow>(&m_waiter->session());
    m_window->show();
}

void TestKitchenApproval::waitingOrderShowsOnlyOnceApproved()
{
    const QString id = createOrder(5);
    QVERIFY2(!id.isEmpty(), "the order waits for approval");
    // Both screens have the order (their models), so what they do not show is a choice.
    QTRY_COMPARE_WITH_TIMEOUT(statusIn(m_kitchen->session(), id), int(OrderStatus::PendingApproval),
                              Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(statusIn(m_waiter->session(), id), int(OrderStatus::PendingApproval),
                              Timeout);
    QCoreApplication::processEvents();
    QCOMPARE(m_kitchen->window().tiles()->rowOf(id), -1);
    QVERIFY(!columnHolds(m_window->ordersView(OrderStatus::Pending), id));

    QVERIFY(setStatus(id, "pending"));
    QTRY_VERIFY_WITH_TIMEOUT(m_kitchen->window().tiles()->rowOf(id) >= 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(columnHolds(m_window->ordersView(OrderStatus::Pending), id), Timeout);
}

void TestKitchenApproval::rejectedOrderNeverShows()
{
    const QString id = createOrder(7);
    QVERIFY2(!id.isEmpty(), "the order waits for approval");
    QTRY_COMPARE_WITH_TIMEOUT(statusIn(m_kitchen->session(), id), int(OrderStatus::PendingApproval),
                              Timeout);
    QVERIFY(setStatus(id, "cancelled"));
    QTRY_COMPARE_WITH_TIMEOUT(statusIn(m_kitchen->session(), id), int(OrderStatus::Cancelled),
                              Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(statusIn(m_waiter->session(), id), int(OrderStatus::Cancelled),
                              Timeout);
    QCoreApplication::processEvents();
    QCOMPARE(m_kitchen->window().tiles()->rowOf(id), -1);
    QVERIFY(!columnHolds(m_window->ordersView(OrderStatus::Pending), id));
}

QTEST_MAIN(TestKitchenApproval)
#include "tst_kitchenapproval.moc"
