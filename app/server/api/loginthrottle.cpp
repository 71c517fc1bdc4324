#include "loginthrottle.h"

#include <QElapsedTimer>
#include <memory>

namespace tableside::server {

LoginThrottle::LoginThrottle(int maxAttempts, int lockoutSeconds, Clock clock)
    : m_maxAttempts(maxAttempts)
    , m_lockoutMs(lockoutSeconds * 1000LL)
    , m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->elapsed(); };
    }
}

int LoginThrottle::lockedForSeconds(const QString &address) const
{
    const auto it = m_entries.constFind(address);
    if (it == m_entries.constEnd())
        return 0;
    const qint64 left = it->lockedUntilMs - m_clock();
    return left > 0 ? static_cast<int>((left + 999) / 1000) : 0;
}

void LoginThrottle::recordFailure(const QString &address)
{
    const qint64 now = m_clock();
    Entry &entry = m_entries[address];
    // Failures older than one lockout period are forgotten: 5 typos over a week lock nobody.
    if (entry.failures > 0 && now - entry.firstFailureMs > m_lockoutMs)
        entry = Entry {};
    if (entry.failures == 0)
        entry.firstFailureMs = now;
    if (++entry.failures >= m_maxAttempts) {
        entry.lockedUntilMs = now + m_lockoutMs;
        entry.failures = 0;
    }
}

void LoginThrottle::recordSuccess(const QString &address)
{
    m_entries.remove(address);
}

} // namespace tableside::server
