// RateLimiter (token buckets by key) and LoginThrottle (wrong-PIN lockout), with a fake clock.
#include "ratelimiter.h"

#include <QTest>

using namespace tableside::server;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void burstThenRefill()
    {
        qint64 now = 0;
        RateLimiter limiter(60, 3, [&] { return now; }); // 1 per second, 3 at once
        QVERIFY(limiter.tryAcquire("a"));
        QVERIFY(limiter.tryAcquire("a"));
        QVERIFY(limiter.tryAcquire("a"));
        QVERIFY(!limiter.tryAcquire("a"));
        QCOMPARE(limiter.retryAfterSeconds("a"), 1);
        QVERIFY(limiter.tryAcquire("b")); // keys are independent
        now += 1000;
        QVERIFY(limiter.tryAcquire("a"));
        QVERIFY(!limiter.tryAcquire("a"));
        now += 60000;
        QCOMPARE(limiter.retryAfterSeconds("a"), 0);
    }

    void zeroMeansUnlimited()
    {
        RateLimiter limiter(0, 1);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(limiter.tryAcquire("x"));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
