#pragma once

#include "staffmember.h"
#include "store.h"
#include "storeoutcome.h"

#include <optional>

namespace tableside::server {

class Database;

/// Staff members with their hashed PINs, and the sessions a PIN login opens. PINs are unique
/// (staff log in with the PIN alone) and every lookup hashes against every member, so the
/// time taken does not tell whether a PIN matched.
class StaffRepository
{
public:
    explicit StaffRepository(Database &database);

    /// The member a session token belongs to, when the session exists and has not expired.
    std::optional<StaffMember> forToken(const QString &token, const QDateTime &now);
    QList<Store::StaffRecord> list();

    // Inside a job:
    StoreOutcome<Store::Session> login(const QString &pin, qint64 lifetimeSeconds,
                                       const QDateTime &now);
    StoreOutcome<bool> logout(const QString &token);
    StoreOutcome<StaffMember> add(const QString &name, const QString &pin, StaffRole role,
                                  const QDateTime &now);
    StoreOutcome<bool> remove(const QString &name);
    StoreOutcome<bool> resetPin(const QString &name, const QString &pin);
    /// Deletes the sessions expired at @p now.
    bool pruneSessions(const QDateTime &now);

private:
    struct HashRow
    {
        StaffMember member;
        QByteArray salt;
        QByteArray hash;
    };
    QList<HashRow> hashRows();
    std::optional<HashRow> named(const QString &name);
    /// The member (other than @p exceptId) whose PIN is @p pin.
    std::optional<StaffMember> withPin(const QString &pin, qint64 exceptId = -1);
    bool endSessions(qint64 staffId);

    Database &m_db;
};

} // namespace tableside::server
