#pragma once

#include "callstatus.h"
#include "calltype.h"
#include "orderstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace tableside::dashboard {

/// The translated words the dashboard shows for statuses, call types, actions and times.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    /// The status of one order, on its card or in a message ("Готова"/"Ready", …).
    static QString orderStatus(OrderStatus status);
    /// The title of a column of orders in that status ("Готови"/"Ready", …).
    static QString orderColumn(OrderStatus status);
    /// The button that moves an order to @p target ("Приготвяме"/"Preparing", …).
    static QString orderAction(OrderStatus target);
    static QString callType(CallType type);
    static QString callStatus(CallStatus status);
    /// The button that moves a call to @p target ("Отивам"/"On my way", "Готово"/"Done").
    static QString callAction(CallStatus target);
    /// "3 min", "1 h 05 min", "just now": time since @p since, for live elapsed timers.
    static QString elapsed(const QDateTime &since, const QDateTime &now);
    /// "Table 5" / "Маса 5".
    static QString table(int tableNumber);
};

} // namespace tableside::dashboard
