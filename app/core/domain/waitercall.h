#pragma once

#include "callstatus.h"
#include "calltype.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace tableside {

/// A guest's call for a waiter (to pay cash, pay by card, or for help).
struct WaiterCall
{
    QString id; ///< UUID without braces
    int tableNumber = 0;
    CallType type = CallType::Help;
    QString message;
    CallStatus status = CallStatus::Pending;
    QDateTime createdAt; ///< UTC
    QDateTime acknowledgedAt; ///< UTC; invalid until acknowledged
    QDateTime completedAt; ///< UTC; invalid until completed
    QString acknowledgedBy; ///< staff name; empty until acknowledged
    QString changedBy; ///< staff name of the last change; empty = guest
    /// A payment call's tab when it was made {"totalEurCents","totalEur","totalBgn","orders"};
    /// empty for other calls (then "tab" is absent from the JSON).
    QJsonObject tab;

    bool isUrgent() const { return tableside::isUrgent(type); }

    /// {"id","callId" (same as id),"tableNumber","callType","message","status","urgent",
    ///  "createdAt","timestamp" (same as createdAt),"acknowledgedAt","completedAt" (string or
    ///  null),"acknowledgedBy","changedBy" (string or null),"tab" (payment calls only)}
    QJsonObject toJson() const;
    /// Accepts toJson()'s shape ("id" or "callId", "createdAt" or "timestamp").
    static std::optional<WaiterCall> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const WaiterCall &other) const;
};

} // namespace tableside
