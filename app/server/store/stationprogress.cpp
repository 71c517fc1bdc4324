#include "stationprogress.h"

#include <QCoreApplication>

namespace tableside::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StationProgress", text);
}

StoreError refuse(StoreError::Code code, const QString &message, const Order &order)
{
    return StoreError {code, message, QJsonObject {{QStringLiteral("order"), order.toJson()}}};
}

} // namespace

QString StationProgress::statusOf(const Order &order, const QString &station)
{
    return order.stationStatus.value(station, pending());
}

bool StationProgress::allReady(const Order &order)
{
    const QStringList stations = order.stations();
    for (const QString &station : stations) {
        if (statusOf(order, station) != ready())
            return false;
    }
    return !stations.isEmpty();
}

std::optional<StoreError> StationProgress::apply(Order &order, const QString &station, Step step)
{
    if (!order.stations().contains(station))
        return StoreError {
            StoreError::Code::NotFound,
            tr("Order %1 has nothing for the %2 station.").arg(order.orderNumber).arg(station),
            {}};
    const QString from = statusOf(order, station);
    QString to;
    switch (step) {
    case Step::Start:
        if (order.status != OrderStatus::Pending && order.status != OrderStatus::Preparing)
            return refuse(StoreError::Code::InvalidTransition,
                          tr("Order %1 is %2; stations can no longer report on it.")
                              .arg(order.orderNumber)
                              .arg(toWireString(order.status)),
                          order);
        if (from != pending())
            return refuse(StoreError::Code::InvalidTransition,
                          tr("The %1 station is already %2 on order %3.")
                              .arg(station, from)
                              .arg(order.orderNumber),
                          order);
        to = preparing();
        break;
    case Step::Ready:
        if (order.status != OrderStatus::Pending && order.status != OrderStatus::Preparing)
            return refuse(StoreError::Code::InvalidTransition,
                          tr("Order %1 is %2; stations can no longer report on it.")
                              .arg(order.orderNumber)
                              .arg(toWireString(order.status)),
                          order);
        if (from == ready())
            return refuse(StoreError::Code::InvalidTransition,
                          tr("The %1 station has already reported order %2 ready.")
                              .arg(station)
                              .arg(order.orderNumber),
                          order);
        to = ready();
        break;
    case Step::Recall:
        if (order.status != OrderStatus::Preparing && order.status != OrderStatus::Ready)
            return refuse(StoreError::Code::InvalidTransition,
                          tr("Order %1 is %2 and cannot be recalled.")
                              .arg(order.orderNumber)
                              .arg(toWireString(order.status)),
                          order);
        if (from != ready())
            return refuse(StoreError::Code::InvalidTransition,
                          tr("The %1 station has not reported order %2 ready; nothing to recall.")
                              .arg(station)
                              .arg(order.orderNumber),
                          order);
        to = preparing();
        break;
    }
    order.stationStatus.insert(station, to);
    // The order follows its stations: any progress starts it, all stations ready finish it,
    // and a recalled station takes a ready order back to preparing.
    if (allReady(order))
        order.status = OrderStatus::Ready;
    else
        order.status = OrderStatus::Preparing;
    return std::nullopt;
}

} // namespace tableside::server
