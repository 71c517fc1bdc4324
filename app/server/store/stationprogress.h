#pragma once

#include "order.h"
#include "storeerror.h"

#include <QString>
#include <optional>

namespace tableside::server {

/// The kitchen stations' rules: which step a station may take on an order and what that step
/// does to the order's own status. Pure (no database): the store persists what it decides.
///
/// A station's status is "pending" until it reports, then "preparing", then "ready":
///   Start:  pending → preparing            (the order goes pending → preparing)
///   Ready:  pending | preparing → ready    (the order becomes ready when every station with
///                                           items in it is ready, else preparing)
///   Recall: ready → preparing              (the order goes ready → preparing; who may and how
///                                           long after is the store's check)
class StationProgress
{
public:
    enum class Step { Start, Ready, Recall };

    static QString pending() { return QStringLiteral("pending"); }
    static QString preparing() { return QStringLiteral("preparing"); }
    static QString ready() { return QStringLiteral("ready"); }

    /// @p station's status in @p order: what it reported, or "pending".
    static QString statusOf(const Order &order, const QString &station);
    /// True when every station with items in @p order has reported it ready.
    static bool allReady(const Order &order);
    /// Applies @p step of @p station to @p order (stationStatus and status). Returns the
    /// refusal when the step is not allowed; @p order is then unchanged.
    static std::optional<StoreError> apply(Order &order, const QString &station, Step step);
};

} // namespace tableside::server
