// WakeDetector with a clock of the test's own: a tick far later than due is a sleep, an
// ordinary or a busy tick is not, and a clock set back is ignored.
#include "wakedetector.h"

#include <QSignalSpy>
#include <QTest>

using tableside::dashboard::WakeDetector;

class TestWakeDetector : public QObject
{
    Q_OBJECT
private slots:
    void gapsBetweenTicks_data()
    {
        QTest::addColumn<qint64>("gapMs");
        QTest::addColumn<bool>("resumed");
        QTest::newRow("on time") << qint64(WakeDetector::TickMs) << false;
        QTest::newRow("a busy loop, 3 s late") << qint64(WakeDetector::TickMs + 3000) << false;
        QTest::newRow("just at the threshold")
            << qint64(WakeDetector::TickMs + WakeDetector::SleepThresholdMs) << false;
        QTest::newRow("asleep 10 s") << qint64(10'000) << true;
        QTest::newRow("asleep overnight") << qint64(9 * 3600 * 1000) << true;
        QTest::newRow("clock set back an hour") << qint64(-3600 * 1000) << false;
    }

    void gapsBetweenTicks()
    {
        QFETCH(qint64, gapMs);
        QFETCH(bool, resumed);
        qint64 now = 1'700'000'000'000;
        WakeDetector detector(nullptr, [&now] { return now; });
        QSignalSpy spy(&detector, &WakeDetector::resumed);
        detector.start();
        detector.stop(); // ticks are driven by hand here
        now += gapMs;
        detector.check();
        QCOMPARE(spy.size(), resumed ? 1 : 0);
        if (resumed)
            QCOMPARE(spy.first().first().toLongLong(), gapMs);
        // The next ordinary tick is quiet again.
        now += WakeDetector::TickMs;
        detector.check();
        QCOMPARE(spy.size(), resumed ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestWakeDetector)
#include "tst_wakedetector.moc"
