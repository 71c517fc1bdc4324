#include "stationprogress.h"

#include <QCoreApplication>

namespace tableside {

namespace {

using Refusal = StationProgress::Refusal;

Refusal notAllowed(const QString &message)
{
    return Refusal {Refusal::Reason::NotAllowed, message};
}

// Start and Ready need an order the kitchen is still working on.
std::optional<Refusal> refuseUnlessOpen(const Order &order)
{
    if (order.status == OrderStatus::Pending || order.status == OrderStatus::Preparing)
        return std::nullopt;
    return notAllowed(QCoreApplication::translate(
                          "StationProgress", "Order %1 is %2; stations can no longer report on it.")
                          .arg(order.orderNumber)
                          .arg(toWireString(order.status)));
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

std::optional<StationProgress::Refusal> StationProgress::apply(Order &order, const QString &station,
                                                               Step step)
{
    if (!order.stations().contains(station))
        return Refusal {Refusal::Reason::NoSuchStation,
                        QCoreApplication::translate("StationProgress",
                                                    "Order %1 has nothing for the %2 station.")
                            .arg(order.orderNumber)
                            .arg(station)};
    const QString from = statusOf(order, station);
    QString to;
    switch (step) {
    case Step::Start:
        if (auto refusal = refuseUnlessOpen(order))
            return refusal;
        if (from != pending())
            return notAllowed(QCoreApplication::translate(
                                  "StationProgress", "The %1 station is already %2 on order %3.")
                                  .arg(station, from)
                                  .arg(order.orderNumber));
        to = preparing();
        break;
    case Step::Ready:
        if (auto refusal = refuseUnlessOpen(order))
            return refusal;
        if (from == ready())
            return notAllowed(
                QCoreApplication::translate("StationProgress",
                                            "The %1 station has already reported order %2 ready.")
                    .arg(station)
                    .arg(order.orderNumber));
        to = ready();
        break;
    case Step::Recall:
        if (order.status != OrderStatus::Preparing && order.status != OrderStatus::Ready)
            return notAllowed(QCoreApplication::translate("StationProgress",
                                                          "Order %1 is %2 and cannot be recalled.")
                                  .arg(order.orderNumber)
                                  .arg(toWireString(order.status)));
        if (from != ready())
            return notAllowed(
                QCoreApplication::translate(
                    "StationProgress",
                    "The %1 station has not reported order %2 ready; nothing to recall.")
                    .arg(station)
                    .arg(order.orderNumber));
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

} // namespace tableside
