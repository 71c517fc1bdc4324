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
    QString waiterFirstName;
    if (call.status != CallStatus::Pending && !call.acknowledgedBy.isEmpty()) {
        StaffMember waiter;
        waiter.name = call.acknowledgedBy;
        waiterFirstName = waiter.firstName();
    }
    json.insert(QStringLiteral("waiterFirstName"), waiterFirstName);
    return json;
}

} // namespace tableside::server
