// The stored wrong-PIN counters: counting, locking at the limit, forgetting after the period,
// clearing one subject only, pruning, and what a reopened database still knows.
#include "batchfixture.h"
#include "loginattemptrepository.h"

using namespace tableside::server;
using tableside::server::testkit::BatchFixture;
using Scope = LoginCounter::Scope;

class TestLoginAttemptRepository : public QObject
{
    Q_OBJECT

private:
    static constexpr int Lockout = 900;

    LoginCounter count(BatchFixture &f, LoginAttemptRepository &repo, Scope scope,
                       const QString &subject, int max = 5)
    {
        auto outcome = f.batch.run<LoginCounter>(
            [&] { return repo.countFailure(scope, subject, max, Lockout, f.now); });
        if (!outcome.ok())
            qFatal("countFailure failed");
        return outcome.value();
    }

private slots:
    void locksAtTheLimit_data()
    {
        QTest::addColumn<int>("maxFailures");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("secondsBetween");
        QTest::addColumn<bool>("locked");
        QTest::newRow("4 of 5") << 5 << 4 << 1 << false;
        QTest::newRow("5 of 5") << 5 << 5 << 1 << true;
        QTest::newRow("1 of 1") << 1 << 1 << 0 << true;
        QTest::newRow("5 spread over more than the period") << 5 << 5 << 300 << false;
        QTest::newRow("20 of 20") << 20 << 20 << 10 << true;
    }

    void locksAtTheLimit()
    {
        QFETCH(int, maxFailures);
        QFETCH(int, failures);
        QFETCH(int, secondsBetween);
        QFETCH(bool, locked);
        BatchFixture f;
        QVERIFY(f.open());
        LoginAttemptRepository repo(f.db);
        LoginCounter last;
        for (int i = 0; i < failures; ++i) {
            last = count(f, repo, Scope::Address, QStringLiteral("10.0.0.7"), maxFailures);
            f.now = f.now.addSecs(secondsBetween);
        }
        QCOMPARE(last.isLocked(f.now), locked);
        QVERIFY(f.batch.commit());
        QCOMPARE(repo.locked(f.now).size(), locked ? 1 : 0);
        if (locked)
            QVERIFY(repo.find(Scope::Address, QStringLiteral("10.0.0.7"))->secondsLocked(f.now)
                    <= Lockout);
    }

    void subjectsAndScopesCountApart()
    {
        BatchFixture f;
        QVERIFY(f.open());
        LoginAttemptRepository repo(f.db);
        for (int i = 0; i < 5; ++i)
            count(f, repo, Scope::Account, QStringLiteral("3"));
        count(f, repo, Scope::Account, QStringLiteral("4"));
        count(f, repo, Scope::Address, QStringLiteral("3"));
        QVERIFY(repo.find(Scope::Account, QStringLiteral("3"))->isLocked(f.now));
        QCOMPARE(repo.find(Scope::Account, QStringLiteral("4"))->failures, 1);
        QCOMPARE(repo.find(Scope::Address, QStringLiteral("3"))->failures, 1);
        // Clearing one counter leaves the others.
        QVERIFY(f.batch.run<bool>([&] { return repo.clear(Scope::Account, QStringLiteral("3")); })
                    .value());
        QVERIFY(!repo.find(Scope::Account, QStringLiteral("3")));
        QCOMPARE(repo.find(Scope::Account, QStringLiteral("4"))->failures, 1);
        QVERIFY(!f.batch.run<bool>([&] { return repo.clear(Scope::Global, QStringLiteral("*")); })
                     .value());
    }

    void aLockoutRunsOutAndCountingStartsAgain()
    {
        BatchFixture f;
        QVERIFY(f.open());
        LoginAttemptRepository repo(f.db);
        for (int i = 0; i < 3; ++i)
            count(f, repo, Scope::Address, QStringLiteral("a"), 3);
        QVERIFY(repo.find(Scope::Address, QStringLiteral("a"))->isLocked(f.now));
        f.now = f.now.addSecs(Lockout + 1);
        QVERIFY(!repo.find(Scope::Address, QStringLiteral("a"))->isLocked(f.now));
        const LoginCounter after = count(f, repo, Scope::Address, QStringLiteral("a"), 3);
        QCOMPARE(after.failures, 1);
        QVERIFY(!after.lockedUntil.isValid());
    }

    void survivesReopeningAndPrunes()
    {
        BatchFixture f;
        QVERIFY(f.open());
        {
            LoginAttemptRepository repo(f.db);
            for (int i = 0; i < 5; ++i)
                count(f, repo, Scope::Account, QStringLiteral("9"));
            count(f, repo, Scope::Address, QStringLiteral("old"));
            QVERIFY(f.batch.commit());
        }
        f.db.close();
        QString error;
        QVERIFY(tableside::server::testkit::openTestDatabase(f.db, f.dir.path(), &f, &error));
        LoginAttemptRepository repo(f.db);
        QVERIFY(repo.find(Scope::Account, QStringLiteral("9"))->isLocked(f.now));
        // A day later: nothing locks or counts any more, so nothing is kept.
        f.now = f.now.addDays(1).addSecs(1);
        QVERIFY(repo.prune(f.now, f.now.addDays(-1)));
        QVERIFY(!repo.find(Scope::Account, QStringLiteral("9")));
        QVERIFY(!repo.find(Scope::Address, QStringLiteral("old")));
    }
};

QTEST_GUILESS_MAIN(TestLoginAttemptRepository)
#include "tst_loginattemptrepository.moc"
