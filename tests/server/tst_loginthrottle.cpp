// The login lockout's rules over a real store: what each kind of attempt is counted against,
// what it is refused by, that attempts still being hashed count, and that nothing is cleared
// by another attempt.
#include "teststore.h"
#include "loginthrottle.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tableside::server;
using Scope = LoginCounter::Scope;
using Attempt = LoginThrottle::Attempt;

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
        QTemporaryDir dir;
        std::unique_ptr<Store> store;
        std::unique_ptr<LoginThrottle> throttle;

        explicit Fixture(LoginThrottle::Limits limits = {5, 8, 900})
        {
            Store::Options options;
            options.clock = [this] { return now; };
            store = std::make_unique<Store>(options);
            if (!tableside::server::testkit::openTestStore(*store, dir.path()))
                qFatal("cannot open the store");
            throttle = std::make_unique<LoginThrottle>(*store, limits);
        }
        void fail(const Attempt &attempt, int times = 1)
        {
            for (int i = 0; i < times; ++i)
                if (!throttle->recordFailure(attempt).ok())
                    qFatal("recordFailure failed");
        }
    };

    static Attempt pinAlone(const QString &address) { return {address, false, std::nullopt}; }
    static Attempt named(const QString &address, qint64 id) { return {address, true, id}; }

private slots:
    void refusedBy_data()
    {
        QTest::addColumn<int>("pinAloneFailures"); // from 10.0.0.1
        QTest::addColumn<int>("namedFailures"); // at account 7, each from its own address
        QTest::addColumn<bool>("nextNamed"); // the attempt checked: account 7 from 10.0.0.99?
        QTest::addColumn<QString>("refusedBy"); // "" = allowed
        QTest::newRow("nothing yet") << 0 << 0 << false << QString();
        QTest::newRow("address at 4 of 5, elsewhere") << 4 << 0 << false << QString();
        QTest::newRow("account at 4 of 5") << 0 << 4 << true << QString();
        QTest::newRow("account at 5") << 0 << 5 << true << QStringLiteral("account");
        QTest::newRow("account locked, PIN alone from elsewhere") << 0 << 5 << false << QString();
        QTest::newRow("server at 8 of 8: PIN alone") << 4 << 4 << false << QStringLiteral("global");
        QTest::newRow("server at 8 of 8: named still works") << 4 << 3 << true << QString();
    }

    void refusedBy()
    {
        QFETCH(int, pinAloneFailures);
        QFETCH(int, namedFailures);
        QFETCH(bool, nextNamed);
        QFETCH(QString, refusedBy);
        Fixture f;
        f.fail(pinAlone(QStringLiteral("10.0.0.1")), pinAloneFailures);
        for (int i = 0; i < namedFailures; ++i)
            f.fail(named(QStringLiteral("10.0.1.%1").arg(i), 7));
        const Attempt next = nextNamed ? named(QStringLiteral("10.0.0.99"), 7)
                                       : pinAlone(QStringLiteral("10.0.0.99"));
        const auto refusal = f.throttle->refusal(next);
        QCOMPARE(refusal ? LoginCounter::scopeName(refusal->scope) : QString(), refusedBy);
        if (refusal) {
            QVERIFY(!refusal->busy);
            QVERIFY(refusal->retryAfterSeconds > 0 && refusal->retryAfterSeconds <= 900);
        }
        QCOMPARE(f.throttle->isAccountLocked(7), namedFailures >= 5);
    }

    void theAddressLocksAfterMaxAttempts()
    {
        Fixture f;
        const Attempt attempt = pinAlone(QStringLiteral("10.0.0.5"));
        for (int i = 0; i < 5; ++i) {
            QVERIFY(!f.throttle->refusal(attempt));
            f.fail(attempt);
        }
        const auto refusal = f.throttle->refusal(attempt);
        QVERIFY(refusal);
        QCOMPARE(refusal->scope, Scope::Address);
        QCOMPARE(refusal->retryAfterSeconds, 900);
        // The period passes: the address may try again.
        f.now = f.now.addSecs(901);
        QVERIFY(!f.throttle->refusal(attempt));
    }

    void attemptsBeingCheckedCount()
    {
        Fixture f;
        const Attempt attempt = pinAlone(QStringLiteral("10.0.0.6"));
        f.fail(attempt, 2);
        f.throttle->begin(attempt);
        f.throttle->begin(attempt);
        QVERIFY(!f.throttle->refusal(attempt)); // 2 failed + 2 checking < 5
        f.throttle->begin(attempt);
        const auto busy = f.throttle->refusal(attempt);
        QVERIFY(busy && busy->busy);
        QCOMPARE(busy->retryAfterSeconds, 1);
        for (int i = 0; i < 3; ++i)
            f.throttle->end(attempt);
        QVERIFY(!f.throttle->refusal(attempt));
    }

    void countsSurviveARestart()
    {
        Fixture f;
        f.fail(named(QStringLiteral("10.0.0.8"), 3), 5);
        QVERIFY(f.store->flush());
        f.throttle.reset();
        f.store.reset();
        Store::Options options;
        options.clock = [&f] { return f.now; };
        Store store(options);
        QVERIFY(tableside::server::testkit::openTestStore(store, f.dir.path()));
        LoginThrottle throttle(store, {5, 8, 900});
        QVERIFY(throttle.refusal(named(QStringLiteral("10.0.0.9"), 3)));
        QVERIFY(throttle.refusal(pinAlone(QStringLiteral("10.0.0.8"))));
        QVERIFY(!throttle.refusal(pinAlone(QStringLiteral("10.0.0.10"))));
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
