#include "actiondispatcher.h"

#include "apiresult.h"
#include "calllistmodel.h"
#include "labels.h"
#include "logging.h"
#include "orderlistmodel.h"
#include "staffapi.h"

#include <QPointer>
#include <QTimer>

namespace tableside::dashboard {

ActionDispatcher::ActionDispatcher(StaffApi *api, OrderListModel *orders, CallListModel *calls,
                                   QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_orders(orders)
    , m_calls(calls)
{ }

void ActionDispatcher::setRetryPolicy(int attempts, int firstDelayMs)
{
    m_attempts = qMax(1, attempts);
    m_firstDelayMs = firstDelayMs;
}

int ActionDispatcher::delayFor(int attempt) const
{
    return m_firstDelayMs << qMin(attempt - 1, 8);
}

void ActionDispatcher::setOrderStatus(const QString &orderId, OrderStatus status)
{
    qCInfo(lcApi).noquote() << "Order" << orderId << "→" << toWireString(status);
    m_orders->setActionPending(orderId, true);
    sendOrder(orderId, status, 1);
}

void ActionDispatcher::setCallStatus(const QString &callId, CallStatus status)
{
    qCInfo(lcApi).noquote() << "Call" << callId << "→" << toWireString(status);
    m_calls->setActionPending(callId, true);
    sendCall(callId, status, 1);
}

void ActionDispatcher::sendOrder(const QString &orderId, OrderStatus status, int attempt)
{
    QPointer<ActionDispatcher> self(this);
    m_api->setOrderStatus(orderId, status, [self, orderId, status, attempt](const ApiResult &r) {
        if (self)
            self->onOrderResult(orderId, status, attempt, r);
    });
}

void ActionDispatcher::sendCall(const QString &callId, CallStatus status, int attempt)
{
    QPointer<ActionDispatcher> self(this);
    m_api->setCallStatus(callId, status, [self, callId, status, attempt](const ApiResult &r) {
        if (self)
            self->onCallResult(callId, status, attempt, r);
    });
}

void ActionDispatcher::onOrderResult(const QString &orderId, OrderStatus status, int attempt,
                                     const ApiResult &r)
{
    if (r.isNetworkFailure() && attempt < m_attempts) {
        // The request may or may not have reached the server; a repeat is safe because the
        // server answers a repeated change with 409 and the current order (handled below).
        qCInfo(lcApi) << "Retrying order status change in" << delayFor(attempt) << "ms";
        QTimer::singleShot(delayFor(attempt), this, [this, orderId, status, attempt] {
            sendOrder(orderId, status, attempt + 1);
        });
        return;
    }
    m_orders->setActionPending(orderId, false);
    const std::optional<Order> before = m_orders->order(orderId);
    const QString number = before ? QString::number(before->orderNumber) : QString();
    if (r.isSuccess() || r.isConflict()) {
        const auto current = Order::fromJson(r.body.value(QStringLiteral("order")).toObject());
        if (current)
            m_orders->upsertIfNewer(*current);
        if (r.isSuccess() || (current && current->status == status && attempt > 1)) {
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
    if (r.isNetworkFailure() && attempt < m_attempts) {
        qCInfo(lcApi) << "Retrying call status change in" << delayFor(attempt) << "ms";
        QTimer::singleShot(delayFor(attempt), this, [this, callId, status, attempt] {
            sendCall(callId, status, attempt + 1);
        });
        return;
    }
    m_calls->setActionPending(callId, false);
    const std::optional<WaiterCall> before = m_calls->call(callId);
    const int table = before ? before->tableNumber : 0;
    if (r.isSuccess() || r.isConflict()) {
        const auto current = WaiterCall::fromJson(r.body.value(QStringLiteral("call")).toObject());
        if (current)
            m_calls->upsert(*current);
        const bool ours = current && current->status == status
            && (current->acknowledgedBy == m_staffName || status == CallStatus::Completed)
            && attempt > 1;
        if (r.isSuccess() || ours) {
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
