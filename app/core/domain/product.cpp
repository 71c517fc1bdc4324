#include "product.h"

#include "allergens.h"
#include "jsonreader.h"

#include <QJsonArray>

namespace tableside {

namespace {

using Presence = JsonReader::Presence;

QJsonObject bilingual(const QString &bg, const QString &en)
{
    return QJsonObject {{QStringLiteral("bg"), bg}, {QStringLiteral("en"), en}};
}

// Product ids and category ids are SQLite rowids: positive and far below 2^53 (JSON-safe).
constexpr qint64 MaximumId = (qint64(1) << 53) - 1;

} // namespace

QJsonObject Product::toJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("categoryId"), categoryId},
        {QStringLiteral("nameBg"), nameBg},
        {QStringLiteral("nameEn"), nameEn},
        {QStringLiteral("name"), bilingual(nameBg, nameEn)},
        {QStringLiteral("descriptionBg"), descriptionBg},
        {QStringLiteral("descriptionEn"), descriptionEn},
        {QStringLiteral("priceEur"), price.toJsonNumber()},
        {QStringLiteral("priceBgn"), price.bgnToJsonNumber()},
        {QStringLiteral("priceEurCents"), price.euroCents()},
        {QStringLiteral("priceBgnCents"), price.bgnCents()},
        {QStringLiteral("station"), station},
        {QStringLiteral("isAvailable"), isOrderable()},
        {QStringLiteral("isSoldOut"), !isAvailable},
        {QStringLiteral("pausedBy"), pausedBy},
        {QStringLiteral("isHidden"), isHidden},
        {QStringLiteral("sortOrder"), sortOrder},
        {QStringLiteral("allergens"), QJsonArray::fromStringList(allergens)},
        {QStringLiteral("photoUrl"), photoVersion > 0 ? QJsonValue(photoUrl()) : QJsonValue()},
        {QStringLiteral("photoVersion"), photoVersion},
    };
}

QString Product::photoUrl() const
{
    if (photoVersion <= 0)
        return {};
    return QStringLiteral("/api/menu/photos/%1?v=%2").arg(id).arg(photoVersion);
}

std::optional<Product> Product::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json, QStringLiteral("product"));
    Product product;
    product.id = reader.integer(QStringLiteral("id"), Presence::Optional, 0, MaximumId);
    product.categoryId
        = reader.integer(QStringLiteral("categoryId"), Presence::Optional, 0, MaximumId);
    product.nameBg = reader.string(QStringLiteral("nameBg"));
    product.nameEn = reader.string(QStringLiteral("nameEn"), Presence::Optional);
    product.descriptionBg = reader.string(QStringLiteral("descriptionBg"), Presence::Optional);
    product.descriptionEn = reader.string(QStringLiteral("descriptionEn"), Presence::Optional);
    // Integer cents are exact; the decimal form is for clients that only send the JSON number.
    if (reader.has(QStringLiteral("priceEurCents"))) {
        product.price = Money::fromEuroCents(reader.integer(
            QStringLiteral("priceEurCents"), Presence::Required, 0, Money::MaximumCents));
    } else {
        product.price = reader.money(QStringLiteral("priceEur"));
    }
    if (reader.has(QStringLiteral("station")))
        product.station = reader.string(QStringLiteral("station"));
    // "isSoldOut" is the product's own flag; "isAvailable" alone (older files) means the same.
    if (reader.has(QStringLiteral("isSoldOut")))
        product.isAvailable = !reader.boolean(QStringLiteral("isSoldOut"));
    else if (reader.has(QStringLiteral("isAvailable")))
        product.isAvailable = reader.boolean(QStringLiteral("isAvailable"));
    if (reader.has(QStringLiteral("allergens"))) {
        const QJsonArray codes = json.value(QStringLiteral("allergens")).toArray();
        for (const QJsonValue &code : codes)
            product.allergens.append(code.toString());
        bool known = true;
        QString unknown;
        product.allergens = Allergens::normalized(product.allergens, &known, &unknown);
        if (!known || !json.value(QStringLiteral("allergens")).isArray()) {
            if (error)
                *error = QStringLiteral("product: allergens: unknown code \"%1\"").arg(unknown);
            return std::nullopt;
        }
    }
    product.isHidden = reader.boolean(QStringLiteral("isHidden"), Presence::Optional);
    product.sortOrder = int(reader.integer(QStringLiteral("sortOrder"), Presence::Optional));
    if (!reader.ok()) {
        if (error)
            *error = reader.errorString();
        return std::nullopt;
    }
    return product;
}

bool Product::operator==(const Product &other) const
{
    return id == other.id && categoryId == other.categoryId && nameBg == other.nameBg
        && nameEn == other.nameEn && descriptionBg == other.descriptionBg
        && descriptionEn == other.descriptionEn && price == other.price && station == other.station
        && isAvailable == other.isAvailable && isHidden == other.isHidden
        && sortOrder == other.sortOrder && allergens == other.allergens
        && photoVersion == other.photoVersion && pausedBy == other.pausedBy;
}

QJsonObject Category::toJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("slug"), slug},
        {QStringLiteral("nameBg"), nameBg},
        {QStringLiteral("nameEn"), nameEn},
        {QStringLiteral("name"), bilingual(nameBg, nameEn)},
        {QStringLiteral("sortOrder"), sortOrder},
        {QStringLiteral("isPaused"), isPaused},
    };
}

std::optional<Category> Category::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json, QStringLiteral("category"));
    Category category;
    category.id = reader.integer(QStringLiteral("id"), Presence::Optional, 0, MaximumId);
    category.slug = reader.string(QStringLiteral("slug"), Presence::Optional);
    category.nameBg = reader.string(QStringLiteral("nameBg"));
    category.nameEn = reader.string(QStringLiteral("nameEn"), Presence::Optional);
    category.sortOrder = int(reader.integer(QStringLiteral("sortOrder"), Presence::Optional));
    category.isPaused = reader.boolean(QStringLiteral("isPaused"), Presence::Optional);
    if (!reader.ok()) {
        if (error)
            *error = reader.errorString();
        return std::nullopt;
    }
    return category;
}

bool Category::operator==(const Category &other) const
{
    return id == other.id && slug == other.slug && nameBg == other.nameBg && nameEn == other.nameEn
        && sortOrder == other.sortOrder && isPaused == other.isPaused;
}

} // namespace tableside
