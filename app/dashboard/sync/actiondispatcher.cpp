#include "actiondispatcher.h"

#include "apiresult.h"
#include "calllistmodel.h"
#include "labels.h"
#include "logging.h"
#include "orderlistmodel.h"
#include "staffapi.h"

namespace tableside::dashboard {

ActionDispatcher::ActionDispatcher(StaffApi *api, OrderListModel *orders, CallListModel *calls,
                                   QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_orders(orders)
    , m_calls(calls)
{ }

void ActionDispatcher::setOrderStatus(const QString &orderId, OrderStatus status)
{
    qCInfo(lcApi).noquote() << "Order" << orderId << "→" << toWireString(status);
    m_orders->setActionPending(orderId, true);
    m_retry.run(
        this, QStringLiteral("order status change"),
        [api = m_api, orderId, status](StaffApi::Callback answer) {
            api->setOrderStatus(orderId, status, std::move(answer));
        },
        [this, orderId, status](const ApiResult &r, int attempt) {
            onOrderResult(orderId, status, attempt, r);
        });
}

void ActionDispatcher::setCallStatus(const QString &callId, CallStatus status)
{
    qCInfo(lcApi).noquote() << "Call" << callId << "→" << toWireString(status);
    m_calls->setActionPending(callId, true);
    m_retry.run(
        this, QStringLiteral("call status change"),
        [api = m_api, callId, status](StaffApi::Callback answer) {
            api->setCallStatus(callId, status, std::move(answer));
        },
        [this, callId, status](const ApiResult &r, int attempt) {
            onCallResult(callId, status, attempt, r);
        });
}

void ActionDispatcher::onOrderResult(const QString &orderId, OrderStatus status, int attempt,
                                     const ApiResult &r)
{
    m_orders->setActionPending(orderId, false);
    const std::optional<Order> before = m_orders->order(orderId);
    const QString number = before ? QString::number(before->orderNumber) : QString();
    if (r.isSuccess() || r.isConflict()) {
        const auto current = Order::fromJson(r.body.value(QStringLiteral("order")).toObject());
        if (current)
            m_orders->upsertIfNewer(*current);
        if (RetryPolicy::succeeded(r, attempt, current && current->status == status)) {
            emit orderStatusChanged(orderId, status);
            return;
        }
        QString message;
        if (current && !current->changedBy.isEmpty())
            message = tr("Order #%1 is already \"%2\" (changed by %3).")
                          .arg(number, Labels::orderStatus(current->status), current->changedBy);
        else if (current)
            message = tr("Order #%1 is already \"%2\".")
                          .arg(number, Labels::orderStatus(current->status));
        else
            message = tr("Order #%1 could not be changed: %2").arg(number, r.errorMessage());
        emit conflict(message);
        return;
    }
    if (r.isUnauthorized())
        return; // the session is over; the application shows the login dialog
    const QString message = r.isNetworkFailure()
        ? tr("Order #%1 was not changed: the server cannot be reached (%2). Please try again.")
              .arg(number, r.errorMessage())
        : tr("Order #%1 was not changed: %2").arg(number, r.errorMessage());
    emit failed(message);
}

void ActionDispatcher::onCallResult(const QString &callId, CallStatus status, int attempt,
                                    const ApiResult &r)
{
    m_calls->setActionPending(callId, false);
    const std::optional<WaiterCall> before = m_calls->call(callId);
    const int table = before ? before->tableNumber : 0;
    if (r.isSuccess() || r.isConflict()) {
        const auto current = WaiterCall::fromJson(r.body.value(QStringLiteral("call")).toObject());
        if (current)
            m_calls->upsert(*current);
        const bool reached = current && current->status == status
            && (current->acknowledgedBy == m_staffName || status == CallStatus::Completed);
        if (RetryPolicy::succeeded(r, attempt, reached)) {
            emit callStatusChanged(callId, status);
            return;
        }
        QString message;
        if (current && !current->acknowledgedBy.isEmpty()
            && current->status == CallStatus::Acknowledged)
            message = tr("%1: %2 is already on the way.")
                          .arg(Labels::table(table), current->acknowledgedBy);
        else if (current)
            message = tr("%1: the call is already \"%2\".")
                          .arg(Labels::table(table), Labels::callStatus(current->status));
        else
            message = tr("%1: the call could not be changed: %2")
                          .arg(Labels::table(table), r.errorMessage());
        emit conflict(message);
        return;
    }
    if (r.isUnauthorized())
        return;
    const QString message = r.isNetworkFailure()
        ? tr("%1: the call was not changed: the server cannot be reached (%2). Please try again.")
              .arg(Labels::table(table), r.errorMessage())
        : tr("%1: the call was not changed: %2").arg(Labels::table(table), r.errorMessage());
    emit failed(message);
}

} // namespace tableside::dashboard
