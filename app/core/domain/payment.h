#pragma once

#include "money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tableside {

/// One payment of (part of) a table's tab: what was paid, how, by whom, and a void if any.
struct Payment
{
    enum class Kind { Whole, Items, Part };

    /// One paid quantity of an order line.
    struct Line
    {
        QString orderId;
        int itemId = 0; ///< the line number within the order (OrderItem::id)
        int quantity = 0;
        Money amount;
        QJsonObject toJson() const;
    };

    QString id; ///< UUID without braces
    int tableNumber = 0;
    QString method; ///< "cash" or "card"
    Kind kind = Kind::Whole;
    Money amount; ///< what the tab was reduced by (tip not included)
    Money tip;
    bool hasTendered = false; ///< cash handed over was entered
    Money tendered;
    int part = 0; ///< 1-based part of a split; 0 = not a part
    int parts = 0; ///< the split's N; 0 = not a part
    QList<Line> lines; ///< paid quantities (a split's last part lists what the split paid)
    QString takenBy; ///< staff member's name
    qint64 takenById = 0;
    QDateTime createdAt;
    QDateTime voidedAt; ///< invalid = not voided
    QString voidedBy;
    QString voidReason;

    bool isVoided() const { return voidedAt.isValid(); }
    /// Cash: tendered − amount − tip (never negative); 0 for card or when nothing was entered.
    Money change() const;

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);

    /// {"id","tableNumber","method","kind","amountEurCents","amountEur","amountBgn",
    ///  "tipEurCents","tenderedEurCents"|null,"changeEurCents","changeBgn","part"|null,
    ///  "parts"|null,"lines":[{"orderId","itemId","quantity","amountEurCents"}],"takenBy",
    ///  "takenById","createdAt","voided","voidedAt"|null,"voidedBy"|null,"voidReason"|null}
    QJsonObject toJson() const;
};

} // namespace tableside
