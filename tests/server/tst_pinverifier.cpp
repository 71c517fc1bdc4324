// PBKDF2 off the event loop: matches, PIN changes, and an event loop that keeps turning while
// a slow check runs.
#include "pinhasher.h"
#include "pinverifier.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace tableside::server;

namespace {
Store::PinRecord record(qint64 id, const QString &pin)
{
    const QByteArray salt = PinHasher::newSalt();
    return {
        tableside::StaffMember {id, QStringLiteral("S%1").arg(id), tableside::StaffRole::Waiter},
        salt, PinHasher::hash(pin, salt)};
}
} // namespace

class TestPinVerifier : public QObject
{
    Q_OBJECT

private slots:
    void match_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<qint64>("expected"); // 0 = none
        QTest::newRow("first") << QStringLiteral("111111") << qint64(1);
        QTest::newRow("last") << QStringLiteral("333333") << qint64(3);
        QTest::newRow("short legacy") << QStringLiteral("4444") << qint64(4);
        QTest::newRow("none") << QStringLiteral("999999") << qint64(0);
        QTest::newRow("prefix is not a match") << QStringLiteral("11111") << qint64(0);
    }

    void match()
    {
        QFETCH(QString, pin);
        QFETCH(qint64, expected);
        const QList<Store::PinRecord> records
            = {record(1, QStringLiteral("111111")), record(2, QStringLiteral("222222")),
               record(3, QStringLiteral("333333")), record(4, QStringLiteral("4444"))};
        PinVerifier verifier;
        std::optional<std::optional<Store::PinRecord>> result;
        QThread *deliveredOn = nullptr;
        verifier.match(pin, records, [&](std::optional<Store::PinRecord> found) {
            result = found;
            deliveredOn = QThread::currentThread();
        });
        QCOMPARE(verifier.pending(), 1);
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->has_value() ? (*result)->member.id : 0, expected);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QCOMPARE(verifier.pending(), 0);
    }

    void prepareChange_data()
    {
        QTest::addColumn<QString>("oldPin");
        QTest::addColumn<QString>("newPin");
        QTest::addColumn<bool>("oldMatches");
        QTest::addColumn<bool>("inUse");
        QTest::newRow("fine") << QStringLiteral("1111") << QStringLiteral("135790") << true
                              << false;
        QTest::newRow("wrong old")
            << QStringLiteral("1112") << QStringLiteral("135790") << false << false;
        QTest::newRow("somebody's")
            << QStringLiteral("1111") << QStringLiteral("222222") << true << true;
        QTest::newRow("own again")
            << QStringLiteral("1111") << QStringLiteral("1111") << true << false;
    }

    void prepareChange()
    {
        QFETCH(QString, oldPin);
        QFETCH(QString, newPin);
        QFETCH(bool, oldMatches);
        QFETCH(bool, inUse);
        const Store::PinRecord own = record(1, QStringLiteral("1111"));
        const QList<Store::PinRecord> all = {own, record(2, QStringLiteral("222222"))};
        PinVerifier verifier;
        std::optional<PinVerifier::Change> change;
        verifier.prepareChange(oldPin, own, newPin, all,
                               [&](const PinVerifier::Change &c) { change = c; });
        QTRY_VERIFY(change.has_value());
        QCOMPARE(change->oldPinMatches, oldMatches);
        QCOMPARE(change->newPinInUse, inUse);
        QVERIFY(PinHasher::equal(PinHasher::hash(newPin, change->salt), change->hash));
    }

    void theEventLoopTurnsWhileHashing()
    {
        // 40 members: about 40 PBKDF2 runs; a 5 ms timer on this thread keeps firing meanwhile.
        QList<Store::PinRecord> records;
        for (int i = 0; i < 40; ++i)
            records.append(record(i + 1, QStringLiteral("%1").arg(100000 + i)));
        PinVerifier verifier(1);
        int ticks = 0;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start();
        bool done = false;
        QElapsedTimer elapsed;
        elapsed.start();
        verifier.match(QStringLiteral("999999"), records,
                       [&](std::optional<Store::PinRecord>) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        const qint64 ms = elapsed.elapsed();
        qInfo().noquote() << QStringLiteral("figure: 40 PIN hashes took %1 ms on the pool; the "
                                            "event loop ran %2 timer ticks of 5 ms meanwhile")
                                 .arg(ms)
                                 .arg(ticks);
        QVERIFY(ticks >= 1);
    }

    void destroyedWhileHashingDropsTheResult()
    {
        bool called = false;
        {
            PinVerifier verifier;
            verifier.match(QStringLiteral("1"), {record(1, QStringLiteral("111111"))},
                           [&](std::optional<Store::PinRecord>) { called = true; });
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestPinVerifier)
#include "tst_pinverifier.moc"
