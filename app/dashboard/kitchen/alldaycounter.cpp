#include "alldaycounter.h"

#include "kitchentilemodel.h"

#include <QHash>
#include <algorithm>

namespace tableside::dashboard {

QList<AllDayCounter::Entry> AllDayCounter::count(const QList<Order> &orders, const QString &station,
                                                 Language language)
{
    QList<Entry> entries;
    QHash<QString, int> indexByKey; // "station/productId" → entry
    for (const Order &order : orders) {
        if (!KitchenTileModel::hasWorkFor(order, station))
            continue;
        for (const OrderItem &item : order.items) {
            if (!station.isEmpty() && item.station != station)
                continue;
            if (order.stationStatus.value(item.station) == QLatin1String("ready"))
                continue; // that station has finished this order
            const QString key = item.station + QLatin1Char('/') + QString::number(item.productId);
            auto it = indexByKey.find(key);
            if (it == indexByKey.end()) {
                Entry entry;
                entry.station = item.station;
                entry.productId = item.productId;
                entry.name = language == Language::English && !item.productNameEn.isEmpty()
                    ? item.productNameEn
                    : item.productName;
                it = indexByKey.insert(key, int(entries.size()));
                entries.append(entry);
            }
            entries[*it].quantity += item.quantity;
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.station != b.station)
            return a.station < b.station;
        if (a.quantity != b.quantity)
            return a.quantity > b.quantity;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return entries;
}

} // namespace tableside::dashboard
