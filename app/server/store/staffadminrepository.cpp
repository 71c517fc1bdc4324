#include "staffadminrepository.h"

#include "database.h"
#include "staffrepository.h"
#include "store.h"

#include <QRandomGenerator>

namespace tableside::server {

using Connection = Database::Connection;
using Finisher = Database::Finisher;

namespace {

StoreError notFound(qint64 id)
{
    return StoreError::notFound(Store::tr("There is no staff member with id %1.").arg(id));
}

// A few tries: a random six-digit PIN rarely meets an existing one.
constexpr int PinAttempts = 8;

} // namespace

StaffAdminRepository::StaffAdminRepository(Database &database, StaffRepository &staff)
    : m_db(database)
    , m_staff(staff)
{ }

QString StaffAdminRepository::randomPin()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1'000'000), 6, 10,
                                    QLatin1Char('0'));
}

QList<ConsoleStaff> StaffAdminRepository::list()
{
    QList<ConsoleStaff> list;
    m_db.select(Connection::Read,
                QStringLiteral("SELECT id, name, role, is_active, created_at FROM staff "
                               "ORDER BY name"),
                {}, [&](const QSqlQuery &row) {
                    ConsoleStaff entry;
                    entry.member
                        = {row.value(0).toLongLong(), row.value(1).toString(),
                           staffRoleFromWire(row.value(2).toString()).value_or(StaffRole::Waiter)};
                    entry.active = row.value(3).toBool();
                    entry.createdAt = Database::timeFrom(row.value(4));
                    list.append(entry);
                });
    return list;
}

std::optional<ConsoleStaff> StaffAdminRepository::find(qint64 id)
{
    QSqlQuery &query = m_db.statement(
        Connection::Write,
        QStringLiteral("SELECT id, name, role, is_active, created_at FROM staff WHERE id = ?"));
    Finisher finisher {query};
    if (!m_db.run(query, {id}) || !query.next())
        return std::nullopt;
    ConsoleStaff entry;
    entry.member = {query.value(0).toLongLong(), query.value(1).toString(),
                    staffRoleFromWire(query.value(2).toString()).value_or(StaffRole::Waiter)};
    entry.active = query.value(3).toBool();
    entry.createdAt = Database::timeFrom(query.value(4));
    return entry;
}

std::optional<StoreError> StaffAdminRepository::lastManagerRefusal(const ConsoleStaff &member)
{
    if (member.member.role != StaffRole::Manager || !member.active)
        return std::nullopt;
    QSqlQuery &query = m_db.statement(
        Connection::Write,
        QStringLiteral("SELECT count(*) FROM staff WHERE role = 'manager' AND is_active = 1 "
                       "AND id <> ?"));
    Finisher finisher {query};
    if (!m_db.run(query, {member.member.id}) || !query.next())
        return StoreError::storage();
    if (query.value(0).toInt() > 0)
        return std::nullopt;
    return StoreError {StoreError::Code::LastManager,
                       Store::tr("%1 is the last active manager: make someone else a manager "
                                 "first.")
                           .arg(member.member.name),
                       {}};
}

StoreOutcome<ConsoleStaffWithPin> StaffAdminRepository::add(const QString &name, StaffRole role,
                                                            const QDateTime &now)
{
    for (int attempt = 0; attempt < PinAttempts; ++attempt) {
        const QString pin = randomPin();
        auto added = m_staff.add(name, pin, role, now);
        if (added.ok()) {
            auto entry = find(added.value().id);
            if (!entry)
                return StoreError::storage();
            return ConsoleStaffWithPin {*entry, pin};
        }
        // Only a PIN clash is worth another try; a bad or taken name is not.
        if (added.error().message != Store::tr("This PIN is already in use; choose another."))
            return added.error();
    }
    return StoreError::storage();
}

StoreOutcome<ConsoleStaff> StaffAdminRepository::change(qint64 id, const ConsoleStaffChange &change)
{
    auto member = find(id);
    if (!member)
        return notFound(id);
    const bool demoted = change.role && *change.role != StaffRole::Manager;
    const bool deactivated = change.active && !*change.active;
    if (demoted || deactivated)
        if (auto refused = lastManagerRefusal(*member))
            return *refused;
    if (change.name) {
        const QString trimmed = change.name->trimmed();
        if (trimmed.isEmpty() || trimmed.size() > 60)
            return StoreError::invalid(Store::tr("A name of 1 to 60 characters is needed."));
        for (const auto &other : m_staff.records())
            if (other.member.id != id
                && other.member.name.compare(trimmed, Qt::CaseInsensitive) == 0)
                return StoreError::invalid(
                    Store::tr("There is already a staff member called %1.").arg(trimmed));
        member->member.name = trimmed;
    }
    if (change.role)
        member->member.role = *change.role;
    if (change.active)
        member->active = *change.active;
    if (!m_db.exec(
            Connection::Write,
            QStringLiteral("UPDATE staff SET name = ?, role = ?, is_active = ? "
                           "WHERE id = ?"),
            {member->member.name, toWireString(member->member.role), member->active ? 1 : 0, id}))
        return StoreError::storage();
    // A deactivated member is signed out everywhere at once (a new role counts from the next
    // request: a session's role is read from the staff row every time).
    if (deactivated
        && !m_db.exec(Connection::Write, QStringLiteral("DELETE FROM sessions WHERE staff_id = ?"),
                      {id}))
        return StoreError::storage();
    return *member;
}

StoreOutcome<ConsoleStaff> StaffAdminRepository::remove(qint64 id)
{
    auto member = find(id);
    if (!member)
        return notFound(id);
    if (auto refused = lastManagerRefusal(*member))
        return *refused;
    auto removed = m_staff.remove(member->member.name);
    if (!removed.ok())
        return removed.error();
    return *member;
}

StoreOutcome<ConsoleStaffWithPin> StaffAdminRepository::resetPin(qint64 id)
{
    auto member = find(id);
    if (!member)
        return notFound(id);
    for (int attempt = 0; attempt < PinAttempts; ++attempt) {
        const QString pin = randomPin();
        auto reset = m_staff.resetPin(member->member.name, pin);
        if (reset.ok())
            return ConsoleStaffWithPin {*member, pin};
        if (reset.error().message != Store::tr("This PIN is already in use; choose another."))
            return reset.error();
    }
    return StoreError::storage();
}

} // namespace tableside::server
