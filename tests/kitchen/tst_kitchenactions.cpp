// KitchenActions over real sockets: the real tableside-server behind a LossyProxy that loses a
// request or its answer. A kitchen step goes through StaffApi (Bearer token), is retried after a
// transport failure and applied once, and a 409 is handled by the same RetryPolicy as the
// waiter's ActionDispatcher: a lost answer's 409 counts as done, a first attempt's 409 is shown.
#include "actiondispatcher.h"
#include "actiontesthelpers.h"
#include "calllistmodel.h"
#include "kitchenactions.h"
#include "orderbody.h"
#include "orderlistmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

namespace {
constexpr int Espresso = 1;
constexpr int Salad = 10;
// A lost request or answer is noticed by StaffApi's 10 s transfer timeout.
constexpr int Timeout = 30'000;
} // namespace

class TestKitchenActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void stepsGoThroughStaffApiWithTheBearerToken();
    void transportFailureIsRetriedAndAppliedOnce();
    void lostAnswerConflictCountsAsDoneLikeTheWaiters();
    void firstAttemptConflictIsReportedLikeTheWaiters();
    void retriedRecallConflictIsReported();
    void unreachableServerFailsWithAMessage();
    void refusedTokenSignsOutOnce();

private:
    /// A new order with a kitchen line and a bar line, already in the screen's model.
    QString newOrder(int table);
    /// The server's order-station-progress events for @p orderId at @p station.
    int progressEvents(const QString &orderId, const QString &station)
    {
        return countEvents(m_server, m_kitchenToken, QStringLiteral("order-station-progress"),
                           QStringLiteral("orderId"), orderId, station);
    }

    ServerProcess m_server;
    QString m_kitchenToken;
    QString m_waiterToken;
    std::unique_ptr<LossyProxy> m_proxy;
    std::unique_ptr<StaffApi> m_api;
    std::unique_ptr<OrderListModel> m_orders;
    std::unique_ptr<KitchenActions> m_actions;
};

void TestKitchenActions::initTestCase()
{
    QVERIFY(m_server.addStaff(QStringLiteral("Petar"), QStringLiteral("3333"),
                              QStringLiteral("kitchen")));
    QVERIFY(m_server.addStaff(QStringLiteral("Maria"), QStringLiteral("1111")));
    m_server.disableGuestLimits();
    QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    m_kitchenToken = m_server.http().login(QStringLiteral("3333"));
    m_waiterToken = m_server.http().login(QStringLiteral("1111"));
    QVERIFY(!m_kitchenToken.isEmpty());
    QVERIFY(!m_waiterToken.isEmpty());
}

void TestKitchenActions::init()
{
    m_proxy = std::make_unique<LossyProxy>(m_server.url());
    QVERIFY(m_proxy->listen());
    m_api = staffApiThrough(*m_proxy, m_kitchenToken);
    m_orders = std::make_unique<OrderListModel>();
    m_actions = std::make_unique<KitchenActions>(m_api.get(), m_orders.get());
    m_actions->setStation(QStringLiteral("kitchen"));
    m_actions->setRetryPolicy(3, 100);
}

void TestKitchenActions::cleanup()
{
    m_actions.reset();
    m_orders.reset();
    m_api.reset();
    m_proxy.reset();
}

QString TestKitchenActions::newOrder(int table)
{
    int status = 0;
    const QJsonObject reply = m_server.http().json(
        "POST", QStringLiteral("/api/orders/create"),
        orderBody(table, {{Salad, 1}, {Espresso, 1}}, QString()), {}, &status);
    const auto order = Order::fromJson(reply.value("order").toObject());
    if (status != 201 || !order)
        return {};
    m_orders->upsert(*order);
    return order->id;
}

void TestKitchenActions::stepsGoThroughStaffApiWithTheBearerToken()
{
    const QString id = newOrder(1);
    QVERIFY(!id.isEmpty());
    QSignalSpy bumped(m_actions.get(), &KitchenActions::bumped);
    m_actions->bump(id); // start
    QTRY_COMPARE_WITH_TIMEOUT(bumped.count(), 1, Timeout);
    m_actions->bump(id); // ready
    QTRY_COMPARE_WITH_TIMEOUT(bumped.count(), 2, Timeout);
    QCOMPARE(bumped.at(1).at(1).value<KitchenTile::Stage>(), KitchenTile::Stage::Ready);
    QSignalSpy recalled(m_actions.get(), &KitchenActions::recalled);
    QVERIFY(m_actions->recallLast());
    QTRY_COMPARE_WITH_TIMEOUT(recalled.count(), 1, Timeout);

    const QList<LossyProxy::Seen> seen = m_proxy->seen();
    QCOMPARE(seen.size(), 3);
    const QByteArray base = "/api/orders/" + id.toUtf8() + "/stations/kitchen/";
    QCOMPARE(seen.at(0).path, base + "start");
    QCOMPARE(seen.at(1).path, base + "bump");
    QCOMPARE(seen.at(2).path, base + "recall");
    for (const LossyProxy::Seen &request : seen) {
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.authorization, "Bearer " + m_kitchenToken.toUtf8());
        QCOMPARE(request.contentType, QByteArray("application/json"));
        QCOMPARE(request.body, QByteArray());
    }
    QCOMPARE(m_orders->order(id)->stationStatus.value("kitchen"), QStringLiteral("preparing"));
    QCOMPARE(m_actions->pendingRequests(), 0);
}

void TestKitchenActions::transportFailureIsRetriedAndAppliedOnce()
{
    const QString id = newOrder(2);
    QSignalSpy bumped(m_actions.get(), &KitchenActions::bumped);
    QSignalSpy failed(m_actions.get(), &KitchenActions::failed);
    m_proxy->failNext(LossyProxy::Fault::DropRequest);
    m_actions->bump(id);
    QCOMPARE(m_actions->pendingRequests(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(bumped.count(), 1, Timeout);
    QCOMPARE(bumped.first().at(1).value<KitchenTile::Stage>(), KitchenTile::Stage::Preparing);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_proxy->count("/stations/kitchen/start"), 2); // the lost one and the retry
    QCOMPARE(m_proxy->forwarded(), 1);
    QCOMPARE(progressEvents(id, QStringLiteral("kitchen")), 1);
    QCOMPARE(m_orders->order(id)->stationStatus.value("kitchen"), QStringLiteral("preparing"));
    QCOMPARE(m_actions->pendingRequests(), 0);
}

void TestKitchenActions::lostAnswerConflictCountsAsDoneLikeTheWaiters()
{
    // The kitchen: start reaches the server, its answer is lost, the retry meets 409.
    const QString id = newOrder(3);
    QSignalSpy bumped(m_actions.get(), &KitchenActions::bumped);
    QSignalSpy failed(m_actions.get(), &KitchenActions::failed);
    m_proxy->failNext(LossyProxy::Fault::DropAnswer);
    m_actions->bump(id);
    QTRY_COMPARE_WITH_TIMEOUT(bumped.count(), 1, Timeout);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_proxy->count("/stations/kitchen/start"), 2);
    QCOMPARE(m_proxy->forwarded(), 2);
    QCOMPARE(progressEvents(id, QStringLiteral("kitchen")), 1);
    QCOMPARE(m_orders->order(id)->stationStatus.value("kitchen"), QStringLiteral("preparing"));

    // The waiter, through the same kind of loss: the same outcome.
    const QString other = newOrder(4);
    const auto waiterApi = staffApiThrough(*m_proxy, m_waiterToken);
    CallListModel calls;
    ActionDispatcher waiter(waiterApi.get(), m_orders.get(), &calls);
    waiter.setRetryPolicy(3, 100);
    QSignalSpy changed(&waiter, &ActionDispatcher::orderStatusChanged);
    QSignalSpy conflicts(&waiter, &ActionDispatcher::conflict);
    QSignalSpy waiterFailed(&waiter, &ActionDispatcher::failed);
    m_proxy->failNext(LossyProxy::Fault::DropAnswer);
    waiter.setOrderStatus(other, OrderStatus::Preparing);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, Timeout);
    QCOMPARE(conflicts.count(), 0);
    QCOMPARE(waiterFailed.count(), 0);
    QCOMPARE(m_proxy->count("/" + other.toUtf8() + "/status"), 2);
    QCOMPARE(m_orders->order(other)->status, OrderStatus::Preparing);
}

void TestKitchenActions::firstAttemptConflictIsReportedLikeTheWaiters()
{
    // Someone else started the station; this screen's model does not know yet.
    const QString id = newOrder(5);
    int status = 0;
    m_server.http().json("POST", QStringLiteral("/api/orders/%1/stations/kitchen/start").arg(id),
                         {}, m_kitchenToken, &status);
    QCOMPARE(status, 200);
    QSignalSpy bumped(m_actions.get(), &KitchenActions::bumped);
    QSignalSpy failed(m_actions.get(), &KitchenActions::failed);
    m_actions->bump(id);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
    const int number = m_orders->order(id)->orderNumber;
    QVERIFY2(failed.first().first().toString().startsWith(QStringLiteral("Order %1: ").arg(number)),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(bumped.count(), 0);
    QCOMPARE(m_proxy->count("/stations/kitchen/start"), 1); // a 409 is not retried
    // The 409 carried the server's order: the model shows it at once.
    QCOMPARE(m_orders->order(id)->stationStatus.value("kitchen"), QStringLiteral("preparing"));

    // The waiter's first attempt meeting 409 is reported as well, and corrects the model.
    const QString other = newOrder(6);
    m_server.http().json("PATCH", QStringLiteral("/api/orders/%1/status").arg(other),
                         {{QStringLiteral("status"), QStringLiteral("preparing")}}, m_waiterToken,
                         &status);
    QCOMPARE(status, 200);
    const auto waiterApi = staffApiThrough(*m_proxy, m_waiterToken);
    CallListModel calls;
    ActionDispatcher waiter(waiterApi.get(), m_orders.get(), &calls);
    QSignalSpy changed(&waiter, &ActionDispatcher::orderStatusChanged);
    QSignalSpy conflicts(&waiter, &ActionDispatcher::conflict);
    waiter.setOrderStatus(other, OrderStatus::Preparing);
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, Timeout);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_orders->order(other)->status, OrderStatus::Preparing);
}

void TestKitchenActions::retriedRecallConflictIsReported()
{
    // As before the shared policy: a recall meeting 409 on its repeat is shown, not assumed done.
    const QString id = newOrder(7);
    QSignalSpy bumped(m_actions.get(), &KitchenActions::bumped);
    m_actions->bump(id);
    QTRY_COMPARE_WITH_TIMEOUT(bumped.count(), 1, Timeout);
    m_actions->bump(id);
    QTRY_COMPARE_WITH_TIMEOUT(bumped.count(), 2, Timeout);
    QCOMPARE(m_actions->recallable().size(), 1);
    QSignalSpy recalled(m_actions.get(), &KitchenActions::recalled);
    QSignalSpy failed(m_actions.get(), &KitchenActions::failed);
    m_proxy->failNext(LossyProxy::Fault::DropAnswer);
    QVERIFY(m_actions->recallLast());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
    QCOMPARE(recalled.count(), 0);
    QVERIFY(m_actions->recallable().isEmpty());
    QCOMPARE(m_proxy->count("/stations/kitchen/recall"), 2);
    QCOMPARE(m_orders->order(id)->stationStatus.value("kitchen"), QStringLiteral("preparing"));
}

void TestKitchenActions::unreachableServerFailsWithAMessage()
{
    const QString id = newOrder(8);
    QSignalSpy failed(m_actions.get(), &KitchenActions::failed);
    QSignalSpy bumped(m_actions.get(), &KitchenActions::bumped);
    m_proxy.reset(); // connection refused, every attempt
    m_actions->bump(id);
    QCOMPARE(m_actions->pendingRequests(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
    const int number = m_orders->order(id)->orderNumber;
    QVERIFY2(failed.first().first().toString().startsWith(
                 QStringLiteral("Order %1: the server cannot be reached (").arg(number)),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(bumped.count(), 0);
    QCOMPARE(m_actions->pendingRequests(), 0);
    QVERIFY(!m_orders->data(m_orders->index(m_orders->rowOf(id)), OrderListModel::ActionPendingRole)
                 .toBool());
}

void TestKitchenActions::refusedTokenSignsOutOnce()
{
    const QString id = newOrder(9);
    m_api->setToken(QStringLiteral("not-a-token"));
    QSignalSpy unauthorized(m_api.get(), &StaffApi::unauthorized);
    QSignalSpy failed(m_actions.get(), &KitchenActions::failed);
    m_actions->bump(id);
    QTRY_COMPARE_WITH_TIMEOUT(unauthorized.count(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_actions->pendingRequests(), 0, Timeout);
    QTest::qWait(100);
    QCOMPARE(unauthorized.count(), 1);
    QCOMPARE(failed.count(), 0); // the login dialog says it, not a banner
    QCOMPARE(m_proxy->seen().size(), 1);
}

QTEST_MAIN(TestKitchenActions)
#include "tst_kitchenactions.moc"
