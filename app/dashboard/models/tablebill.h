#pragma once

#include "money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tableside::dashboard {

/// One table's open bill as GET /api/tables/{n}/tab returns it: the unpaid orders with their
/// due lines, today's payments (GET /api/tables/{n}/payments), and the totals (EUR cents; BGN
/// derived from the EUR total).
struct TableBill
{
    /// One line still (partly) due.
    struct Line
    {
        QString orderId;
        int itemId = 0; ///< the line number within its order (pays it by items)
        QString name; ///< Bulgarian name
        QString nameEn;
        QString notes;
        int quantity = 0; ///< still unpaid
        Money unitPrice;
        Money lineTotal() const { return unitPrice * quantity; }
    };
    /// One order of the tab with its due lines.
    struct OrderPart
    {
        QString id;
        int orderNumber = 0;
        QString status;
        QString notes;
        QDateTime createdAt;
        QList<Line> lines;
    };
    /// One payment of today (voided ones included, marked).
    struct Payment
    {
        QString id;
        QString method; ///< "cash" | "card"
        Money amount;
        Money tip;
        Money tendered;
        Money change;
        QString takenBy;
        QDateTime createdAt;
        bool voided = false;
        QString voidReason;
        int part = 0; ///< 1-based part of an equal split; 0 = not a part
        int parts = 0;
    };

    int tableNumber = 0;
    QString tableName;
    QList<OrderPart> orders;
    QList<Payment> payments;
    Money total; ///< what is still open
    int splitParts = 0; ///< an equal split in progress: N parts (0 = none)
    int splitPaidParts = 0;
    Money splitNextPart; ///< the amount of the next unpaid part

    bool isEmpty() const { return orders.isEmpty(); }
    QList<Line> lines() const;
    /// Sum of the payments not voided (tips excluded).
    Money paidTotal() const;

    /// Reads the tab answer; tolerant of absent optional fields.
    static TableBill fromJson(const QJsonObject &json);
    /// Reads GET /api/tables/{n}/payments' "payments" (newest first).
    void setPayments(const QJsonArray &array);
};

} // namespace tableside::dashboard
