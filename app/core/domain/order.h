#pragma once

#include "money.h"
#include "orderitem.h"
#include "orderstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace tableside {

/// A guest's order: what a table asked for, what it costs, and where it is in the kitchen.
struct Order
{
    QString id; ///< UUID without braces
    int orderNumber = 0; ///< daily sequence, 1-based, unique per business day
    int tableNumber = 0;
    QList<OrderItem> items;
    QString notes;
    OrderStatus status = OrderStatus::Pending;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    QDateTime completedAt; ///< UTC; invalid until completed
    QString changedBy; ///< name of the staff member who made the last change; empty = guest
    /// Per-station progress ("kitchen" → "ready"): an order is ready when every station with
    /// items in it has bumped it. Empty until a station reports.
    QMap<QString, QString> stationStatus;
    bool isPaid = false; ///< every line paid (the bill); the kitchen status is not affected
    QString paymentMethod; ///< "cash" / "card" of the payment that paid it last; empty = none

    /// Sum of line totals in EUR cents.
    Money totalEur() const;
    /// BGN derived from the EUR total (never summed from rounded lines).
    qint64 totalBgnCents() const { return totalEur().bgnCents(); }
    /// Stations that have items in this order, sorted.
    QStringList stations() const;

    /// {"id","orderId" (same as id),"orderNumber","tableNumber","items":[OrderItem…],"notes",
    ///  "status","totalEur":5.11,"totalBgn":10.0,"totalEurCents":511,"totalBgnCents":1000,
    ///  "createdAt","updatedAt","completedAt" (string or null),"changedBy" (string or null),
    ///  "stationStatus":{"kitchen":"ready"},"isPaid":false,"paymentMethod" ("cash"/"card" or null)}
    QJsonObject toJson() const;
    /// Accepts toJson()'s shape ("id" or "orderId"); totals are recomputed from the items.
    static std::optional<Order> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const Order &other) const;
};

} // namespace tableside
