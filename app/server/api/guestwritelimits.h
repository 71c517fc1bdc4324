#pragma once

#include "apierror.h"
#include "ratelimiter.h"

#include <optional>

namespace tableside::server {

struct ServerSettings;

/// The rate limits on guest writes (orders and waiter calls): one bucket per client address
/// shared by both, and one per table for each kind, so neither one phone nor one table (many
/// phones, or one phone changing address) can flood the kitchen or the waiters.
class GuestWriteLimits
{
public:
    enum class Kind { Order, Call };

    explicit GuestWriteLimits(const ServerSettings &settings, RateLimiter::Clock clock = {});

    /// Takes a token of @p clientKey's bucket; the 429 to answer when it is empty.
    std::optional<ApiError> admitClient(const QString &clientKey);
    /// Takes a token of table @p tableNumber's bucket for @p kind; the 429 when it is empty.
    std::optional<ApiError> admitTable(Kind kind, int tableNumber);

private:
    RateLimiter m_perClient;
    RateLimiter m_tableOrders;
    RateLimiter m_tableCalls;
};

} // namespace tableside::server
