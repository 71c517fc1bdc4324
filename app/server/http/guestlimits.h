#pragma once

#include "httperror.h"
#include "ratelimiter.h"

#include <QString>
#include <memory>
#include <optional>

namespace tableside::server {

struct ServerSettings;

/// The rate limits on everything a guest does (order page, QR link, call status polling,
/// orders, waiter calls): for each kind a RateLimiter per client address and one per table, so
/// neither one phone nor one table (many phones, or one phone changing address) can flood the
/// server, the kitchen or the waiters. Orders and calls share one bucket per client.
class GuestLimits
{
public:
    enum class Scope {
        Page, ///< order page and its static files
        TableLink, ///< the /t/{n} QR short link
        CallStatus, ///< polling a waiter call's status
        Bill, ///< polling the table's running bill (GET /api/guest/tables/{n}/bill)
        Order, ///< POST /api/orders/create
        Call, ///< POST /api/waiter-call
    };

    /// A bucket refills at @c perMinute tokens a minute and holds at most @c burst.
    struct Limit
    {
        int perMinute = 60;
        int burst = 60;
    };

    /// Default limits everywhere. @p clock returns monotonic milliseconds (tests pass their
    /// own; empty = real time).
    explicit GuestLimits(RateLimiter::Clock clock = {});
    /// Order and call limits from @p settings, the others by default.
    explicit GuestLimits(const ServerSettings &settings, RateLimiter::Clock clock = {});
    ~GuestLimits();

    /// Takes a token from @p scope's bucket of @p clientKey. nullopt when admitted, or the 429
    /// to answer (rate_limited, Retry-After ≥ 1 s); nothing is taken then.
    std::optional<HttpError> admitClient(Scope scope, const QString &clientKey);
    /// The same for the bucket of table @p tableNumber (shared by every phone at the table).
    std::optional<HttpError> admitTable(Scope scope, int tableNumber);
    /// Whether table @p tableNumber has a token left in @p scope, without taking it: nullopt,
    /// or the 429 to answer. A guest write asks first and spends (spendTable) only once the
    /// store accepted it, so refused requests cannot keep a table blocked.
    std::optional<HttpError> checkTable(Scope scope, int tableNumber) const;
    void spendTable(Scope scope, int tableNumber);

    /// The defaults (orders and calls: those of a default ServerSettings).
    static Limit defaultClientLimit(Scope scope);
    static Limit defaultTableLimit(Scope scope);
    /// Replaces a limit (and forgets its buckets). perMinute 0 = unlimited. Order and Call
    /// share one client limit: setting either sets both.
    void setClientLimit(Scope scope, Limit limit);
    void setTableLimit(Scope scope, Limit limit);

private:
    static constexpr int ScopeCount = 6;
    static constexpr int ClientBucketCount = 5; // orders and calls share one
    static int clientBucket(Scope scope);
    static bool isWrite(Scope scope) { return scope == Scope::Order || scope == Scope::Call; }
    static Limit clientLimit(const ServerSettings &settings, Scope scope);
    static Limit tableLimit(const ServerSettings &settings, Scope scope);
    /// nullopt when a token was taken, else the seconds to wait (≥ 1).
    static std::optional<int> take(RateLimiter &limiter, const QString &key);
    static HttpError refusal(Scope scope, int waitSeconds, const QString &writeMessage);

    RateLimiter::Clock m_clock;
    std::unique_ptr<RateLimiter> m_clientLimiters[ClientBucketCount];
    std::unique_ptr<RateLimiter> m_tableLimiters[ScopeCount];
};

} // namespace tableside::server
