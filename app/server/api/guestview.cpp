#include "guestview.h"

#include "staffmember.h"

namespace tableside::server {

QJsonObject GuestView::order(const Order &order)
{
    QJsonObject json = order.toJson();
    // A replayed create can return an order staff have moved on since (changedBy = full name).
    json.remove(QStringLiteral("changedBy"));
    return json;
}

QJsonObject GuestView::call(const WaiterCall &call)
{
    QJsonObject json = call.toJson();
    json.remove(QStringLiteral("acknowledgedBy"));
    json.remove(QStringLiteral("changedBy"));
    json.insert(QStringLiteral("waiterFirstName"), waiterFirstName(call));
    return json;
}

QJsonObject GuestView::joinedCall(const WaiterCall &call)
{
    QJsonObject json = GuestView::call(call);
    // The field stays (same shape for the page), the other guest's words do not.
    json.insert(QStringLiteral("message"), QString());
    return json;
}

QJsonObject GuestView::callStatus(const WaiterCall &call)
{
    return {{QStringLiteral("id"), call.id},
            {QStringLiteral("tableNumber"), call.tableNumber},
            {QStringLiteral("callType"), toWireString(call.type)},
            {QStringLiteral("status"), toWireString(call.status)},
            {QStringLiteral("waiterFirstName"), waiterFirstName(call)}};
}

QString GuestView::waiterFirstName(const WaiterCall &call)
{
    // A guest sees the first name of the waiter who is coming and nothing else about staff.
    if (call.status == CallStatus::Pending || call.acknowledgedBy.isEmpty())
        return {};
    StaffMember waiter;
    waiter.name = call.acknowledgedBy;
    return waiter.firstName();
}

} // namespace tableside::server
