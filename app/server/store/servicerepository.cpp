#include "servicerepository.h"

#include <QSqlQuery>

namespace tableside::server {

using Connection = Database::Connection;

ServiceRepository::ServiceRepository(Database &database)
    : m_db(database)
{ }

QList<TableAssignment> ServiceRepository::assignments(Connection connection)
{
    QList<TableAssignment> list;
    m_db.select(connection,
                QStringLiteral("SELECT table_number, staff_id, staff_name, assigned_at, "
                               "assigned_by FROM table_assignments ORDER BY table_number"),
                {}, [&](const QSqlQuery &row) {
                    TableAssignment a;
                    a.tableNumber = row.value(0).toInt();
                    a.staffId = row.value(1).toLongLong();
                    a.staffName = row.value(2).toString();
                    a.assignedAt = Database::timeFrom(row.value(3));
                    a.assignedBy = row.value(4).toString();
                    list.append(a);
                });
    return list;
}

bool ServiceRepository::assign(const TableAssignment &a)
{
    if (a.staffId == 0)
        return m_db.exec(Connection::Write,
                         QStringLiteral("DELETE FROM table_assignments WHERE table_number = ?"),
                         {a.tableNumber});
    return m_db.exec(
        Connection::Write,
        QStringLiteral("INSERT INTO table_assignments (table_number, "
                       "staff_id, staff_name, assigned_at, assigned_by) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (table_number) DO UPDATE SET "
                       "staff_id = excluded.staff_id, staff_name = excluded.staff_name, "
                       "assigned_at = excluded.assigned_at, assigned_by = excluded.assigned_by"),
        {a.tableNumber, a.staffId, Database::text(a.staffName), Database::timeText(a.assignedAt),
         Database::text(a.assignedBy)});
}

QHash<QString, int> ServiceRepository::escalationLevels(Connection connection, const QString &kind)
{
    QHash<QString, int> levels;
    m_db.select(connection,
                QStringLiteral("SELECT subject_id, MAX(level) FROM escalation_steps "
                               "WHERE subject_kind = ? GROUP BY subject_id"),
                {kind}, [&](const QSqlQuery &row) {
                    levels.insert(row.value(0).toString(), row.value(1).toInt());
                });
    return levels;
}

int ServiceRepository::escalationLevel(const QString &kind, const QString &subjectId)
{
    int level = 0;
    m_db.select(Connection::Read,
                QStringLiteral("SELECT MAX(level) FROM escalation_steps WHERE subject_kind = ? "
                               "AND subject_id = ?"),
                {kind, subjectId}, [&](const QSqlQuery &row) { level = row.value(0).toInt(); });
    return level;
}

bool ServiceRepository::hasEscalation(const QString &kind, const QString &subjectId, int level,
                                      bool *fired)
{
    *fired = false;
    return m_db.select(Connection::Write,
                       QStringLiteral("SELECT 1 FROM escalation_steps WHERE subject_kind = ? AND "
                                      "subject_id = ? AND level = ?"),
                       {kind, subjectId, level}, [&](const QSqlQuery &) { *fired = true; });
}

bool ServiceRepository::isWaiting(const QString &kind, const QString &subjectId, bool *waiting)
{
    *waiting = false;
    return m_db.select(Connection::Write,
                       kind == QLatin1String("call")
                           ? QStringLiteral("SELECT 1 FROM waiter_calls WHERE id = ? AND "
                                            "status = 'pending'")
                           : QStringLiteral("SELECT 1 FROM orders WHERE id = ? AND "
                                            "status = 'ready'"),
                       {subjectId}, [&](const QSqlQuery &) { *waiting = true; });
}

bool ServiceRepository::recordEscalation(const QString &kind, const QString &subjectId, int level,
                                         const QDateTime &at, qint64 seq)
{
    return m_db.exec(Connection::Write,
                     QStringLiteral("INSERT INTO escalation_steps (subject_kind, subject_id, "
                                    "level, fired_at, seq) VALUES (?, ?, ?, ?, ?)"),
                     {kind, subjectId, level, Database::timeText(at), seq});
}

QList<DeviceRecord> ServiceRepository::devices(Connection connection)
{
    QList<DeviceRecord> list;
    m_db.select(connection,
                QStringLiteral("SELECT device_id, name, staff_name, mode, station, online, muted, "
                               "last_seen_at, changed_at FROM devices ORDER BY device_id"),
                {}, [&](const QSqlQuery &row) {
                    DeviceRecord d;
                    d.deviceId = row.value(0).toString();
                    d.name = row.value(1).toString();
                    d.staffName = row.value(2).toString();
                    d.mode = row.value(3).toString();
                    d.station = row.value(4).toString();
                    d.online = row.value(5).toBool();
                    d.muted = row.value(6).toBool();
                    d.lastSeenAt = Database::timeFrom(row.value(7));
                    d.changedAt = Database::timeFrom(row.value(8));
                    list.append(d);
                });
    return list;
}

bool ServiceRepository::saveDevice(const DeviceRecord &d)
{
    return m_db.exec(Connection::Write,
                     QStringLiteral("INSERT INTO devices (device_id, name, staff_name, "
                                    "mode, station, online, muted, last_seen_at, changed_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT (device_id) DO UPDATE SET "
                                    "name = excluded.name, staff_name = excluded.staff_name, "
                                    "mode = excluded.mode, station = excluded.station, "
                                    "online = excluded.online, muted = excluded.muted, "
                                    "last_seen_at = excluded.last_seen_at, "
                                    "changed_at = excluded.changed_at"),
                     // Database::text: INSERT OR REPLACE used to turn a null into the
                     // column's '' default; an upsert (and PostgreSQL) refuses the null.
                     {d.deviceId, Database::text(d.name), Database::text(d.staffName),
                      Database::text(d.mode), Database::text(d.station), d.online ? 1 : 0,
                      d.muted ? 1 : 0, Database::timeText(d.lastSeenAt),
                      Database::timeText(d.changedAt)});
}

bool ServiceRepository::devicePresence(const QString &deviceId, bool *found, bool *online,
                                       QString *lastSeenAt)
{
    *found = false;
    return m_db.select(
        Connection::Write,
        QStringLiteral("SELECT online, last_seen_at FROM devices WHERE device_id = ?"), {deviceId},
        [&](const QSqlQuery &row) {
            *found = true;
            *online = row.value(0).toLongLong() != 0;
            *lastSeenAt = row.value(1).toString();
        });
}

bool ServiceRepository::touchDevice(const QString &deviceId, const QDateTime &seenAt)
{
    const QString at = Database::timeText(seenAt);
    return m_db.exec(Connection::Write,
                     QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE device_id = ? "
                                    "AND online = 1 AND last_seen_at < ?"),
                     {at, deviceId, at});
}

} // namespace tableside::server
