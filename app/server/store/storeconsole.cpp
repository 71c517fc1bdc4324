// The Store facade's manager-console part (issue 16): staff, tables and the service switches.
// Each write runs one job: the rows, an audit entry and a staff event commit together.

#include "servicegate.h"
#include "storeprivate.h"

namespace tableside::server {

namespace {

QString idText(qint64 id)
{
    return QString::number(id);
}

} // namespace

QList<ConsoleStaff> Store::consoleStaff() const
{
    return d->staffAdmin.list();
}

namespace {

// venue-change {what, action, subject}: other managers' console pages refetch.
StaffEvent venueChange(const QString &what, const QString &action, const QString &subject,
                       qint64 seq, const QDateTime &at)
{
    return StaffEvent::make(StaffEventType::VenueChange,
                            {{QStringLiteral("what"), what},
                             {QStringLiteral("action"), action},
                             {QStringLiteral("subject"), subject}},
                            seq, at);
}

} // namespace

StoreOutcome<ConsoleStaffWithPin> Store::consoleAddStaff(const QString &name, StaffRole role,
                                                         const StaffMember &by)
{
    auto outcome = d->batch.run<ConsoleStaffWithPin>([&]() -> StoreOutcome<ConsoleStaffWithPin> {
        const QDateTime now = d->clock.now();
        auto added = d->staffAdmin.add(name, role, now);
        if (!added.ok())
            return added;
        const ConsoleStaff &staff = added.value().staff;
        const QString subject = idText(staff.member.id);
        // The PIN never goes into the audit log or an event: it is shown once, to the manager.
        if (!d->audit.record(now, &by, QStringLiteral("staff.create"), subject,
                             {{QStringLiteral("name"), staff.member.name},
                              {QStringLiteral("role"), toWireString(role)}})
            || !d->batch.appendEvent([&](qint64 seq) {
                   return venueChange(QStringLiteral("staff"), QStringLiteral("staff.create"),
                                      subject, seq, now);
               }))
            return StoreError::storage();
        return added;
    });
    if (outcome.ok())
        checkStaffAfterCommit();
    return outcome;
}

StoreOutcome<ConsoleStaff> Store::consoleChangeStaff(qint64 id, const ConsoleStaffChange &change,
                                                     const StaffMember &by)
{
    auto outcome = d->batch.run<ConsoleStaff>([&]() -> StoreOutcome<ConsoleStaff> {
        const QDateTime now = d->clock.now();
        const auto before = d->staffAdmin.list(); // committed: what the audit's "from" shows
        auto changed = d->staffAdmin.change(id, change);
        if (!changed.ok())
            return changed;
        QJsonObject detail {{QStringLiteral("name"), changed.value().member.name}};
        QString action = QStringLiteral("staff.update");
        if (change.active)
            action = *change.active ? QStringLiteral("staff.reactivate")
                                    : QStringLiteral("staff.deactivate");
        else if (change.role && !change.name)
            action = QStringLiteral("staff.role");
        else if (change.name && !change.role)
            action = QStringLiteral("staff.rename");
        for (const ConsoleStaff &old : before)
            if (old.member.id == id)
                detail.insert(QStringLiteral("before"), old.toJson());
        detail.insert(QStringLiteral("after"), changed.value().toJson());
        if (!d->audit.record(now, &by, action, idText(id), detail)
            || !d->batch.appendEvent([&](qint64 seq) {
                   return venueChange(QStringLiteral("staff"), action, idText(id), seq, now);
               }))
            return StoreError::storage();
        return changed;
    });
    if (outcome.ok())
        checkStaffAfterCommit();
    // Switched off: their sockets close after the commit, whether or not the staff watch had
    // seen them yet (it compares with what it saw last).
    if (outcome.ok() && change.active && !*change.active)
        whenCommitted(this, [this, id](bool committed) {
            if (committed)
                emit staffSessionsEnded(id);
        });
    return outcome;
}

StoreOutcome<ConsoleStaff> Store::consoleRemoveStaff(qint64 id, const StaffMember &by)
{
    auto outcome = d->batch.run<ConsoleStaff>([&]() -> StoreOutcome<ConsoleStaff> {
        const QDateTime now = d->clock.now();
        auto removed = d->staffAdmin.remove(id);
        if (!removed.ok())
            return removed;
        if (!d->audit.record(now, &by, QStringLiteral("staff.remove"), idText(id),
                             {{QStringLiteral("name"), removed.value().member.name},
                              {QStringLiteral("role"), toWireString(removed.value().member.role)}})
            || !d->batch.appendEvent([&](qint64 seq) {
                   return venueChange(QStringLiteral("staff"), QStringLiteral("staff.remove"),
                                      idText(id), seq, now);
               }))
            return StoreError::storage();
        return removed;
    });
    if (outcome.ok())
        checkStaffAfterCommit();
    return outcome;
}

StoreOutcome<ConsoleStaffWithPin> Store::consoleResetPin(qint64 id, const StaffMember &by)
{
    auto outcome = d->batch.run<ConsoleStaffWithPin>([&]() -> StoreOutcome<ConsoleStaffWithPin> {
        const QDateTime now = d->clock.now();
        auto reset = d->staffAdmin.resetPin(id);
        if (!reset.ok())
            return reset;
        if (!d->audit.record(now, &by, QStringLiteral("staff.reset-pin"), idText(id),
                             {{QStringLiteral("name"), reset.value().staff.member.name}})
            || !d->batch.appendEvent([&](qint64 seq) {
                   return venueChange(QStringLiteral("staff"), QStringLiteral("staff.reset-pin"),
                                      idText(id), seq, now);
               }))
            return StoreError::storage();
        return reset;
    });
    if (outcome.ok())
        checkStaffAfterCommit();
    return outcome;
}

QList<ConsoleTable> Store::consoleTables() const
{
    return d->tableAdmin.list();
}

StoreOutcome<ConsoleTable> Store::consoleAddTable(const ConsoleTable &table, const StaffMember &by)
{
    return d->batch.run<ConsoleTable>([&]() -> StoreOutcome<ConsoleTable> {
        const QDateTime now = d->clock.now();
        auto added = d->tableAdmin.add(table);
        if (!added.ok())
            return added;
        const QString subject = QString::number(added.value().number);
        if (!d->audit.record(now, &by, QStringLiteral("table.create"), subject,
                             added.value().toJson())
            || !d->batch.appendEvent([&](qint64 seq) {
                   return venueChange(QStringLiteral("tables"), QStringLiteral("table.create"),
                                      subject, seq, now);
               }))
            return StoreError::storage();
        return added;
    });
}

StoreOutcome<ConsoleTable> Store::consoleChangeTable(int number, const ConsoleTableChange &change,
                                                     const StaffMember &by)
{
    return d->batch.run<ConsoleTable>([&]() -> StoreOutcome<ConsoleTable> {
        const QDateTime now = d->clock.now();
        const auto before = d->tableAdmin.list();
        auto changed = d->tableAdmin.change(number, change);
        if (!changed.ok())
            return changed;
        const QString subject = QString::number(number);
        QJsonObject detail {{QStringLiteral("after"), changed.value().toJson()}};
        for (const ConsoleTable &old : before)
            if (old.number == number)
                detail.insert(QStringLiteral("before"), old.toJson());
        if (!d->audit.record(now, &by, QStringLiteral("table.update"), subject, detail)
            || !d->batch.appendEvent([&](qint64 seq) {
                   return venueChange(QStringLiteral("tables"), QStringLiteral("table.update"),
                                      subject, seq, now);
               }))
            return StoreError::storage();
        return changed;
    });
}

StoreOutcome<ConsoleTable> Store::consoleRemoveTable(int number, const StaffMember &by)
{
    return d->batch.run<ConsoleTable>([&]() -> StoreOutcome<ConsoleTable> {
        const QDateTime now = d->clock.now();
        auto removed = d->tableAdmin.remove(number, d->clock.dayText(now));
        if (!removed.ok())
            return removed;
        const QString subject = QString::number(number);
        if (!d->audit.record(now, &by, QStringLiteral("table.remove"), subject,
                             removed.value().toJson())
            || !d->batch.appendEvent([&](qint64 seq) {
                   return venueChange(QStringLiteral("tables"), QStringLiteral("table.remove"),
                                      subject, seq, now);
               }))
            return StoreError::storage();
        return removed;
    });
}

ServiceSwitches Store::serviceSwitches() const
{
    return ServiceGate::read(d->settings, Database::Connection::Read);
}

StoreOutcome<ServiceSwitches> Store::setServiceSwitches(const ServiceSwitches &switches,
                                                        const StaffMember &by)
{
    return d->batch.run<ServiceSwitches>([&]() -> StoreOutcome<ServiceSwitches> {
        const QDateTime now = d->clock.now();
        const ServiceSwitches before = ServiceGate::read(d->settings, Database::Connection::Write);
        if (!ServiceGate::write(d->settings, switches)
            || !d->audit.record(now, &by, QStringLiteral("service.switch"), QString(),
                                {{QStringLiteral("before"), before.toJson()},
                                 {QStringLiteral("after"), switches.toJson()}})
            || !d->batch.appendEvent([&](qint64 seq) {
                   return StaffEvent::make(StaffEventType::ServiceChange, switches.toJson(), seq,
                                           now);
               }))
            return StoreError::storage();
        return switches;
    });
}

} // namespace tableside::server
