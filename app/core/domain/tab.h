#pragma once

#include "money.h"
#include "order.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace tableside {

/// A table's open bill: its orders that are neither cancelled nor fully paid, what of each
/// line was paid already, and an equal split in progress. All amounts in EUR cents; BGN is
/// derived once from the EUR total.
struct TableTab
{
    /// An equal split fixed at its first part's payment.
    struct Split
    {
        qint64 id = 0;
        int parts = 0;
        Money base; ///< the tab's total when the split began
        QList<int> paidParts; ///< 1-based indexes paid by payments not voided, ascending
        /// Each part's amount (SplitMath::equalParts of base).
        QList<qint64> partAmounts() const;
        Money paidAmount() const;
        /// The lowest unpaid part (1-based); 0 when every part is paid.
        int nextPart() const;
        QJsonObject toJson() const;
    };

    int tableNumber = 0;
    QString name;
    QString area;
    int seats = 0;
    QList<Order> orders; ///< oldest first; items carry their id (line number)
    /// Quantities already paid, by orderId and line.
    QHash<QString, QHash<int, int>> paidQuantities;
    std::optional<Split> split;
    QDateTime lastPaymentAt; ///< the table's latest payment not voided; invalid = none

    int paidQuantity(const QString &orderId, int line) const;
    int dueQuantity(const Order &order, const OrderItem &item) const;
    Money orderDue(const Order &order) const;
    /// Σ of the orders' full totals.
    Money ordered() const;
    /// Σ due lines (what item payments have not covered).
    Money itemsDue() const;
    /// What is still due: itemsDue() − the open split's paid parts.
    Money total() const;
    bool isEmpty() const { return orders.isEmpty(); }
    QDateTime openedAt() const;
    QDateTime lastActivityAt() const;

    /// {"totalEurCents","totalEur","totalBgn","orders": count} (calls, events, table tiles).
    QJsonObject summaryJson() const;
    /// The full tab (docs/api.md, "Bill").
    QJsonObject toJson() const;
};

} // namespace tableside
