#pragma once

#include "order.h"
#include "waitercall.h"

#include <QJsonObject>

namespace tableside::server {

/// What a guest may see of an order or a waiter call: everything the staff see except staff
/// names. A call shows at most the first name of the waiter who is coming (waiterFirstName),
/// like GET /api/waiter-call/{id}/status; an order shows no staff at all.
class GuestView
{
public:
    static QJsonObject order(const Order &order);
    static QJsonObject call(const WaiterCall &call);
    /// The table's open call another guest (or phone) made, which a second tap joins: as
    /// call(), with its message empty; that message was written by someone else.
    static QJsonObject joinedCall(const WaiterCall &call);
    /// GET /api/waiter-call/{id}/status: id, tableNumber, callType, status, waiterFirstName.
    static QJsonObject callStatus(const WaiterCall &call);

private:
    /// The first name of the waiter who took the call; "" while it is pending.
    static QString waiterFirstName(const WaiterCall &call);
};

} // namespace tableside::server
