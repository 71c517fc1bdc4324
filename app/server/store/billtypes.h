#pragma once

#include "order.h"
#include "payment.h"
#include "tab.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tableside::server {

/// What the store takes and answers for the bill (issue 15): payments, moves, the tables view.
namespace bill {

/// One selected quantity of an order line, as the API validated it.
struct ItemDraft
{
    QString orderId;
    int itemId = 0;
    int quantity = 0;
};

/// A payment as the API validated it: whole tab (no items, parts 0), items, or a split part.
struct PaymentDraft
{
    int tableNumber = 0;
    QString method; ///< "cash" or "card"
    qint64 tipEurCents = 0;
    bool hasTendered = false;
    qint64 tenderedEurCents = 0;
    QList<ItemDraft> items;
    int parts = 0; ///< 0 = not a split
    QString idempotencyKey;
    QByteArray requestHash;
};

/// A payment (new, replayed or voided) and its table's tab after it.
struct PaymentResult
{
    Payment payment;
    TableTab tab;
    bool replayed = false;
};

/// Both tables' tabs after a move or a merge, and the order moved (move of one order).
struct TabMove
{
    Order order;
    TableTab from;
    TableTab to;
    QStringList orderIds;
};

/// One tile of the tables view.
struct TableEntry
{
    int tableNumber = 0;
    QString name;
    QString area;
    int seats = 0;
    bool active = true;
    QString state; ///< free, open, order_waiting, call_waiting, bill_requested, paid
    TableTab tab;
    QDateTime lastActivityAt;
    QStringList openCalls; ///< call types of the table's open calls, oldest first
    /// {"tableNumber","name","area","seats","active","state","tab":{summary},
    ///  "lastActivityAt","openCalls":[…],"lastPaymentAt"}
    QJsonObject toJson() const;
};

/// What the guest page shows of its own table: today's orders, the running bill, "paid".
struct GuestBill
{
    QList<Order> orders; ///< today's orders of the table, not cancelled, oldest first
    TableTab tab;
    QDateTime lastPaymentAt;
    bool paidRecently = false; ///< a payment within the last 15 minutes and nothing left due
};

/// How long a table shows as "paid" after its last payment (nothing new since).
constexpr int PaidRecentlySeconds = 15 * 60;

} // namespace bill

} // namespace tableside::server
