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
    /// Inside a job: whether the call (@p kind "call") is still pending, or the order still
    /// ready, in @p waiting; false on failure.
    bool isWaiting(const QString &kind, const QString &subjectId, bool *waiting);
    /// Inside a job: records a step that fired (the primary key refuses a second one).
    bool recordEscalation(const QString &kind, const QString &subjectId, int level,
                          const QDateTime &at, qint64 seq);

    QList<DeviceRecord> devices(Database::Connection connection);
    /// Inside a job: insert or replace the device's row.
    bool saveDevice(const DeviceRecord &device);
    /// Inside a job: whether @p deviceId's row says online and when it was last heard of, in
    /// @p online and @p lastSeenAt (stored time text); @p found false without a row.
    bool devicePresence(const QString &deviceId, bool *found, bool *online, QString *lastSeenAt);
    /// Inside a job: an online device was heard of at @p seenAt (only ever moves forward).
    bool touchDevice(const QString &deviceId, const QDateTime &seenAt);

private:
    Database &m_db;
};

} // namespace tableside::server
