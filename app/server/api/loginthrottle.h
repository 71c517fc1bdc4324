#pragma once

#include <QHash>
#include <QString>
#include <functional>

namespace tableside::server {

/// Counts wrong PINs per client address: after maxAttempts failures the address is locked
/// out for the lockout period (429 with Retry-After); a correct PIN clears the count.
class LoginThrottle
{
public:
    /// Monotonic milliseconds; tests replace it.
    using Clock = std::function<qint64()>;

    LoginThrottle(int maxAttempts, int lockoutSeconds, Clock clock = {});

    /// Seconds the address must still wait; 0 = may try.
    int lockedForSeconds(const QString &address) const;
    void recordFailure(const QString &address);
    void recordSuccess(const QString &address);

private:
    struct Entry
    {
        int failures = 0;
        qint64 firstFailureMs = 0;
        qint64 lockedUntilMs = 0;
    };
    int m_maxAttempts;
    qint64 m_lockoutMs;
    Clock m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace tableside::server
