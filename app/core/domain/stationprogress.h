#pragma once

#include "order.h"

#include <QString>
#include <optional>

namespace tableside {

/// The kitchen stations' rules: which step a station may take on an order and what that step
/// does to the order's own status. Pure (no database): the server's store persists what it
/// decides and turns a refusal into its own error.
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

    /// Why a step was refused; @c message is translated (context "StationProgress").
    struct Refusal
    {
        enum class Reason {
            NoSuchStation, ///< the order has no items for that station
            NotAllowed, ///< the step does not fit the order's or the station's status
        };
        Reason reason = Reason::NotAllowed;
        QString message;
    };

    static QString pending() { return QStringLiteral("pending"); }
    static QString preparing() { return QStringLiteral("preparing"); }
    static QString ready() { return QStringLiteral("ready"); }

    /// @p station's status in @p order: what it reported, or "pending".
    static QString statusOf(const Order &order, const QString &station);
    /// True when every station with items in @p order has reported it ready.
    static bool allReady(const Order &order);
    /// Applies @p step of @p station to @p order (stationStatus and status). Returns the
    /// refusal when the step is not allowed; @p order is then unchanged.
    static std::optional<Refusal> apply(Order &order, const QString &station, Step step);
};

} // namespace tableside
