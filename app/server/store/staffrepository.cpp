#include "staffrepository.h"

#include "database.h"
#include "pinhasher.h"

namespace tableside::server {

using Connection = Database::Connection;
using Finisher = Database::Finisher;

namespace {

StoreError pinInUse()
{
    return StoreError::invalid(Store::tr("This PIN is already in use; choose another."));
}

StoreError noSuchMember(const QString &name)
{
    return StoreError::notFound(Store::tr("There is no staff member called %1.").arg(name));
}

// Columns id, name, role first.
StaffMember memberFrom(const QSqlQuery &row)
{
    return StaffMember {row.value(0).toLongLong(), row.value(1).toString(),
                        staffRoleFromWire(row.value(2).toString()).value_or(StaffRole::Waiter)};
}

} // namespace

StaffRepository::StaffRepository(Database &database)
    : m_db(database)
{ }

std::optional<StaffMember> StaffRepository::forToken(const QString &token, const QDateTime &now)
{
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery &query = m_db.statement(
        Connection::Read,
        QStringLiteral("SELECT s.id, s.name, s.role FROM sessions x JOIN staff s ON "
                       "s.id = x.staff_id WHERE x.token_hash = ? AND x.expires_at > ?"));
    Finisher finisher {query};
    if (!m_db.run(query, {PinHasher::tokenHash(token), Database::timeText(now)}) || !query.next())
        return std::nullopt;
    return memberFrom(query);
}

QList<Store::StaffRecord> StaffRepository::list()
{
    QList<Store::StaffRecord> list;
    m_db.select(Connection::Read,
                QStringLiteral("SELECT id, name, role, created_at FROM staff ORDER BY name"), {},
                [&](const QSqlQuery &row) {
                    list.append({memberFrom(row), Database::timeFrom(row.value(3))});
                });
    return list;
}

StoreOutcome<Store::Session> StaffRepository::login(const QString &pin, qint64 lifetimeSeconds,
                                                    const QDateTime &now)
{
    const auto member = withPin(pin);
    if (!member || !isActive(member->id))
        return StoreError {StoreError::Code::NotFound, Store::tr("Wrong PIN."), {}};
    Store::Session session;
    session.token = PinHasher::randomToken();
    session.staff = *member;
    session.expiresAt = now.addSecs(lifetimeSeconds);
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("INSERT INTO sessions (token_hash, staff_id, created_at, "
                                  "expires_at) VALUES (?, ?, ?, ?)"),
                   {PinHasher::tokenHash(session.token), member->id, Database::timeText(now),
                    Database::timeText(session.expiresAt)}))
        return StoreError::storage();
    return session;
}

QList<Store::PinRecord> StaffRepository::records(const QString &name)
{
    if (name.trimmed().isEmpty())
        return hashRows();
    const auto row = named(name);
    return row ? QList<Store::PinRecord> {*row} : QList<Store::PinRecord> {};
}

QHash<qint64, QByteArray> StaffRepository::committedPinHashes()
{
    QHash<qint64, QByteArray> hashes;
    // A switched-off member (issue 16) counts as gone: the watch ends their sessions' sockets.
    m_db.select(Connection::Read,
                QStringLiteral("SELECT id, pin_hash FROM staff WHERE is_active = 1"), {},
                [&](const QSqlQuery &row) {
                    hashes.insert(row.value(0).toLongLong(), row.value(1).toByteArray());
                });
    return hashes;
}

StoreOutcome<Store::Session> StaffRepository::openSession(const Store::PinRecord &verified,
                                                          qint64 lifetimeSeconds,
                                                          const QDateTime &now)
{
    bool current = false;
    for (const HashRow &row : hashRows())
        current = current || (row.member.id == verified.member.id && row.hash == verified.hash);
    // Removed or reset while the PIN was being checked: the PIN that matched is no longer theirs.
    // A switched-off member (issue 16) is refused like a wrong PIN.
    if (!current || !isActive(verified.member.id))
        return StoreError {StoreError::Code::NotFound, Store::tr("Wrong PIN."), {}};
    Store::Session session;
    session.token = PinHasher::randomToken();
    session.staff = verified.member;
    session.expiresAt = now.addSecs(lifetimeSeconds);
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("INSERT INTO sessions (token_hash, staff_id, created_at, "
                                  "expires_at) VALUES (?, ?, ?, ?)"),
                   {PinHasher::tokenHash(session.token), verified.member.id,
                    Database::timeText(now), Database::timeText(session.expiresAt)}))
        return StoreError::storage();
    return session;
}

StoreOutcome<bool> StaffRepository::changePin(const Store::PinRecord &verified,
                                              const QByteArray &salt, const QByteArray &hash,
                                              const QList<Store::PinRecord> &checkedAgainst,
                                              const QString &keepToken)
{
    const QList<HashRow> rows = hashRows();
    bool unchanged = rows.size() == checkedAgainst.size();
    for (qsizetype i = 0; unchanged && i < rows.size(); ++i)
        unchanged = rows.at(i).member.id == checkedAgainst.at(i).member.id
            && rows.at(i).hash == checkedAgainst.at(i).hash;
    // Someone was added or got a new PIN while this one was checked: it may now be theirs.
    if (!unchanged)
        return StoreError::invalid(Store::tr("The staff list changed meanwhile; try again."));
    bool current = false;
    for (const HashRow &row : rows)
        current = current || (row.member.id == verified.member.id && row.hash == verified.hash);
    if (!current)
        return StoreError {StoreError::Code::NotFound, Store::tr("Wrong PIN."), {}};
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("UPDATE staff SET pin_salt = ?, pin_hash = ? WHERE id = ?"),
                   {salt, hash, verified.member.id})
        || !m_db.exec(Connection::Write,
                      QStringLiteral("DELETE FROM sessions WHERE staff_id = ? AND token_hash <> ?"),
                      {verified.member.id, PinHasher::tokenHash(keepToken)}))
        return StoreError::storage();
    return true;
}

StoreOutcome<bool> StaffRepository::logout(const QString &token)
{
    if (!m_db.exec(Connection::Write, QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"),
                   {PinHasher::tokenHash(token)}))
        return StoreError::storage();
    return true;
}

StoreOutcome<StaffMember> StaffRepository::add(const QString &name, const QString &pin,
                                               StaffRole role, const QDateTime &now)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 60)
        return StoreError::invalid(Store::tr("A name of 1 to 60 characters is needed."));
    if (!PinHasher::isValidPin(pin))
        return StoreError::invalid(Store::tr("A PIN is 4 to 8 digits."));
    if (named(trimmed))
        return StoreError::invalid(
            Store::tr("There is already a staff member called %1.").arg(trimmed));
    // Staff log in with the PIN alone, so two people may not share one.
    if (withPin(pin))
        return pinInUse();
    const QByteArray salt = PinHasher::newSalt();
    QSqlQuery &query = m_db.statement(Connection::Write,
                                      QStringLiteral("INSERT INTO staff (name, role, pin_salt, "
                                                     "pin_hash, created_at) VALUES "
                                                     "(?, ?, ?, ?, ?) RETURNING id"));
    Finisher finisher {query};
    if (!m_db.run(query,
                  {trimmed, toWireString(role), salt, PinHasher::hash(pin, salt),
                   Database::timeText(now)})
        || !query.next())
        return StoreError::storage();
    return StaffMember {query.value(0).toLongLong(), trimmed, role};
}

StoreOutcome<bool> StaffRepository::remove(const QString &name)
{
    const auto row = named(name);
    if (!row)
        return noSuchMember(name);
    if (!endSessions(row->member.id)
        || !m_db.exec(Connection::Write, QStringLiteral("DELETE FROM staff WHERE id = ?"),
                      {row->member.id}))
        return StoreError::storage();
    return true;
}

StoreOutcome<bool> StaffRepository::resetPin(const QString &name, const QString &pin)
{
    if (!PinHasher::isValidPin(pin))
        return StoreError::invalid(Store::tr("A PIN is 4 to 8 digits."));
    const auto row = named(name);
    if (!row)
        return noSuchMember(name);
    if (withPin(pin, row->member.id))
        return pinInUse();
    const QByteArray salt = PinHasher::newSalt();
    // A new PIN ends every session opened with the old one.
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("UPDATE staff SET pin_salt = ?, pin_hash = ? WHERE id = ?"),
                   {salt, PinHasher::hash(pin, salt), row->member.id})
        || !endSessions(row->member.id))
        return StoreError::storage();
    return true;
}

bool StaffRepository::pruneSessions(const QDateTime &now)
{
    return m_db.exec(Connection::Write,
                     QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"),
                     {Database::timeText(now)});
}

QList<StaffRepository::HashRow> StaffRepository::hashRows()
{
    QList<HashRow> rows;
    m_db.select(
        Connection::Write,
        QStringLiteral("SELECT id, name, role, pin_salt, pin_hash FROM staff ORDER BY id"), {},
        [&](const QSqlQuery &row) {
            rows.append({memberFrom(row), row.value(3).toByteArray(), row.value(4).toByteArray()});
        });
    return rows;
}

std::optional<StaffRepository::HashRow> StaffRepository::named(const QString &name)
{
    // Names are compared trimmed and case-insensitively (SQLite's NOCASE is ASCII-only).
    for (const HashRow &row : hashRows())
        if (row.member.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return row;
    return std::nullopt;
}

std::optional<StaffMember> StaffRepository::withPin(const QString &pin, qint64 exceptId)
{
    std::optional<StaffMember> found;
    // Every hash is computed, match or not, so the time taken does not tell which.
    for (const HashRow &row : hashRows()) {
        if (PinHasher::equal(PinHasher::hash(pin, row.salt), row.hash) && row.member.id != exceptId
            && !found)
            found = row.member;
    }
    return found;
}

bool StaffRepository::isActive(qint64 staffId)
{
    QSqlQuery &query = m_db.statement(Connection::Write,
                                      QStringLiteral("SELECT is_active FROM staff WHERE id = ?"));
    Finisher finisher {query};
    return m_db.run(query, {staffId}) && query.next() && query.value(0).toBool();
}

bool StaffRepository::endSessions(qint64 staffId)
{
    return m_db.exec(Connection::Write, QStringLiteral("DELETE FROM sessions WHERE staff_id = ?"),
                     {staffId});
}

} // namespace tableside::server
