#include "order.h"

#include "jsonreader.h"

#include <QCoreApplication>

namespace tableside {

namespace {

using Presence = JsonReader::Presence;

} // namespace

Money Order::totalEur() const
{
    Money total;
    for (const OrderItem &item : items)
        total += item.lineTotal();
    return total;
}

QStringList Order::stations() const
{
    QStringList result;
    for (const OrderItem &item : items) {
        if (!result.contains(item.station))
            result.append(item.station);
    }
    result.sort();
    return result;
}

QJsonObject Order::toJson() const
{
    QJsonArray itemArray;
    for (const OrderItem &item : items)
        itemArray.append(item.toJson());
    QJsonObject stationObject;
    for (auto it = stationStatus.cbegin(); it != stationStatus.cend(); ++it)
        stationObject.insert(it.key(), it.value());
    const Money total = totalEur();
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("orderId"), id},
        {QStringLiteral("orderNumber"), orderNumber},
        {QStringLiteral("tableNumber"), tableNumber},
        {QStringLiteral("items"), itemArray},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("status"), toWireString(status)},
        {QStringLiteral("totalEur"), total.toJsonNumber()},
        {QStringLiteral("totalBgn"), total.bgnToJsonNumber()},
        {QStringLiteral("totalEurCents"), total.euroCents()},
        {QStringLiteral("totalBgnCents"), total.bgnCents()},
        {QStringLiteral("createdAt"), toWireTimestampOrNull(createdAt)},
        {QStringLiteral("updatedAt"), toWireTimestampOrNull(updatedAt)},
        {QStringLiteral("completedAt"), toWireTimestampOrNull(completedAt)},
        {QStringLiteral("changedBy"), toJsonStringOrNull(changedBy)},
        {QStringLiteral("stationStatus"), stationObject},
        {QStringLiteral("isPaid"), isPaid},
        {QStringLiteral("paymentMethod"), toJsonStringOrNull(paymentMethod)},
    };
}

std::optional<Order> Order::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json, QStringLiteral("order"));
    Order order;
    order.id = reader.string(reader.has(QStringLiteral("id")) ? QStringLiteral("id")
                                                              : QStringLiteral("orderId"));
    order.orderNumber = int(reader.integer(QStringLiteral("orderNumber"), Presence::Required, 1));
    order.tableNumber = int(reader.integer(QStringLiteral("tableNumber"), Presence::Required, 1));
    const QJsonArray itemArray = reader.array(QStringLiteral("items"));
    for (qsizetype i = 0; i < itemArray.size(); ++i) {
        const QString where = QStringLiteral("items[%1]").arg(i);
        if (!itemArray.at(i).isObject()) {
            reader.addError(where + QStringLiteral(": ")
                            + QCoreApplication::translate("JsonReader", "expected an object"));
            continue;
        }
        QString itemError;
        const std::optional<OrderItem> item
            = OrderItem::fromJson(itemArray.at(i).toObject(), &itemError);
        if (item)
            order.items.append(*item);
        else // "items[1]: quantity: …", without OrderItem's own "item: " context
            reader.addError(where + QStringLiteral(": ")
                            + itemError.mid(itemError.indexOf(QLatin1String(": ")) + 2));
    }
    order.notes = reader.string(QStringLiteral("notes"), Presence::Optional);
    if (reader.has(QStringLiteral("status"))) {
        const QString statusText = reader.string(QStringLiteral("status"));
        if (const std::optional<OrderStatus> status = orderStatusFromWire(statusText))
            order.status = *status;
        else if (json.value(QStringLiteral("status")).isString())
            reader.addError(
                QStringLiteral("status: ")
                + QCoreApplication::translate("JsonReader", "unknown status '%1'").arg(statusText));
    }
    order.createdAt = reader.dateTime(QStringLiteral("createdAt"), Presence::Optional);
    order.updatedAt = reader.dateTime(QStringLiteral("updatedAt"), Presence::Optional);
    order.completedAt = reader.dateTime(QStringLiteral("completedAt"), Presence::Optional);
    order.changedBy = reader.string(QStringLiteral("changedBy"), Presence::Optional);
    const QJsonObject stationObject
        = reader.object(QStringLiteral("stationStatus"), Presence::Optional);
    for (auto it = stationObject.constBegin(); it != stationObject.constEnd(); ++it) {
        if (it.value().isString())
            order.stationStatus.insert(it.key(), it.value().toString());
        else
            reader.addError(QStringLiteral("stationStatus.") + it.key() + QStringLiteral(": ")
                            + QCoreApplication::translate("JsonReader", "expected a string"));
    }
    order.isPaid = json.value(QStringLiteral("isPaid")).toBool(false);
    order.paymentMethod = reader.string(QStringLiteral("paymentMethod"), Presence::Optional);
    if (!reader.ok()) {
        if (error)
            *error = reader.errorString();
        return std::nullopt;
    }
    return order;
}

bool Order::operator==(const Order &other) const
{
    return id == other.id && orderNumber == other.orderNumber && tableNumber == other.tableNumber
        && items == other.items && notes == other.notes && status == other.status
        && createdAt == other.createdAt && updatedAt == other.updatedAt
        && completedAt == other.completedAt && changedBy == other.changedBy
        && stationStatus == other.stationStatus && isPaid == other.isPaid
        && paymentMethod == other.paymentMethod;
}

} // namespace tableside
