#include "frameratelimiter.h"

#include <algorithm>

namespace tableside::server {

FrameRateLimiter::FrameRateLimiter(int ratePerSecond)
    : m_ratePerSecond(ratePerSecond)
    , m_milliTokens(qint64(ratePerSecond) * 1000)
{ }

void FrameRateLimiter::refill(qint64 nowMs)
{
    if (m_lastRefillMs < 0) {
        m_lastRefillMs = nowMs;
        return;
    }
    const qint64 elapsed = nowMs - m_lastRefillMs;
    if (elapsed <= 0)
        return;
    const qint64 capacity = qint64(m_ratePerSecond) * 1000;
    // ratePerSecond tokens per 1000 ms = ratePerSecond milli-tokens per ms.
    m_milliTokens = std::min(capacity, m_milliTokens + elapsed * m_ratePerSecond);
    m_lastRefillMs = nowMs;
}

bool FrameRateLimiter::tryAcquire(qint64 nowMs)
{
    if (m_ratePerSecond <= 0)
        return true;
    refill(nowMs);
    if (m_milliTokens < 1000)
        return false;
    m_milliTokens -= 1000;
    return true;
}

} // namespace tableside::server
