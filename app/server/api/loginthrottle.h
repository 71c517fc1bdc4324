#pragma once

#include "logincounter.h"
#include "storeoutcome.h"

#include <QHash>
#include <QString>
#include <optional>

namespace tableside::server {

class Store;

/// The login lockout. Wrong PINs count against the client address, the whole server and, when
/// the attempt named a staff member, that account; the counts are stored (a restart keeps
/// them) and no login's success clears any of them: they run out after the lockout period.
/// An address or an account at maxAttempts is locked for the lockout period; the server at
/// globalMaxAttempts pauses PIN-only logins (a name and PIN still work). Attempts still being
/// hashed count towards the limits, so parallel requests cannot slip past a count.
class LoginThrottle
{
public:
    struct Limits
    {
        int maxAttempts = 5; ///< per address and per account
        int globalMaxAttempts = 20; ///< the whole server, before PIN-only logins pause
        int lockoutSeconds = 15 * 60; ///< lockout length, and how long a failure is remembered
    };

    /// One login (or PIN change) attempt.
    struct Attempt
    {
        QString address; ///< the client address
        bool named = false; ///< the attempt gave a name: bound to one account
        std::optional<qint64>
            accountId; ///< the named account (nullopt: PIN alone, or no such name)
    };

    /// Why an attempt is refused before any PIN is hashed.
    struct Refusal
    {
        LoginCounter::Scope scope;
        int retryAfterSeconds = 1;
        bool busy = false; ///< the attempts being checked may reach the limit: retry shortly
    };

    LoginThrottle(Store &store, Limits limits);

    const Limits &limits() const { return m_limits; }
    /// nullopt = may be checked now.
    std::optional<Refusal> refusal(const Attempt &attempt) const;
    /// Whether an account is locked (PIN-only logins skip its PIN, answering like a wrong one).
    bool isAccountLocked(qint64 accountId) const;

    /// The attempt goes to the hashing pool / comes back from it.
    void begin(const Attempt &attempt);
    void end(const Attempt &attempt);
    /// Counts a wrong PIN against the address, the server and the named account (staged in
    /// the store's batch: answer after its commit).
    StoreOutcome<bool> recordFailure(const Attempt &attempt);

private:
    Store &m_store;
    Limits m_limits;
    QHash<QString, int> m_addressesChecking;
    QHash<qint64, int> m_accountsChecking;
    int m_pinOnlyChecking = 0;
};

} // namespace tableside::server
