#pragma once

#include <QHash>
#include <QString>
#include <functional>

namespace tableside::server {

/// Token buckets keyed by a string (a client address, a table, …): each key may spend
/// @c burst requests at once and gets @c perMinute back per minute. Used for guest writes
/// and reusable by any route that needs a per-client limit.
class RateLimiter
{
public:
    /// Monotonic milliseconds; tests replace it.
    using Clock = std::function<qint64()>;

    RateLimiter(int perMinute, int burst, Clock clock = {});

    /// Spends one token of @p key; false when the bucket is empty. perMinute 0 = unlimited.
    bool tryAcquire(const QString &key);
    /// Whole seconds until @p key has a token again (0 when it has one now).
    int retryAfterSeconds(const QString &key) const;
    int perMinute() const { return m_perMinute; }
    int burst() const { return m_burst; }
    /// Number of keys currently tracked (full buckets are forgotten).
    int trackedKeys() const { return static_cast<int>(m_buckets.size()); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    double refill(const Bucket &bucket, qint64 nowMs) const;
    void forgetFullBuckets(qint64 nowMs);

    int m_perMinute;
    int m_burst;
    Clock m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace tableside::server
