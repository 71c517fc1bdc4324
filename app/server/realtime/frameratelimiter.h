#pragma once

#include <QtGlobal>

namespace tableside::server {

/// A token bucket: at most `ratePerSecond` events per second on average, bursts up to the same
/// number. Small value type (no timers) so every connection can own a few of them cheaply.
class FrameRateLimiter
{
public:
    explicit FrameRateLimiter(int ratePerSecond = 0);

    /// Takes one token at @p nowMs (a monotonic clock); false = over the limit (nothing taken).
    /// A rate of 0 or less means unlimited.
    bool tryAcquire(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    int m_ratePerSecond = 0;
    // Tokens in thousandths so refill stays exact in integer arithmetic.
    qint64 m_milliTokens = 0;
    qint64 m_lastRefillMs = -1;
};

} // namespace tableside::server
