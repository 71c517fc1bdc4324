#pragma once

#include "money.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace tableside {

/// One line of an order, with the product's name and price frozen at order time.
struct OrderItem
{
    qint64 productId = 0;
    QString productName; ///< Bulgarian name snapshot (the origin's productName)
    QString productNameEn; ///< English name snapshot
    int quantity = 1;
    Money unitPrice; ///< EUR, from the server's menu, never from the client
    QString notes;
    QString station = QStringLiteral("kitchen");
    /// The line number within its order (0-based, stable): what a payment names. Not compared
    /// by operator== (it is the item's position).
    int id = 0;

    Money lineTotal() const { return unitPrice * quantity; }

    /// {"productId","productName","productNameEn","quantity","notes","station",
    ///  "unitPriceEur":1.5,"unitPriceEurCents":150,"lineTotalEur":3.0,"lineTotalEurCents":300,
    ///  "priceBgn":2.93,"priceEur":1.5,"id":0}   (priceBgn/priceEur: the origin's per-unit fields)
    QJsonObject toJson() const;
    /// Accepts toJson()'s shape; unit price from "unitPriceEurCents" or else "unitPriceEur".
    static std::optional<OrderItem> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const OrderItem &other) const;
};

} // namespace tableside
