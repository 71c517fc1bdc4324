#pragma once

#include "logincounter.h"
#include "storeoutcome.h"

#include <QList>
#include <optional>

namespace tableside::server {

class Database;

/// The stored wrong-PIN counters (login_failures): one row per account, client address and
/// the whole server, read through the write connection so that a failure counted earlier in
/// the same event-loop turn is seen at once. A success never touches another row.
class LoginAttemptRepository
{
public:
    explicit LoginAttemptRepository(Database &database);

    std::optional<LoginCounter> find(LoginCounter::Scope scope, const QString &subject);
    /// Every counter locked at @p now, longest lockout first.
    QList<LoginCounter> locked(const QDateTime &now);

    // Inside a job:
    /// Counts one wrong PIN: failures older than @p lockoutSeconds are forgotten first (a
    /// lockout that has run out too); the @p maxFailures-th failure locks the subject for
    /// @p lockoutSeconds. Returns the counter as stored.
    StoreOutcome<LoginCounter> countFailure(LoginCounter::Scope scope, const QString &subject,
                                            int maxFailures, int lockoutSeconds,
                                            const QDateTime &now);
    /// Forgets the counter (a manager's unlock, or the account's own right PIN).
    StoreOutcome<bool> clear(LoginCounter::Scope scope, const QString &subject);
    /// Deletes counters that neither lock nor count any more: not locked at @p now and their
    /// window started before @p windowStartedBefore.
    bool prune(const QDateTime &now, const QDateTime &windowStartedBefore);

private:
    Database &m_db;
};

} // namespace tableside::server
