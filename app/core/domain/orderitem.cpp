#include "orderitem.h"

#include "jsonreader.h"

namespace tableside {

namespace {

using Presence = JsonReader::Presence;

constexpr qint64 MaximumId = (qint64(1) << 53) - 1;
// A line of 1000 is already absurd; the bound keeps quantity × price far from overflow.
constexpr qint64 MaximumQuantity = 1000;

} // namespace

QJsonObject OrderItem::toJson() const
{
    const Money total = lineTotal();
    return QJsonObject {
        {QStringLiteral("productId"), productId},
        {QStringLiteral("productName"), productName},
        {QStringLiteral("productNameEn"), productNameEn},
        {QStringLiteral("quantity"), quantity},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("station"), station},
        {QStringLiteral("unitPriceEur"), unitPrice.toJsonNumber()},
        {QStringLiteral("unitPriceEurCents"), unitPrice.euroCents()},
        {QStringLiteral("lineTotalEur"), total.toJsonNumber()},
        {QStringLiteral("lineTotalEurCents"), total.euroCents()},
        {QStringLiteral("priceBgn"), unitPrice.bgnToJsonNumber()},
        {QStringLiteral("priceEur"), unitPrice.toJsonNumber()},
        {QStringLiteral("id"), id},
    };
}

std::optional<OrderItem> OrderItem::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json, QStringLiteral("item"));
    OrderItem item;
    item.productId = reader.integer(QStringLiteral("productId"), Presence::Required, 1, MaximumId);
    item.productName = reader.string(QStringLiteral("productName"));
    item.productNameEn = reader.string(QStringLiteral("productNameEn"), Presence::Optional);
    item.quantity
        = int(reader.integer(QStringLiteral("quantity"), Presence::Required, 1, MaximumQuantity));
    // Exact cents first; then our decimal field; then the origin's per-unit "priceEur".
    if (reader.has(QStringLiteral("unitPriceEurCents"))) {
        item.unitPrice = Money::fromEuroCents(reader.integer(
            QStringLiteral("unitPriceEurCents"), Presence::Required, 0, Money::MaximumCents));
    } else if (reader.has(QStringLiteral("unitPriceEur"))
               || !reader.has(QStringLiteral("priceEur"))) {
        item.unitPrice = reader.money(QStringLiteral("unitPriceEur"));
    } else {
        item.unitPrice = reader.money(QStringLiteral("priceEur"));
    }
    item.notes = reader.string(QStringLiteral("notes"), Presence::Optional);
    if (reader.has(QStringLiteral("station")))
        item.station = reader.string(QStringLiteral("station"));
    if (reader.has(QStringLiteral("id")))
        item.id = int(reader.integer(QStringLiteral("id"), Presence::Required, 0, 1000));
    if (!reader.ok()) {
        if (error)
            *error = reader.errorString();
        return std::nullopt;
    }
    return item;
}

bool OrderItem::operator==(const OrderItem &other) const
{
    return productId == other.productId && productName == other.productName
        && productNameEn == other.productNameEn && quantity == other.quantity
        && unitPrice == other.unitPrice && notes == other.notes && station == other.station;
}

} // namespace tableside
