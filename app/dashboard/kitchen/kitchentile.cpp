#include "kitchentile.h"

namespace tableside::dashboard {

KitchenTile::Stage KitchenTile::stageOf(const Order &order, const QString &station)
{
    if (station.isEmpty()) {
        switch (order.status) {
        case OrderStatus::Pending:
            return Stage::New;
        case OrderStatus::Preparing:
            return Stage::Preparing;
        default:
            return Stage::Ready;
        }
    }
    const QString status = order.stationStatus.value(station);
    if (status == QLatin1String("ready") || !isOpen(order.status)
        || order.status == OrderStatus::Ready)
        return Stage::Ready;
    return status == QLatin1String("preparing") ? Stage::Preparing : Stage::New;
}

KitchenTile KitchenTile::fromOrder(const Order &order, const QString &station, Language language)
{
    KitchenTile tile;
    tile.orderId = order.id;
    tile.orderNumber = order.orderNumber;
    tile.tableNumber = order.tableNumber;
    tile.createdAt = order.createdAt;
    tile.stage = stageOf(order, station);
    tile.notes = order.notes;
    tile.stations = order.stations();
    tile.stationStatus = order.stationStatus;
    for (const OrderItem &item : order.items) {
        if (!station.isEmpty() && item.station != station)
            continue;
        Line line;
        line.quantity = item.quantity;
        line.name = language == Language::English && !item.productNameEn.isEmpty()
            ? item.productNameEn
            : item.productName;
        line.notes = item.notes;
        line.station = item.station;
        line.done = order.stationStatus.value(item.station) == QLatin1String("ready");
        tile.lines.append(line);
    }
    return tile;
}

} // namespace tableside::dashboard
