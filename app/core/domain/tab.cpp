#include "tab.h"

#include "jsonreader.h"
#include "splitmath.h"

#include <QJsonArray>
#include <algorithm>

namespace tableside {

QList<qint64> TableTab::Split::partAmounts() const
{
    return SplitMath::equalParts(base.euroCents(), parts);
}

Money TableTab::Split::paidAmount() const
{
    Money paid;
    for (const int index : paidParts)
        paid += Money::fromEuroCents(SplitMath::part(base.euroCents(), parts, index));
    return paid;
}

int TableTab::Split::nextPart() const
{
    for (int index = 1; index <= parts; ++index) {
        if (!paidParts.contains(index))
            return index;
    }
    return 0;
}

QJsonObject TableTab::Split::toJson() const
{
    QJsonArray amounts;
    for (const qint64 amount : partAmounts())
        amounts.append(amount);
    QJsonArray paid;
    for (const int index : paidParts)
        paid.append(index);
    const int next = nextPart();
    return {{QStringLiteral("parts"), parts},
            {QStringLiteral("baseEurCents"), base.euroCents()},
            {QStringLiteral("partsEurCents"), amounts},
            {QStringLiteral("paidParts"), paid},
            {QStringLiteral("nextPart"), next > 0 ? QJsonValue(next) : QJsonValue()},
            {QStringLiteral("nextPartEurCents"), SplitMath::part(base.euroCents(), parts, next)}};
}

int TableTab::paidQuantity(const QString &orderId, int line) const
{
    return paidQuantities.value(orderId).value(line, 0);
}

int TableTab::dueQuantity(const Order &order, const OrderItem &item) const
{
    return std::max(0, item.quantity - paidQuantity(order.id, item.id));
}

Money TableTab::orderDue(const Order &order) const
{
    Money due;
    for (const OrderItem &item : order.items)
        due += item.unitPrice * dueQuantity(order, item);
    return due;
}

Money TableTab::ordered() const
{
    Money total;
    for (const Order &order : orders)
        total += order.totalEur();
    return total;
}

Money TableTab::itemsDue() const
{
    Money due;
    for (const Order &order : orders)
        due += orderDue(order);
    return due;
}

Money TableTab::total() const
{
    const qint64 due = itemsDue().euroCents() - (split ? split->paidAmount().euroCents() : 0);
    return Money::fromEuroCents(std::max<qint64>(0, due));
}

QDateTime TableTab::openedAt() const
{
    QDateTime first;
    for (const Order &order : orders) {
        if (!first.isValid() || order.createdAt < first)
            first = order.createdAt;
    }
    return first;
}

QDateTime TableTab::lastActivityAt() const
{
    QDateTime last = lastPaymentAt;
    for (const Order &order : orders) {
        if (!last.isValid() || order.updatedAt > last)
            last = order.updatedAt;
    }
    return last;
}

QJsonObject TableTab::summaryJson() const
{
    const Money due = total();
    return {{QStringLiteral("totalEurCents"), due.euroCents()},
            {QStringLiteral("totalEur"), due.toJsonNumber()},
            {QStringLiteral("totalBgn"), due.bgnToJsonNumber()},
            {QStringLiteral("orders"), int(orders.size())}};
}

QJsonObject TableTab::toJson() const
{
    QJsonArray orderArray;
    for (const Order &order : orders) {
        QJsonObject json = order.toJson();
        QJsonArray items;
        for (const OrderItem &item : order.items) {
            QJsonObject itemJson = item.toJson();
            const int due = dueQuantity(order, item);
            itemJson.insert(QStringLiteral("paidQuantity"), item.quantity - due);
            itemJson.insert(QStringLiteral("dueQuantity"), due);
            itemJson.insert(QStringLiteral("dueEurCents"), (item.unitPrice * due).euroCents());
            items.append(itemJson);
        }
        json.insert(QStringLiteral("items"), items);
        json.insert(QStringLiteral("dueEurCents"), orderDue(order).euroCents());
        orderArray.append(json);
    }
    const Money due = total();
    const Money all = ordered();
    return {
        {QStringLiteral("tableNumber"), tableNumber},
        {QStringLiteral("name"), name},
        {QStringLiteral("area"), area},
        {QStringLiteral("seats"), seats},
        {QStringLiteral("orders"), orderArray},
        {QStringLiteral("orderCount"), int(orders.size())},
        {QStringLiteral("totalEurCents"), due.euroCents()},
        {QStringLiteral("totalEur"), due.toJsonNumber()},
        {QStringLiteral("totalBgn"), due.bgnToJsonNumber()},
        {QStringLiteral("totalBgnCents"), due.bgnCents()},
        {QStringLiteral("orderedEurCents"), all.euroCents()},
        {QStringLiteral("paidEurCents"), all.euroCents() - due.euroCents()},
        {QStringLiteral("split"), split ? QJsonValue(split->toJson()) : QJsonValue()},
        {QStringLiteral("openedAt"), toWireTimestampOrNull(openedAt())},
        {QStringLiteral("lastActivityAt"), toWireTimestampOrNull(lastActivityAt())},
        {QStringLiteral("lastPaymentAt"), toWireTimestampOrNull(lastPaymentAt)},
    };
}

} // namespace tableside
