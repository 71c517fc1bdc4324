#include "loginthrottle.h"

#include "store.h"

namespace tableside::server {

using Scope = LoginCounter::Scope;

LoginThrottle::LoginThrottle(Store &store, Limits limits)
    : m_store(store)
    , m_limits(limits)
{ }

std::optional<LoginThrottle::Refusal> LoginThrottle::refusal(const Attempt &attempt) const
{
    // Attempts still being hashed may all turn out wrong, so they count towards each limit:
    // parallel requests cannot get more guesses checked than the limit allows.
    const auto over = [this](Scope scope, const QString &subject, int checking,
                             int limit) -> std::optional<Refusal> {
        const std::optional<LoginCounter> counter = m_store.loginCounter(scope, subject);
        if (const int wait = m_store.loginLockSeconds(scope, subject))
            return Refusal {scope, wait};
        if (checking > 0 && (counter ? counter->failures : 0) + checking >= limit)
            return Refusal {scope, 1, true};
        return std::nullopt;
    };
    if (auto refused = over(Scope::Address, attempt.address,
                            m_addressesChecking.value(attempt.address), m_limits.maxAttempts))
        return refused;
    if (attempt.accountId) {
        if (auto refused = over(Scope::Account, QString::number(*attempt.accountId),
                                m_accountsChecking.value(*attempt.accountId), m_limits.maxAttempts))
            return refused;
    }
    // The server-wide count pauses PIN-only logins only: a name and PIN still work.
    if (!attempt.named)
        return over(Scope::Global, LoginCounter::globalSubject(), m_pinOnlyChecking,
                    m_limits.globalMaxAttempts);
    return std::nullopt;
}

bool LoginThrottle::isAccountLocked(qint64 accountId) const
{
    return m_store.loginLockSeconds(Scope::Account, QString::number(accountId)) > 0;
}

void LoginThrottle::begin(const Attempt &attempt)
{
    ++m_addressesChecking[attempt.address];
    if (attempt.accountId)
        ++m_accountsChecking[*attempt.accountId];
    if (!attempt.named)
        ++m_pinOnlyChecking;
}

void LoginThrottle::end(const Attempt &attempt)
{
    if (--m_addressesChecking[attempt.address] <= 0)
        m_addressesChecking.remove(attempt.address);
    if (attempt.accountId && --m_accountsChecking[*attempt.accountId] <= 0)
        m_accountsChecking.remove(*attempt.accountId);
    if (!attempt.named)
        --m_pinOnlyChecking;
}

StoreOutcome<bool> LoginThrottle::recordFailure(const Attempt &attempt)
{
    const int lockout = m_limits.lockoutSeconds;
    const auto address
        = m_store.countLoginFailure(Scope::Address, attempt.address, m_limits.maxAttempts, lockout);
    if (!address.ok())
        return address.error();
    // Named attempts count too: they are guesses, and a flood of them says someone is guessing.
    const auto global = m_store.countLoginFailure(Scope::Global, LoginCounter::globalSubject(),
                                                  m_limits.globalMaxAttempts, lockout);
    if (!global.ok())
        return global.error();
    if (attempt.accountId) {
        const auto account = m_store.countLoginFailure(
            Scope::Account, QString::number(*attempt.accountId), m_limits.maxAttempts, lockout);
        if (!account.ok())
            return account.error();
    }
    return true;
}

} // namespace tableside::server
