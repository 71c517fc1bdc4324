// The business day of a moment: the local date, rolling over at the start hour by the wall
// clock, on ordinary nights and on the two nights a year the clocks change (Europe/Sofia:
// the test runs with TZ set, see CMakeLists.txt).
#include "businessclock.h"

#include <QTest>

using namespace tableside::server;

class TestBusinessClock : public QObject
{
    Q_OBJECT

private slots:
    void day_data();
    void day();
};

void TestBusinessClock::day_data()
{
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<int>("startHour");
    QTest::addColumn<QDate>("expected");

    const auto utc = [](int month, int day, int hour, int minute) {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
    };
    // Summer (EEST, UTC+3): 03:59 local is still the evening before, 04:00 the new day.
    QTest::newRow("summer 03:59") << utc(6, 10, 0, 59) << 4 << QDate(2026, 6, 9);
    QTest::newRow("summer 04:00") << utc(6, 10, 1, 0) << 4 << QDate(2026, 6, 10);
    QTest::newRow("summer 23:30") << utc(6, 10, 20, 30) << 4 << QDate(2026, 6, 10);
    QTest::newRow("start hour 0, 00:30") << utc(6, 9, 21, 30) << 0 << QDate(2026, 6, 10);
    // Spring forward, 29 March 2026: 03:00 EET becomes 04:00 EEST at 01:00 UTC.
    QTest::newRow("spring 02:59 EET") << utc(3, 29, 0, 59) << 4 << QDate(2026, 3, 28);
    QTest::newRow("spring 04:00 EEST") << utc(3, 29, 1, 0) << 4 << QDate(2026, 3, 29);
    QTest::newRow("spring 04:30 EEST") << utc(3, 29, 1, 30) << 4 << QDate(2026, 3, 29);
    // Fall back, 25 October 2026: 04:00 EEST becomes 03:00 EET at 01:00 UTC; both 03:xx
    // belong to the evening before, 04:00 EET starts the day.
    QTest::newRow("autumn first 03:30") << utc(10, 25, 0, 30) << 4 << QDate(2026, 10, 24);
    QTest::newRow("autumn second 03:30") << utc(10, 25, 1, 30) << 4 << QDate(2026, 10, 24);
    QTest::newRow("autumn 04:00 EET") << utc(10, 25, 2, 0) << 4 << QDate(2026, 10, 25);
}

void TestBusinessClock::day()
{
    QFETCH(QDateTime, utc);
    QFETCH(int, startHour);
    QFETCH(QDate, expected);
    const BusinessClock clock([] { return QDateTime::currentDateTimeUtc(); }, startHour);
    QCOMPARE(clock.day(utc), expected);
    QCOMPARE(clock.dayText(utc), expected.toString(Qt::ISODate));
}

QTEST_GUILESS_MAIN(TestBusinessClock)
#include "tst_businessclock.moc"
