#pragma once

#include "callstatus.h"
#include "orderstatus.h"

#include <QObject>

namespace tableside::dashboard {

class CallListModel;
class OrderListModel;
class StaffApi;
struct ApiResult;

/// Carries out staff actions (order status, "On my way", "Done") through the REST API: marks the
/// row busy while in flight, retries network failures, applies the server's answer to the model
/// (also on 409, so the list corrects itself), and reports conflicts and failures — an action is
/// never dropped silently.
class ActionDispatcher : public QObject
{
    Q_OBJECT
public:
    ActionDispatcher(StaffApi *api, OrderListModel *orders, CallListModel *calls,
                     QObject *parent = nullptr);

    /// Name of the signed-in staff member: a 409 caused by our own earlier attempt is success.
    void setStaffName(const QString &name) { m_staffName = name; }
    /// Attempts per action when the network fails (first try included), and the first delay.
    void setRetryPolicy(int attempts, int firstDelayMs);

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
    void sendOrder(const QString &orderId, OrderStatus status, int attempt);
    void sendCall(const QString &callId, CallStatus status, int attempt);
    void onOrderResult(const QString &orderId, OrderStatus status, int attempt, const ApiResult &r);
    void onCallResult(const QString &callId, CallStatus status, int attempt, const ApiResult &r);
    int delayFor(int attempt) const;

    StaffApi *m_api;
    OrderListModel *m_orders;
    CallListModel *m_calls;
    QString m_staffName;
    int m_attempts = 3;
    int m_firstDelayMs = 1'000;
};

} // namespace tableside::dashboard
