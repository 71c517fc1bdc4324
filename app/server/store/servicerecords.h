#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tableside::server {

/// One table given to one waiter for the shift (issue 18).
struct TableAssignment
{
    int tableNumber = 0;
    qint64 staffId = 0;
    QString staffName;
    QDateTime assignedAt;
    QString assignedBy;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("tableNumber"), tableNumber},
                {QStringLiteral("staffId"), staffId},
                {QStringLiteral("staffName"), staffName}};
    }
};

/// A staff device as of its last state change (what the devices table keeps).
struct DeviceRecord
{
    QString deviceId;
    QString name;
    QString staffName;
    QString mode; ///< "dashboard" or "kitchen"
    QString station;
    bool online = false;
    bool muted = false;
    QDateTime lastSeenAt;
    QDateTime changedAt;
};

} // namespace tableside::server
