// RetryPolicy, the one retry and 409 rule of the waiter view and the kitchen screen: doubling
// delays, a network failure repeated until the attempts are used up, an answer (any HTTP status)
// never repeated, nothing called once the context is gone, and which 409s count as success.
#include "retrypolicy.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace tableside::dashboard;

namespace {
ApiResult answer(int httpStatus)
{
    ApiResult result;
    result.httpStatus = httpStatus;
    if (httpStatus == 0) {
        result.networkError = QNetworkReply::ConnectionRefusedError;
        result.networkErrorString = QStringLiteral("Connection refused");
    }
    return result;
}

/// A Send that answers asynchronously with the next status of @p statuses (the last repeats).
RetryPolicy::Send scripted(QList<int> statuses, int *sent)
{
    return [statuses, sent](std::function<void(const ApiResult &)> done) {
        const int status = statuses.value(*sent, statuses.last());
        ++*sent;
        QTimer::singleShot(0, [done, status] { done(answer(status)); });
    };
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void delaysDouble();
    void attemptsAreAtLeastOne();
    void networkFailureIsRepeatedThenAnswered();
    void givesUpAfterTheLastAttempt();
    void anAnswerIsNeverRepeated_data();
    void anAnswerIsNeverRepeated();
    void nothingAfterTheContextIsGone();
    void succeeded_data();
    void succeeded();
};

void TestRetryPolicy::delaysDouble()
{
    RetryPolicy policy;
    QCOMPARE(policy.attempts(), 3);
    QCOMPARE(policy.delayFor(1), 1'000); // documented: 1 s, then 2 s
    QCOMPARE(policy.delayFor(2), 2'000);
    policy.set(12, 50);
    QCOMPARE(policy.delayFor(1), 50);
    QCOMPARE(policy.delayFor(3), 200);
    QCOMPARE(policy.delayFor(9), 50 << 8);
    QCOMPARE(policy.delayFor(11), 50 << 8); // capped
}

void TestRetryPolicy::attemptsAreAtLeastOne()
{
    RetryPolicy policy;
    policy.set(0, 10);
    QCOMPARE(policy.attempts(), 1);
}

void TestRetryPolicy::networkFailureIsRepeatedThenAnswered()
{
    RetryPolicy policy;
    policy.set(3, 20);
    QObject context;
    int sent = 0;
    QList<QPair<int, int>> done; // (status, attempt)
    QElapsedTimer clock;
    clock.start();
    policy.run(&context, QStringLiteral("test"), scripted({0, 0, 200}, &sent),
               [&](const ApiResult &r, int attempt) {
                   done.append({r.httpStatus, attempt});
               });
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first(), qMakePair(200, 3));
    QCOMPARE(sent, 3);
    QVERIFY(clock.elapsed() >= 20 + 40);
    QTest::qWait(100);
    QCOMPARE(done.size(), 1);
}

void TestRetryPolicy::givesUpAfterTheLastAttempt()
{
    RetryPolicy policy;
    policy.set(2, 10);
    QObject context;
    int sent = 0;
    QList<QPair<int, int>> done;
    policy.run(&context, QStringLiteral("test"), scripted({0}, &sent),
               [&](const ApiResult &r, int attempt) {
                   done.append({r.httpStatus, attempt});
               });
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first(), qMakePair(0, 2));
    QTest::qWait(100);
    QCOMPARE(sent, 2);
}

void TestRetryPolicy::anAnswerIsNeverRepeated_data()
{
    QTest::addColumn<int>("status");
    for (int status : {200, 201, 400, 401, 403, 404, 409, 422, 503})
        QTest::addRow("%d", status) << status;
}

void TestRetryPolicy::anAnswerIsNeverRepeated()
{
    QFETCH(int, status);
    RetryPolicy policy;
    policy.set(3, 10);
    QObject context;
    int sent = 0;
    int attempts = 0;
    policy.run(&context, QStringLiteral("test"), scripted({status}, &sent),
               [&](const ApiResult &, int attempt) { attempts = attempt; });
    QTRY_COMPARE(attempts, 1);
    QTest::qWait(50);
    QCOMPARE(sent, 1);
}

void TestRetryPolicy::nothingAfterTheContextIsGone()
{
    RetryPolicy policy;
    policy.set(3, 30);
    int sent = 0;
    int done = 0;
    auto context = std::make_unique<QObject>();
    policy.run(context.get(), QStringLiteral("test"), scripted({0, 200}, &sent),
               [&](const ApiResult &, int) { ++done; });
    QTRY_COMPARE(sent, 1);
    context.reset(); // while the retry waits
    QTest::qWait(150);
    QCOMPARE(sent, 1);
    QCOMPARE(done, 0);

    // Gone while the answer is on its way: the answer is dropped.
    context = std::make_unique<QObject>();
    sent = 0;
    policy.run(context.get(), QStringLiteral("test"), scripted({200}, &sent),
               [&](const ApiResult &, int) { ++done; });
    context.reset();
    QTest::qWait(50);
    QCOMPARE(sent, 1);
    QCOMPARE(done, 0);
}

void TestRetryPolicy::succeeded_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<bool>("reached");
    QTest::addColumn<bool>("expected");
    QTest::newRow("200") << 200 << 1 << false << true;
    QTest::newRow("200 on a repeat") << 200 << 2 << false << true;
    QTest::newRow("409 first attempt, state reached") << 409 << 1 << true << false;
    QTest::newRow("409 repeat, state reached") << 409 << 2 << true << true;
    QTest::newRow("409 repeat, someone else's state") << 409 << 3 << false << false;
    QTest::newRow("403 repeat") << 403 << 2 << true << false;
    QTest::newRow("no answer") << 0 << 3 << true << false;
}

void TestRetryPolicy::succeeded()
{
    QFETCH(int, status);
    QFETCH(int, attempt);
    QFETCH(bool, reached);
    QFETCH(bool, expected);
    QCOMPARE(RetryPolicy::succeeded(answer(status), attempt, reached), expected);
}

QTEST_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
