#pragma once

#include "money.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace tableside {

/// A menu item as guests see it and as the server prices it.
struct Product
{
    qint64 id = 0;
    qint64 categoryId = 0;
    QString nameBg;
    QString nameEn;
    QString descriptionBg;
    QString descriptionEn;
    Money price; ///< EUR, canonical
    /// Which kitchen screen prepares it: "kitchen", "bar", … (lowercase, [a-z0-9_-]).
    QString station = QStringLiteral("kitchen");
    bool isAvailable = true; ///< false = sold out ("86"): shown, not orderable
    bool isHidden = false; ///< not shown at all
    int sortOrder = 0;
    QStringList allergens; ///< Allergens codes, in the regulation's order
    qint64 photoVersion = 0; ///< 0 = no photo; else part of its URL (changes with each upload)
    /// "" = not paused; "category" or "station": its category or station is paused ("kitchen
    /// closed"), so it cannot be ordered whatever isAvailable says.
    QString pausedBy;

    /// Whether a guest can order it now: available and not paused.
    bool isOrderable() const { return isAvailable && pausedBy.isEmpty(); }
    /// "/api/menu/photos/<id>?v=<version>", or empty without a photo.
    QString photoUrl() const;

    /// {"id","categoryId","nameBg","nameEn","name":{"bg","en"},"descriptionBg","descriptionEn",
    ///  "priceEur":1.5,"priceBgn":2.93,"priceEurCents":150,"priceBgnCents":293,"station",
    ///  "isAvailable" (= isOrderable()),"isSoldOut" (= !isAvailable),"pausedBy","isHidden",
    ///  "sortOrder","allergens":[…],"photoUrl" (null without a photo),"photoVersion"}
    QJsonObject toJson() const;
    /// Accepts toJson()'s shape; price from "priceEurCents" (integer) or else "priceEur".
    static std::optional<Product> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const Product &other) const;
};

/// A menu section ("Кафе"/"Coffee").
struct Category
{
    qint64 id = 0;
    QString slug;
    QString nameBg;
    QString nameEn;
    int sortOrder = 0;
    bool isPaused = false; ///< "kitchen closed": its products are not on the guests' menu

    /// {"id","slug","nameBg","nameEn","name":{"bg","en"},"sortOrder","isPaused"}
    QJsonObject toJson() const;
    static std::optional<Category> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const Category &other) const;
};

} // namespace tableside
