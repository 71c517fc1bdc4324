#pragma once

#include "staffmember.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace tableside::server {

/// The manager console's records (issue 16): staff and tables as the console lists them, and
/// the service switches with the order-approval rule.
struct ConsoleStaff
{
    StaffMember member;
    bool active = true;
    QDateTime createdAt;
    /// {"id","name","role","active","createdAt"}
    QJsonObject toJson() const;
};

/// A staff member just added or given a new PIN: the PIN is shown once, to the manager.
struct ConsoleStaffWithPin
{
    ConsoleStaff staff;
    QString pin;
};

/// What a manager changes on a member; unset fields stay as they are.
struct ConsoleStaffChange
{
    std::optional<QString> name;
    std::optional<StaffRole> role;
    std::optional<bool> active;
};

struct ConsoleTable
{
    int number = 0;
    QString name;
    QString area;
    int seats = 0;
    bool active = true;
    int scans = 0;
    QDateTime lastScannedAt;
    /// {"number","name","area","seats","active","scans","lastScannedAt"}
    QJsonObject toJson() const;
};

struct ConsoleTableChange
{
    std::optional<QString> name;
    std::optional<QString> area;
    std::optional<int> seats;
    std::optional<bool> active;
};

/// Guest ordering and waiter calls on or off (each with the message guests see), and the
/// anti-prank order approval rule.
struct ServiceSwitches
{
    bool guestOrdering = true;
    bool waiterCalls = true;
    QString orderingMessage;
    QString callsMessage;
    bool approvalEnabled = false; ///< off by default
    int approvalMaxOrders = 3; ///< more orders than this from one table in the window wait
    qint64 approvalMaxEurCents = 10000; ///< more than this in the window waits
    int approvalWindowMinutes = 10;

    /// {"guestOrdering","waiterCalls","orderingMessage","callsMessage","approval":{…}}
    QJsonObject toJson() const;
    /// What guests may see: the two switches and their messages.
    QJsonObject guestJson() const;
    static ServiceSwitches fromJson(const QJsonObject &json);
};

} // namespace tableside::server
