#include "tablebill.h"

#include <QJsonArray>

namespace tableside::dashboard {

namespace {
// "<name>EurCents" when present, else the decimal "<name>Eur" (the origin's shape).
Money money(const QJsonObject &json, const QString &name)
{
    const QJsonValue cents = json.value(name + QStringLiteral("EurCents"));
    if (cents.isDouble())
        return Money::fromEuroCents(cents.toInteger());
    if (const auto eur = Money::fromJson(json.value(name + QStringLiteral("Eur"))))
        return *eur;
    return {};
}

QDateTime timestamp(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString text(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}
} // namespace

QList<TableBill::Line> TableBill::lines() const
{
    QList<Line> all;
    for (const OrderPart &order : orders)
        all += order.lines;
    return all;
}

Money TableBill::paidTotal() const
{
    Money sum;
    for (const Payment &payment : payments)
        if (!payment.voided)
            sum += payment.amount;
    return sum;
}

TableBill TableBill::fromJson(const QJsonObject &json)
{
    TableBill bill;
    bill.tableNumber = json.value(QStringLiteral("tableNumber")).toInt();
    bill.tableName = json.value(QStringLiteral("name")).toString();
    bill.total = money(json, QStringLiteral("total"));
    for (const QJsonValue &value : json.value(QStringLiteral("orders")).toArray()) {
        const QJsonObject o = value.toObject();
        OrderPart order;
        order.id = text(o, "id");
        if (order.id.isEmpty())
            order.id = text(o, "orderId");
        order.orderNumber = o.value(QStringLiteral("orderNumber")).toInt();
        order.status = o.value(QStringLiteral("status")).toString();
        order.notes = o.value(QStringLiteral("notes")).toString();
        order.createdAt = timestamp(o.value(QStringLiteral("createdAt")));
        for (const QJsonValue &itemValue : o.value(QStringLiteral("items")).toArray()) {
            const QJsonObject i = itemValue.toObject();
            Line line;
            line.orderId = order.id;
            line.itemId = i.value(QStringLiteral("id")).toInt();
            line.name = i.value(QStringLiteral("productName")).toString();
            line.nameEn = i.value(QStringLiteral("productNameEn")).toString();
            line.notes = i.value(QStringLiteral("notes")).toString();
            line.quantity = i.value(QStringLiteral("quantity")).toInt();
            // A line partly paid by items: only what is still due counts.
            if (i.contains(QStringLiteral("dueQuantity")))
                line.quantity = i.value(QStringLiteral("dueQuantity")).toInt();
            else if (i.contains(QStringLiteral("paidQuantity")))
                line.quantity -= i.value(QStringLiteral("paidQuantity")).toInt();
            line.unitPrice = money(i, QStringLiteral("unitPrice"));
            if (line.quantity > 0)
                order.lines.append(line);
        }
        bill.orders.append(order);
    }
    bill.setPayments(json.value(QStringLiteral("payments")).toArray());
    const QJsonObject split = json.value(QStringLiteral("split")).toObject();
    bill.splitParts = split.value(QStringLiteral("parts")).toInt();
    bill.splitPaidParts = int(split.value(QStringLiteral("paidParts")).toArray().size());
    bill.splitNextPart
        = Money::fromEuroCents(split.value(QStringLiteral("nextPartEurCents")).toInteger());
    return bill;
}

void TableBill::setPayments(const QJsonArray &array)
{
    payments.clear();
    for (const QJsonValue &value : array) {
        const QJsonObject p = value.toObject();
        Payment payment;
        payment.id = text(p, "id");
        payment.method = p.value(QStringLiteral("method")).toString();
        payment.amount = money(p, QStringLiteral("amount"));
        payment.tip = money(p, QStringLiteral("tip"));
        payment.tendered = money(p, QStringLiteral("tendered"));
        payment.change = money(p, QStringLiteral("change"));
        payment.takenBy = p.value(QStringLiteral("takenBy")).toString();
        if (payment.takenBy.isEmpty())
            payment.takenBy = p.value(QStringLiteral("staffName")).toString();
        payment.createdAt = timestamp(p.value(QStringLiteral("createdAt")));
        payment.voided = p.value(QStringLiteral("voided")).toBool()
            || p.value(QStringLiteral("status")).toString() == QLatin1String("voided");
        payment.voidReason = p.value(QStringLiteral("voidReason")).toString();
        payment.part = p.value(QStringLiteral("part")).toInt();
        payment.parts = p.value(QStringLiteral("parts")).toInt();
        payments.append(payment);
    }
}

} // namespace tableside::dashboard
