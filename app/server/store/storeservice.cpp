// Store's part for issue 18: table assignments, escalation steps and staff devices. Kept out
// of store.cpp so the facade's file stays small; the repository is stateless, made per call.
#include "store.h"

#include "servicerepository.h"
#include "storeprivate.h"

#include <QJsonArray>

namespace tableside::server {

using Connection = Database::Connection;

QList<TableAssignment> Store::tableAssignments() const
{
    return ServiceRepository(d->db).assignments(Connection::Read);
}

StoreOutcome<QList<TableAssignment>> Store::assignTables(const QList<TableAssignment> &changes,
                                                         const StaffMember &by)
{
    return d->batch.run<QList<TableAssignment>>([&]() -> StoreOutcome<QList<TableAssignment>> {
        ServiceRepository service(d->db);
        const QDateTime now = d->clock.now();
        QJsonArray changed;
        QStringList tables;
        for (TableAssignment assignment : changes) {
            tables.append(QString::number(assignment.tableNumber));
            assignment.assignedAt = now;
            assignment.assignedBy = by.name;
            if (!service.assign(assignment))
                return StoreError::storage();
            changed.append(assignment.toJson());
        }
        const QList<TableAssignment> all = service.assignments(Connection::Write);
        QJsonArray list;
        for (const TableAssignment &assignment : all)
            list.append(assignment.toJson());
        if (!d->audit.record(now, &by, QStringLiteral("table.assign"),
                             QStringLiteral("tables ") + tables.join(QLatin1Char(',')),
                             {{QStringLiteral("changes"), changed}})
            || !d->batch.appendEvent([&](qint64 seq) {
                   return StaffEvent::make(StaffEventType::TableAssignmentChange,
                                           {{QStringLiteral("assignments"), list},
                                            {QStringLiteral("changedBy"), by.name}},
                                           seq, now);
               }))
            return StoreError::storage();
        return all;
    });
}

QHash<QString, int> Store::escalationLevels(const QString &kind) const
{
    return ServiceRepository(d->db).escalationLevels(Connection::Read, kind);
}

int Store::escalationLevel(const QString &kind, const QString &subjectId) const
{
    return ServiceRepository(d->db).escalationLevel(kind, subjectId);
}

StoreOutcome<qint64> Store::recordEscalation(const QString &kind, const QString &subjectId,
                                             int level, QJsonObject data)
{
    return d->batch.run<qint64>([&]() -> StoreOutcome<qint64> {
        const QDateTime now = d->clock.now();
        const bool isCall = kind == QLatin1String("call");
        data.insert(isCall ? QStringLiteral("callId") : QStringLiteral("orderId"), subjectId);
        data.insert(QStringLiteral("level"), level);
        ServiceRepository service(d->db);
        bool fired = false;
        if (!service.hasEscalation(kind, subjectId, level, &fired))
            return StoreError::storage();
        if (fired)
            return qint64(0);
        // The scheduler read the call (order) before this batch: it may have been acknowledged
        // (served) since, in this batch or by another instance.
        bool waiting = false;
        if (!service.isWaiting(kind, subjectId, &waiting))
            return StoreError::storage();
        if (!waiting)
            return qint64(0);
        qint64 seq = 0;
        if (!d->batch.appendEvent([&](qint64 next) {
                seq = next;
                return StaffEvent::make(isCall ? StaffEventType::CallEscalated
                                               : StaffEventType::OrderEscalated,
                                        data, next, now);
            })
            || !service.recordEscalation(kind, subjectId, level, now, seq))
            return StoreError::storage();
        return seq;
    });
}

QList<DeviceRecord> Store::devices() const
{
    return ServiceRepository(d->db).devices(Connection::Read);
}

StoreOutcome<qint64> Store::recordDeviceStatus(const DeviceRecord &device, QJsonObject data)
{
    return d->batch.run<qint64>([&]() -> StoreOutcome<qint64> {
        const QDateTime now = d->clock.now();
        data.insert(QStringLiteral("deviceId"), device.deviceId);
        data.insert(QStringLiteral("online"), device.online);
        if (!device.online) {
            // Inside the batch, so instances decide one after the other: the second finds the
            // device offline already, and a device heard by another instance is not silent.
            bool found = false;
            bool online = false;
            QString lastSeenAt;
            if (!ServiceRepository(d->db).devicePresence(device.deviceId, &found, &online,
                                                         &lastSeenAt))
                return StoreError::storage();
            const bool silent = data.value(QStringLiteral("reason")).toString() == u"silent";
            if (found
                && (!online || (silent && lastSeenAt > Database::timeText(device.lastSeenAt))))
                return qint64(0);
        }
        qint64 seq = 0;
        if (!ServiceRepository(d->db).saveDevice(device) || !d->batch.appendEvent([&](qint64 next) {
                seq = next;
                return StaffEvent::make(StaffEventType::DeviceStatus, data, next, now);
            }))
            return StoreError::storage();
        return seq;
    });
}

StoreOutcome<bool> Store::touchDevice(const QString &deviceId, const QDateTime &seenAt)
{
    return d->batch.run<bool>([&]() -> StoreOutcome<bool> {
        if (!ServiceRepository(d->db).touchDevice(deviceId, seenAt))
            return StoreError::storage();
        return true;
    });
}

} // namespace tableside::server
