#pragma once

// Orders and calls as the models hold them, for the widget tests that lay out cards without a
// server (main window, window fit).

#include "order.h"
#include "waitercall.h"

#include <QDateTime>

namespace tableside::testkit {

/// An order of @p items cappuccino lines (the first with a note), placed 400 s ago at table 3.
inline Order sampleOrder(const QString &id, int number, OrderStatus status, int items = 2,
                         qint64 unitEuroCents = 250, const QString &changedBy = {})
{
    Order order;
    order.id = id;
    order.orderNumber = number;
    order.tableNumber = 3;
    order.status = status;
    order.createdAt = QDateTime::currentDateTimeUtc().addSecs(-400);
    order.updatedAt = order.createdAt;
    order.changedBy = changedBy;
    for (int i = 0; i < items; ++i) {
        OrderItem item;
        item.productId = i + 1;
        item.productName = QStringLiteral("Капучино");
        item.productNameEn = QStringLiteral("Cappuccino");
        item.quantity = i + 1;
        item.unitPrice = Money::fromEuroCents(unitEuroCents);
        item.notes = i == 0 ? QStringLiteral("с овесено мляко") : QString();
        order.items.append(item);
    }
    return order;
}

/// A "pay by card" call of table @p table, made now.
inline WaiterCall sampleCall(const QString &id, int table, CallStatus status,
                             const QString &acknowledgedBy = {})
{
    WaiterCall call;
    call.id = id;
    call.tableNumber = table;
    call.type = CallType::PaymentCard;
    call.status = status;
    call.createdAt = QDateTime::currentDateTimeUtc();
    call.acknowledgedBy = acknowledgedBy;
    return call;
}

} // namespace tableside::testkit
