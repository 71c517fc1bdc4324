#include "loginattemptrepository.h"

#include "database.h"

namespace tableside::server {

using Connection = Database::Connection;

namespace {

// Columns scope, subject, failures, window_start, locked_until.
LoginCounter counterFrom(const QSqlQuery &row)
{
    LoginCounter counter;
    counter.scope = LoginCounter::scopeFromName(row.value(0).toString())
                        .value_or(LoginCounter::Scope::Address);
    counter.subject = row.value(1).toString();
    counter.failures = row.value(2).toInt();
    counter.windowStart = Database::timeFrom(row.value(3));
    counter.lockedUntil = Database::timeFrom(row.value(4));
    return counter;
}

} // namespace

LoginAttemptRepository::LoginAttemptRepository(Database &database)
    : m_db(database)
{ }

std::optional<LoginCounter> LoginAttemptRepository::find(LoginCounter::Scope scope,
                                                         const QString &subject)
{
    std::optional<LoginCounter> found;
    m_db.select(Connection::Write,
                QStringLiteral("SELECT scope, subject, failures, window_start, locked_until "
                               "FROM login_failures WHERE scope = ? AND subject = ?"),
                {LoginCounter::scopeName(scope), subject},
                [&](const QSqlQuery &row) { found = counterFrom(row); });
    return found;
}

QList<LoginCounter> LoginAttemptRepository::locked(const QDateTime &now)
{
    QList<LoginCounter> list;
    m_db.select(Connection::Write,
                QStringLiteral("SELECT scope, subject, failures, window_start, locked_until "
                               "FROM login_failures WHERE locked_until > ? "
                               "ORDER BY locked_until DESC"),
                {Database::timeText(now)},
                [&](const QSqlQuery &row) { list.append(counterFrom(row)); });
    return list;
}

StoreOutcome<LoginCounter> LoginAttemptRepository::countFailure(LoginCounter::Scope scope,
                                                                const QString &subject,
                                                                int maxFailures, int lockoutSeconds,
                                                                const QDateTime &now)
{
    LoginCounter fresh;
    fresh.scope = scope;
    fresh.subject = subject;
    LoginCounter counter = find(scope, subject).value_or(fresh);
    const bool windowOver
        = counter.windowStart.isValid() && counter.windowStart.addSecs(lockoutSeconds) <= now;
    const bool lockOver = counter.lockedUntil.isValid() && counter.lockedUntil <= now;
    // Five typos over a week lock nobody; a lockout that ran out starts a fresh count.
    if (windowOver || lockOver || counter.failures == 0) {
        counter.failures = 0;
        counter.windowStart = now;
        if (lockOver)
            counter.lockedUntil = {};
    }
    if (++counter.failures >= std::max(1, maxFailures)) {
        counter.lockedUntil = now.addSecs(lockoutSeconds);
        counter.failures = 0;
    }
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("INSERT INTO login_failures (scope, subject, failures, "
                                  "window_start, locked_until) VALUES (?, ?, ?, ?, ?) "
                                  "ON CONFLICT (scope, subject) DO UPDATE SET "
                                  "failures = excluded.failures, "
                                  "window_start = excluded.window_start, "
                                  "locked_until = excluded.locked_until"),
                   {LoginCounter::scopeName(scope), subject, counter.failures,
                    Database::timeText(counter.windowStart),
                    Database::nullableText(Database::timeText(counter.lockedUntil))}))
        return StoreError::storage();
    return counter;
}

StoreOutcome<bool> LoginAttemptRepository::clear(LoginCounter::Scope scope, const QString &subject)
{
    const bool existed = find(scope, subject).has_value();
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("DELETE FROM login_failures WHERE scope = ? AND subject = ?"),
                   {LoginCounter::scopeName(scope), subject}))
        return StoreError::storage();
    return existed;
}

bool LoginAttemptRepository::prune(const QDateTime &now, const QDateTime &windowStartedBefore)
{
    return m_db.exec(Connection::Write,
                     QStringLiteral("DELETE FROM login_failures WHERE "
                                    "(locked_until IS NULL OR locked_until <= ?) "
                                    "AND window_start < ?"),
                     {Database::timeText(now), Database::timeText(windowStartedBefore)});
}

} // namespace tableside::server
