#pragma once

#include "database.h"
#include "servicerecords.h"

#include <QHash>
#include <QList>

namespace tableside::server {

/// Table assignments, escalation steps fired and the staff devices' last known state: the
/// durable part of device health, waiter assignment and escalation (schema version 6).
class ServiceRepository
{
public:
    explicit ServiceRepository(Database &database);

    QList<TableAssignment> assignments(Database::Connection connection);
    /// Inside a job: table @p tableNumber goes to @p assignment (staffId 0 = to nobody).
    bool assign(const TableAssignment &assignment);

    /// Highest level fired per subject of @p kind ("call" / "order").
    QHash<QString, int> escalationLevels(Database::Connection connection, const QString &kind);
    /// Highest level fired for one subject (0 = none), committed data.
    int escalationLevel(const QString &kind, const QString &subjectId);
    /// Inside a job: whether that step fired already (in @p fired); false on failure.
    bool hasEscalation(const QString &kind, const QString &subjectId, int level, bool *fired);
    /// Inside a job: records a step that fired (the primary key refuses a second one).
    bool recordEscalation(const QString &kind, const QString &subjectId, int level,
                          const QDateTime &at, qint64 seq);

    QList<DeviceRecord> devices(Database::Connection connection);
    /// Inside a job: insert or replace the device's row.
    bool saveDevice(const DeviceRecord &device);

private:
    Database &m_db;
};

} // namespace tableside::server
