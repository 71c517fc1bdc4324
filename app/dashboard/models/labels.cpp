#include "labels.h"

namespace tableside::dashboard {

QString Labels::orderStatus(OrderStatus status)
{
    // One order's state ("Готова"), not the column of many ("Готови"): Bulgarian tells them apart.
    switch (status) {
    case OrderStatus::Pending:
        return tr("New", "status of one order");
    case OrderStatus::Preparing:
        return tr("Preparing", "status of one order");
    case OrderStatus::Ready:
        return tr("Ready", "status of one order");
    case OrderStatus::Completed:
        return tr("Completed", "status of one order");
    case OrderStatus::Cancelled:
        return tr("Cancelled", "status of one order");
    case OrderStatus::PendingApproval:
        return tr("Waiting for approval", "status of one order");
    }
    return {};
}

QString Labels::orderColumn(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending:
        return tr("New");
    case OrderStatus::Preparing:
        return tr("Preparing");
    case OrderStatus::Ready:
        return tr("Ready");
    case OrderStatus::Completed:
        return tr("Completed");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    case OrderStatus::PendingApproval:
        return tr("Waiting for approval");
    }
    return {};
}

QString Labels::orderAction(OrderStatus target)
{
    switch (target) {
    case OrderStatus::Preparing:
        return tr("Preparing", "button: start preparing the order");
    case OrderStatus::Ready:
        return tr("Ready", "button: the order is ready");
    case OrderStatus::Completed:
        return tr("Completed", "button: the order was served");
    case OrderStatus::Cancelled:
        return tr("Cancel", "button: cancel the order");
    case OrderStatus::Pending:
        // Only a waiting order (issue 16) steps to Pending.
        return tr("Approve", "button: let a waiting order through to the kitchen");
    case OrderStatus::PendingApproval:
        break;
    }
    return {};
}

QString Labels::callType(CallType type)
{
    switch (type) {
    case CallType::PaymentCash:
        return tr("Pay in cash");
    case CallType::PaymentCard:
        return tr("Pay by card");
    case CallType::Help:
        return tr("Needs help");
    case CallType::Service:
        return tr("Service");
    }
    return {};
}

QString Labels::callStatus(CallStatus status)
{
    switch (status) {
    case CallStatus::Pending:
        return tr("Waiting");
    case CallStatus::Acknowledged:
        return tr("On the way");
    case CallStatus::Completed:
        return tr("Done");
    }
    return {};
}

QString Labels::callAction(CallStatus target)
{
    switch (target) {
    case CallStatus::Acknowledged:
        return tr("On my way", "button: acknowledge a waiter call");
    case CallStatus::Completed:
        return tr("Done", "button: complete a waiter call");
    case CallStatus::Pending:
        break;
    }
    return {};
}

QString Labels::elapsed(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    const qint64 seconds = qMax<qint64>(0, since.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString Labels::table(int tableNumber)
{
    return tr("Table %1").arg(tableNumber);
}

} // namespace tableside::dashboard
