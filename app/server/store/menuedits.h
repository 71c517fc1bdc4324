#pragma once

#include "money.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tableside::server {

/// What a manager may change on the menu from the console: partial updates (a field left
/// empty is not changed) and the limits every menu edit is checked against.
struct MenuEdits
{
    static constexpr int MaxNameLength = 80;
    static constexpr int MaxDescriptionLength = 500;
    static constexpr qint64 MaxPriceCents = 1'000'000; ///< 10,000 € for one item
    static constexpr int MaxReorderIds = 1000;

    struct CategoryPatch
    {
        std::optional<QString> nameBg;
        std::optional<QString> nameEn;
    };

    struct ProductPatch
    {
        std::optional<qint64> categoryId;
        std::optional<QString> nameBg;
        std::optional<QString> nameEn;
        std::optional<QString> descriptionBg;
        std::optional<QString> descriptionEn;
        std::optional<Money> price;
        std::optional<QString> station;
        std::optional<bool> isAvailable;
        std::optional<bool> isHidden;
        std::optional<QStringList> allergens;
    };

    /// Whether @p station is a station name ([a-z0-9_-], 1–32 characters).
    static bool isStationName(const QString &station)
    {
        if (station.isEmpty() || station.size() > 32)
            return false;
        for (const QChar c : station)
            if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-'))
                return false;
        return true;
    }
};

} // namespace tableside::server
