#include "retrypolicy.h"

#include "logging.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace tableside::dashboard {

void RetryPolicy::set(int attempts, int firstDelayMs)
{
    m_attempts = qMax(1, attempts);
    m_firstDelayMs = firstDelayMs;
}

int RetryPolicy::delayFor(int attempt) const
{
    return m_firstDelayMs << qMin(attempt - 1, 8);
}

void RetryPolicy::run(QObject *context, const QString &what, Send send, Done done) const
{
    attempt(context, what, std::move(send), std::move(done), 1);
}

void RetryPolicy::attempt(QObject *context, const QString &what, Send send, Done done,
                          int attempt) const
{
    QPointer<QObject> guard(context);
    // The policy in force when the action started applies to all its attempts.
    const RetryPolicy policy = *this;
    send([guard, what, send, done, attempt, policy](const ApiResult &result) {
        if (!guard)
            return;
        if (result.isNetworkFailure() && attempt < policy.m_attempts) {
            // The request may or may not have reached the server; a repeat is safe because the
            // server answers a repeated change with 409 and its current state (see succeeded()).
            const int delay = policy.delayFor(attempt);
            qCInfo(lcApi).noquote() << "Retrying" << what << "in" << delay << "ms";
            QObject *context = guard.data();
            QTimer::singleShot(delay, context, [context, what, send, done, attempt, policy] {
                policy.attempt(context, what, send, done, attempt + 1);
            });
            return;
        }
        done(result, attempt);
    });
}

bool RetryPolicy::succeeded(const ApiResult &result, int attempt, bool reached)
{
    return result.isSuccess() || (result.isConflict() && attempt > 1 && reached);
}

} // namespace tableside::dashboard
