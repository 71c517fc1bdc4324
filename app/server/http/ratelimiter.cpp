#include "ratelimiter.h"

#include <QElapsedTimer>
#include <cmath>

namespace tableside::server {

namespace {
constexpr int ForgetAboveKeys = 10000;
}

RateLimiter::RateLimiter(int perMinute, int burst, Clock clock)
    : m_perMinute(perMinute)
    , m_burst(std::max(1, burst))
    , m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->elapsed(); };
    }
}

double RateLimiter::refill(const Bucket &bucket, qint64 nowMs) const
{
    const double gained = (nowMs - bucket.updatedMs) * m_perMinute / 60000.0;
    return std::min<double>(m_burst, bucket.tokens + gained);
}

bool RateLimiter::tryAcquire(const QString &key)
{
    if (m_perMinute <= 0)
        return true;
    const qint64 now = m_clock();
    if (m_buckets.size() > ForgetAboveKeys)
        forgetFullBuckets(now);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket {double(m_burst), now});
    it->tokens = refill(*it, now);
    it->updatedMs = now;
    if (it->tokens < 1.0)
        return false;
    it->tokens -= 1.0;
    return true;
}

int RateLimiter::retryAfterSeconds(const QString &key) const
{
    if (m_perMinute <= 0)
        return 0;
    const auto it = m_buckets.constFind(key);
    if (it == m_buckets.constEnd())
        return 0;
    const double tokens = refill(*it, m_clock());
    if (tokens >= 1.0)
        return 0;
    return static_cast<int>(std::ceil((1.0 - tokens) * 60.0 / m_perMinute));
}

void RateLimiter::forgetFullBuckets(qint64 nowMs)
{
    // A full bucket is the same as no bucket: dropping it keeps memory bounded.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (refill(*it, nowMs) >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace tableside::server
