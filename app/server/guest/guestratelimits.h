#pragma once

#include "ratelimiter.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace tableside::server {

/// The guest routes' rate limits: a RateLimiter per client address and one per table for each
/// kind of guest request, so one phone (or one table) cannot flood the server.
class GuestRateLimits
{
public:
    enum class Scope {
        Page, ///< order page and its static files
        TableLink, ///< the /t/{n} QR short link
        CallStatus, ///< polling a waiter call's status
    };
    static constexpr int ScopeCount = 3;

    /// A bucket refills at @c perMinute tokens a minute and holds at most @c burst.
    struct Limit
    {
        int perMinute = 60;
        int burst = 60;
    };

    /// @p clock returns monotonic milliseconds (tests pass their own; empty = real time).
    explicit GuestRateLimits(RateLimiter::Clock clock = {});
    ~GuestRateLimits();

    /// Takes a token from @p scope's bucket of @p clientKey. Returns nullopt when admitted, or
    /// the seconds to wait (≥ 1, for Retry-After) when refused; nothing is taken then.
    std::optional<int> admitClient(Scope scope, const QString &clientKey);
    /// The same for the bucket of table @p tableNumber (shared by every phone at the table).
    std::optional<int> admitTable(Scope scope, int tableNumber);

    static Limit defaultClientLimit(Scope scope);
    static Limit defaultTableLimit(Scope scope);
    /// Replaces a limit (and forgets that scope's buckets). perMinute 0 = unlimited.
    void setClientLimit(Scope scope, Limit limit);
    void setTableLimit(Scope scope, Limit limit);

private:
    static std::optional<int> take(RateLimiter &limiter, const QString &key);

    RateLimiter::Clock m_clock;
    std::unique_ptr<RateLimiter> m_clientLimiters[ScopeCount];
    std::unique_ptr<RateLimiter> m_tableLimiters[ScopeCount];
};

} // namespace tableside::server
