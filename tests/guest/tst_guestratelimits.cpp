#include "guestratelimits.h"

#include <QTest>

using tableside::server::GuestRateLimits;
using Scope = GuestRateLimits::Scope;

/// GuestRateLimits: per-client and per-table buckets per scope, with a Retry-After to show.
class TestGuestRateLimits : public QObject
{
    Q_OBJECT

private slots:
    void burstThenRefusedWithRetryAfter();
    void refillsOverTime();
    void keysScopesAndTablesAreIndependent();
    void zeroMeansUnlimited();
    void defaultsLetThePagePollComfortably();

private:
    qint64 m_nowMs = 1'000'000;
};

void TestGuestRateLimits::burstThenRefusedWithRetryAfter()
{
    GuestRateLimits limits([this] { return m_nowMs; });
    limits.setClientLimit(Scope::TableLink, {6, 3}); // one token every 10 s
    for (int i = 0; i < 3; ++i)
        QCOMPARE(limits.admitClient(Scope::TableLink, QStringLiteral("10.0.0.2")), std::nullopt);
    const std::optional<int> wait
        = limits.admitClient(Scope::TableLink, QStringLiteral("10.0.0.2"));
    QVERIFY(wait);
    QCOMPARE(*wait, 10);
}

void TestGuestRateLimits::refillsOverTime()
{
    GuestRateLimits limits([this] { return m_nowMs; });
    limits.setTableLimit(Scope::CallStatus, {60, 2}); // one a second
    QCOMPARE(limits.admitTable(Scope::CallStatus, 5), std::nullopt);
    QCOMPARE(limits.admitTable(Scope::CallStatus, 5), std::nullopt);
    QVERIFY(limits.admitTable(Scope::CallStatus, 5));
    m_nowMs += 999;
    QVERIFY(limits.admitTable(Scope::CallStatus, 5));
    m_nowMs += 1;
    QCOMPARE(limits.admitTable(Scope::CallStatus, 5), std::nullopt);
    QVERIFY(limits.admitTable(Scope::CallStatus, 5));
    m_nowMs += 60'000; // refills to the burst, not beyond
    QCOMPARE(limits.admitTable(Scope::CallStatus, 5), std::nullopt);
    QCOMPARE(limits.admitTable(Scope::CallStatus, 5), std::nullopt);
    QVERIFY(limits.admitTable(Scope::CallStatus, 5));
}

void TestGuestRateLimits::keysScopesAndTablesAreIndependent()
{
    GuestRateLimits limits([this] { return m_nowMs; });
    for (Scope scope : {Scope::Page, Scope::TableLink, Scope::CallStatus}) {
        limits.setClientLimit(scope, {1, 1});
        limits.setTableLimit(scope, {1, 1});
    }
    QCOMPARE(limits.admitClient(Scope::Page, QStringLiteral("a")), std::nullopt);
    QVERIFY(limits.admitClient(Scope::Page, QStringLiteral("a")));
    QCOMPARE(limits.admitClient(Scope::Page, QStringLiteral("b")), std::nullopt);
    QCOMPARE(limits.admitClient(Scope::TableLink, QStringLiteral("a")), std::nullopt);
    QCOMPARE(limits.admitClient(Scope::CallStatus, QStringLiteral("a")), std::nullopt);
    QCOMPARE(limits.admitTable(Scope::Page, 1), std::nullopt);
    QVERIFY(limits.admitTable(Scope::Page, 1));
    QCOMPARE(limits.admitTable(Scope::Page, 2), std::nullopt);
    QCOMPARE(limits.admitTable(Scope::TableLink, 1), std::nullopt);
}

void TestGuestRateLimits::zeroMeansUnlimited()
{
    GuestRateLimits limits([this] { return m_nowMs; });
    limits.setClientLimit(Scope::Page, {0, 0});
    for (int i = 0; i < 10'000; ++i)
        QCOMPARE(limits.admitClient(Scope::Page, QStringLiteral("a")), std::nullopt);
}

void TestGuestRateLimits::defaultsLetThePagePollComfortably()
{
    // The page polls a call's status every 3 s; an hour of that from one phone passes.
    GuestRateLimits limits([this] { return m_nowMs; });
    for (int i = 0; i < 1200; ++i) {
        QCOMPARE(limits.admitClient(Scope::CallStatus, QStringLiteral("phone")), std::nullopt);
        QCOMPARE(limits.admitTable(Scope::CallStatus, 3), std::nullopt);
        m_nowMs += 3000;
    }
}

QTEST_GUILESS_MAIN(TestGuestRateLimits)
#include "tst_guestratelimits.moc"
