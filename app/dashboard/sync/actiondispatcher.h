#pragma once

#include "callstatus.h"
#include "orderstatus.h"
#include "retrypolicy.h"

#include <QObject>

namespace tableside::dashboard {

class CallListModel;
class OrderListModel;
class StaffApi;
struct ApiResult;

/// Carries out staff actions (order status, "On my way", "Done") through the REST API: marks the
/// row busy while in flight, retries network failures (RetryPolicy, shared with the kitchen
/// screen), applies the server's answer to the model (also on 409, so the list corrects itself),
/// and reports conflicts and failures — an action is never dropped silently.
class ActionDispatcher : public QObject
{
    Q_OBJECT
public:
    ActionDispatcher(StaffApi *api, OrderListModel *orders, CallListModel *calls,
                     QObject *parent = nullptr);

    /// Name of the signed-in staff member: a 409 caused by our own earlier attempt is success.
    void setStaffName(const QString &name) { m_staffName = name; }
    /// Attempts per action when the network fails (first try included), and the first delay.
    void setRetryPolicy(int attempts, int firstDelayMs) { m_retry.set(attempts, firstDelayMs); }

public slots:
    void setOrderStatus(const QString &orderId, tableside::OrderStatus status);
    void setCallStatus(const QString &callId, tableside::CallStatus status);

signals:
    /// Someone else changed it first; @p message says who and what (translated).
    void conflict(const QString &message);
    /// The action could not be carried out (after retries); @p message says why (translated).
    void failed(const QString &message);
    void orderStatusChanged(const QString &orderId, tableside::OrderStatus status);
    void callStatusChanged(const QString &callId, tableside::CallStatus status);

private:
    void onOrderResult(const QString &orderId, OrderStatus status, int attempt, const ApiResult &r);
    void onCallResult(const QString &callId, CallStatus status, int attempt, const ApiResult &r);

    StaffApi *m_api;
    OrderListModel *m_orders;
    CallListModel *m_calls;
    QString m_staffName;
    RetryPolicy m_retry;
};

} // namespace tableside::dashboard
