// RateLimiter (token buckets by key) and LoginThrottle (wrong-PIN lockout), with a fake clock.
#include "loginthrottle.h"
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

    void loginLockout()
    {
        qint64 now = 0;
        LoginThrottle throttle(5, 900, [&] { return now; });
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure("10.0.0.5");
        QCOMPARE(throttle.lockedForSeconds("10.0.0.5"), 0);
        throttle.recordFailure("10.0.0.5");
        QCOMPARE(throttle.lockedForSeconds("10.0.0.5"), 900);
        QCOMPARE(throttle.lockedForSeconds("10.0.0.6"), 0);
        now += 899000;
        QCOMPARE(throttle.lockedForSeconds("10.0.0.5"), 1);
        now += 1000;
        QCOMPARE(throttle.lockedForSeconds("10.0.0.5"), 0);
        // A success clears the count.
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure("10.0.0.7");
        throttle.recordSuccess("10.0.0.7");
        throttle.recordFailure("10.0.0.7");
        QCOMPARE(throttle.lockedForSeconds("10.0.0.7"), 0);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
