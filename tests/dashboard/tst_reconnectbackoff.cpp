// ReconnectBackoff: a fast phase of short random delays, then exponential backoff with equal
// jitter up to the cap; every delay stays in its range (many draws), and draws differ (jitter).
#include "reconnectbackoff.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace tableside::dashboard;

class TestReconnectBackoff : public QObject
{
    Q_OBJECT
private slots:
    void ranges_data();
    void ranges();
    void delaysStayInRangeAndSpread();
    void noFastPhase();
};

void TestReconnectBackoff::ranges_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::newRow("first") << 0 << 100 << 400;
    QTest::newRow("last fast") << 9 << 100 << 400;
    QTest::newRow("first slow") << 10 << 500 << 1000;
    QTest::newRow("second slow") << 11 << 1000 << 2000;
    QTest::newRow("capped") << 30 << 15000 << 30000;
}

void TestReconnectBackoff::ranges()
{
    QFETCH(int, attempt);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    ReconnectBackoff backoff; // defaults: 10 × 100–400 ms, then 1 s … 30 s
    const ReconnectBackoff::Range range = backoff.rangeFor(attempt);
    QCOMPARE(range.minimumMs, minimum);
    QCOMPARE(range.maximumMs, maximum);
}

void TestReconnectBackoff::delaysStayInRangeAndSpread()
{
    ReconnectBackoff backoff;
    QRandomGenerator random(42);
    QSet<int> seen;
    for (int i = 0; i < 1000; ++i) {
        const int delay = backoff.delayFor(0, &random);
        QVERIFY(delay >= 100 && delay <= 400);
        seen.insert(delay / 50);
    }
    QCOMPARE(seen.size(), 7); // 100…400 in 50 ms buckets: all reached (jitter spreads them)
}

void TestReconnectBackoff::noFastPhase()
{
    ReconnectBackoff backoff;
    backoff.setFastPhase(0, 0, 0);
    backoff.set(400, 1000);
    QCOMPARE(backoff.rangeFor(0).minimumMs, 200);
    QCOMPARE(backoff.rangeFor(0).maximumMs, 400);
    QCOMPARE(backoff.rangeFor(5).maximumMs, 1000);
}

QTEST_GUILESS_MAIN(TestReconnectBackoff)
#include "tst_reconnectbackoff.moc"
