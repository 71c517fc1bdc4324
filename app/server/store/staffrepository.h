#pragma once

#include "staffmember.h"
#include "store.h"
#include "storeoutcome.h"

#include <QHash>
#include <optional>

namespace tableside::server {

class Database;

/// Staff members with their hashed PINs, and the sessions a PIN login opens. PINs are unique
/// (staff may log in with the PIN alone) and every lookup hashes against every member, so the
/// time taken does not tell whether a PIN matched. The server's logins hash on a thread pool
/// (records() out, openSession() back in); add/resetPin hash here (command line).
class StaffRepository
{
public:
    explicit StaffRepository(Database &database);

    /// The member a session token belongs to, when the session exists and has not expired.
    std::optional<StaffMember> forToken(const QString &token, const QDateTime &now);
    QList<Store::StaffRecord> list();
    /// Salt and hash of every member, or of the one called @p name (trimmed, any case).
    QList<Store::PinRecord> records(const QString &name = {});
    /// Every member's PIN hash by id, committed data only (what Store's staff watch compares).
    QHash<qint64, QByteArray> committedPinHashes();

    // Inside a job:
    StoreOutcome<Store::Session> login(const QString &pin, qint64 lifetimeSeconds,
                                       const QDateTime &now);
    StoreOutcome<bool> logout(const QString &token);
    /// A session for @p verified, whose PIN was checked against its hash elsewhere; refused
    /// (NotFound) when the member was removed or got another PIN meanwhile.
    StoreOutcome<Store::Session> openSession(const Store::PinRecord &verified,
                                             qint64 lifetimeSeconds, const QDateTime &now);
    /// Sets the PIN of @p verified (old PIN checked elsewhere) to @p salt / @p hash, checked
    /// elsewhere to differ from every PIN in @p checkedAgainst: refused when the staff rows
    /// changed since then. Ends every session of the member except @p keepToken's.
    StoreOutcome<bool> changePin(const Store::PinRecord &verified, const QByteArray &salt,
                                 const QByteArray &hash,
                                 const QList<Store::PinRecord> &checkedAgainst,
                                 const QString &keepToken);
    StoreOutcome<StaffMember> add(const QString &name, const QString &pin, StaffRole role,
                                  const QDateTime &now);
    StoreOutcome<bool> remove(const QString &name);
    StoreOutcome<bool> resetPin(const QString &name, const QString &pin);
    /// Deletes the sessions expired at @p now.
    bool pruneSessions(const QDateTime &now);

private:
    using HashRow = Store::PinRecord;
    QList<HashRow> hashRows();
    std::optional<HashRow> named(const QString &name);
    /// The member (other than @p exceptId) whose PIN is @p pin.
    std::optional<StaffMember> withPin(const QString &pin, qint64 exceptId = -1);
    bool endSessions(qint64 staffId);
    /// Not switched off in the console (issue 16).
    bool isActive(qint64 staffId);

    Database &m_db;
};

} // namespace tableside::server
