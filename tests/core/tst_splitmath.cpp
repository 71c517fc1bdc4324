// The bill's split arithmetic: N equal parts add up to the total to the cent with the leftover
// cents on the first parts; selected item quantities sum exactly.
#include "splitmath.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tableside;

Q_DECLARE_METATYPE(QList<tableside::SplitMath::Share>)

class TestSplitMath : public QObject
{
    Q_OBJECT

private slots:
    void equalParts_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("parts");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("even") << qint64(3000) << 3 << QList<qint64> {1000, 1000, 1000};
        QTest::newRow("one left over") << qint64(1000) << 3 << QList<qint64> {334, 333, 333};
        QTest::newRow("two left over") << qint64(1001) << 3 << QList<qint64> {334, 334, 333};
        QTest::newRow("cents only") << qint64(5) << 4 << QList<qint64> {2, 1, 1, 1};
        QTest::newRow("fewer cents than parts") << qint64(2) << 3 << QList<qint64> {1, 1, 0};
        QTest::newRow("zero") << qint64(0) << 2 << QList<qint64> {0, 0};
        QTest::newRow("twenty parts")
            << qint64(12345) << 20
            << QList<qint64> {618, 618, 618, 618, 618, 617, 617, 617, 617, 617,
                              617, 617, 617, 617, 617, 617, 617, 617, 617, 617};
        QTest::newRow("no parts") << qint64(100) << 0 << QList<qint64> {};
        QTest::newRow("negative total") << qint64(-1) << 2 << QList<qint64> {};
    }

    void equalParts()
    {
        QFETCH(qint64, total);
        QFETCH(int, parts);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(SplitMath::equalParts(total, parts), expected);
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(SplitMath::part(total, parts, i + 1), expected.at(i));
    }

    void partOutsideRangeIsZero()
    {
        QCOMPARE(SplitMath::part(1000, 3, 0), qint64(0));
        QCOMPARE(SplitMath::part(1000, 3, 4), qint64(0));
    }

    // Property: for many totals and every N in 2..20 the parts add up exactly, differ by at
    // most a cent and never grow from the first part to the last.
    void partsAddUp()
    {
        QRandomGenerator random(15);
        for (int round = 0; round < 2000; ++round) {
            const qint64 total = random.bounded(0, 500000);
            for (int parts = 2; parts <= 20; ++parts) {
                const QList<qint64> amounts = SplitMath::equalParts(total, parts);
                QCOMPARE(amounts.size(), parts);
                qint64 sum = 0;
                for (int i = 0; i < parts; ++i) {
                    sum += amounts.at(i);
                    if (i > 0)
                        QVERIFY(amounts.at(i) <= amounts.at(i - 1));
                }
                QCOMPARE(sum, total);
                QVERIFY(amounts.first() - amounts.last() <= 1);
            }
        }
    }

    void itemsAmount_data()
    {
        QTest::addColumn<QList<SplitMath::Share>>("shares");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("none") << QList<SplitMath::Share> {} << qint64(0);
        QTest::newRow("one") << QList<SplitMath::Share> {{Money::fromEuroCents(250), 2}}
                             << qint64(500);
        QTest::newRow("mixed") << QList<SplitMath::Share> {{Money::fromEuroCents(199), 3},
                                                           {Money::fromEuroCents(1), 7},
                                                           {Money::fromEuroCents(1250), 1}}
                               << qint64(597 + 7 + 1250);
        QTest::newRow("zero quantity")
            << QList<SplitMath::Share> {{Money::fromEuroCents(999), 0}} << qint64(0);
    }

    void itemsAmount()
    {
        QFETCH(QList<SplitMath::Share>, shares);
        QFETCH(qint64, expected);
        QCOMPARE(SplitMath::itemsAmount(shares).euroCents(), expected);
    }
};

QTEST_GUILESS_MAIN(TestSplitMath)
#include "tst_splitmath.moc"
