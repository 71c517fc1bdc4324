// ActionDispatcher (the waiter's actions) over real sockets: the real tableside-server behind a
// LossyProxy. A status change is retried after a transport failure and applied once, a lost
// answer's 409 that shows our own change counts as done, and someone else's change is a conflict
// naming who made it; every request carries the Bearer token via StaffApi.
#include "actiondispatcher.h"
#include "actiontesthelpers.h"
#include "calllistmodel.h"
#include "orderlistmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

namespace {
// A lost request or answer is noticed by StaffApi's 10 s transfer timeout.
constexpr int Timeout = 30'000;
} // namespace

class TestActionDispatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void transportFailureIsRetriedAndAppliedOnce();
    void lostAnswerConflictCountsAsDone();
    void someoneElsesChangeIsAConflict();
    void unreachableServerIsReported();

private:
    QString newOrder(int table);
    QString newCall(int table);
    int events(const QString &name, const QString &idKey, const QString &id)
    {
        return countEvents(m_server, m_token, name, idKey, id);
    }

    ServerProcess m_server;
    QString m_token;
    QString m_otherToken;
    std::unique_ptr<LossyProxy> m_proxy;
    std::unique_ptr<StaffApi> m_api;
    std::unique_ptr<OrderListModel> m_orders;
    std::unique_ptr<CallListModel> m_calls;
    std::unique_ptr<ActionDispatcher> m_actions;
};

void TestActionDispatcher::initTestCase()
{
    QVERIFY(m_server.addStaff(QStringLiteral("Maria"), QStringLiteral("1111")));
    QVERIFY(m_server.addStaff(QStringLiteral("Ivan"), QStringLiteral("2222")));
    m_server.disableGuestLimits();
    QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    m_token = m_server.http().login(QStringLiteral("1111"));
    m_otherToken = m_server.http().login(QStringLiteral("2222"));
    QVERIFY(!m_token.isEmpty());
    QVERIFY(!m_otherToken.isEmpty());
}

void TestActionDispatcher::init()
{
    m_proxy = std::make_unique<LossyProxy>(m_server.url());
    QVERIFY(m_proxy->listen());
    m_api = staffApiThrough(*m_proxy, m_token);
    m_orders = std::make_unique<OrderListModel>();
    m_calls = std::make_unique<CallListModel>();
    m_actions = std::make_unique<ActionDispatcher>(m_api.get(), m_orders.get(), m_calls.get());
    m_actions->setStaffName(QStringLiteral("Maria"));
    m_actions->setRetryPolicy(3, 100);
}

void TestActionDispatcher::cleanup()
{
    m_actions.reset();
    m_calls.reset();
    m_orders.reset();
    m_api.reset();
    m_proxy.reset();
}

QString TestActionDispatcher::newOrder(int table)
{
    const auto order = Order::fromJson(m_server.guest().createOrder(table));
    if (!order)
        return {};
    m_orders->upsert(*order);
    return order->id;
}

QString TestActionDispatcher::newCall(int table)
{
    const auto call = WaiterCall::fromJson(m_server.guest().createCall(table));
    if (!call)
        return {};
    m_calls->upsert(*call);
    return call->id;
}

void TestActionDispatcher::transportFailureIsRetriedAndAppliedOnce()
{
    const QString id = newOrder(1);
    QVERIFY(!id.isEmpty());
    QSignalSpy changed(m_actions.get(), &ActionDispatcher::orderStatusChanged);
    QSignalSpy failed(m_actions.get(), &ActionDispatcher::failed);
    m_proxy->failNext(LossyProxy::Fault::DropRequest);
    m_actions->setOrderStatus(id, OrderStatus::Preparing);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, Timeout);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_proxy->count("/" + id.toUtf8() + "/status"), 2);
    QCOMPARE(m_proxy->forwarded(), 1);
    QCOMPARE(events(QStringLiteral("order-status-change"), QStringLiteral("orderId"), id), 1);
    for (const LossyProxy::Seen &seen : m_proxy->seen())
        QCOMPARE(seen.authorization, "Bearer " + m_token.toUtf8());
    QCOMPARE(m_orders->order(id)->status, OrderStatus::Preparing);
    QVERIFY(!m_orders->data(m_orders->index(m_orders->rowOf(id)), OrderListModel::ActionPendingRole)
                 .toBool());
}

void TestActionDispatcher::lostAnswerConflictCountsAsDone()
{
    const QString id = newCall(2);
    QVERIFY(!id.isEmpty());
    QSignalSpy changed(m_actions.get(), &ActionDispatcher::callStatusChanged);
    QSignalSpy conflicts(m_actions.get(), &ActionDispatcher::conflict);
    m_proxy->failNext(LossyProxy::Fault::DropAnswer);
    m_actions->setCallStatus(id, CallStatus::Acknowledged);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, Timeout);
    QCOMPARE(conflicts.count(), 0);
    QCOMPARE(m_proxy->count("/" + id.toUtf8() + "/acknowledge"), 2);
    QCOMPARE(events(QStringLiteral("call-status-change"), QStringLiteral("callId"), id), 1);
    QCOMPARE(m_calls->call(id)->acknowledgedBy, QStringLiteral("Maria"));
}

void TestActionDispatcher::someoneElsesChangeIsAConflict()
{
    const QString id = newCall(3);
    int status = 0;
    m_server.http().json("PATCH", QStringLiteral("/api/waiter-call/%1/acknowledge").arg(id), {},
                         m_otherToken, &status);
    QCOMPARE(status, 200);
    QSignalSpy changed(m_actions.get(), &ActionDispatcher::callStatusChanged);
    QSignalSpy conflicts(m_actions.get(), &ActionDispatcher::conflict);
    // Even on a repeat (the first attempt lost), Ivan's acknowledgement is not ours.
    m_proxy->failNext(LossyProxy::Fault::DropRequest);
    m_actions->setCallStatus(id, CallStatus::Acknowledged);
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, Timeout);
    QVERIFY2(conflicts.first().first().toString().contains(QStringLiteral("Ivan")),
             qPrintable(conflicts.first().first().toString()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_calls->call(id)->acknowledgedBy, QStringLiteral("Ivan"));
}

void TestActionDispatcher::unreachableServerIsReported()
{
    const QString id = newOrder(4);
    const int number = m_orders->order(id)->orderNumber;
    QSignalSpy failed(m_actions.get(), &ActionDispatcher::failed);
    m_proxy.reset(); // connection refused, every attempt
    m_actions->setOrderStatus(id, OrderStatus::Preparing);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("#%1").arg(number)),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!m_orders->data(m_orders->index(m_orders->rowOf(id)), OrderListModel::ActionPendingRole)
                 .toBool());
}

QTEST_MAIN(TestActionDispatcher)
#include "tst_actiondispatcher.moc"
