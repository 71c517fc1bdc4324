#pragma once

#include "apiresult.h"

#include <QString>
#include <functional>

class QObject;

namespace tableside::dashboard {

/// The one retry and conflict rule for staff actions (waiter view and kitchen screen): a request
/// that got no answer is sent again after a doubling delay, and a 409 that answers a repeat and
/// already shows what was asked is our own earlier attempt, so it counts as success.
class RetryPolicy
{
public:
    /// Sends the request once and hands its answer to the given callback.
    using Send = std::function<void(std::function<void(const ApiResult &)>)>;
    /// The final answer, and the attempt it answered (1 = the first).
    using Done = std::function<void(const ApiResult &result, int attempt)>;

    /// Attempts per action when the network fails (first try included), and the first delay.
    void set(int attempts, int firstDelayMs);
    int attempts() const { return m_attempts; }
    /// Delay before attempt @p attempt + 1: the first delay, doubled per earlier retry.
    int delayFor(int attempt) const;

    /// Runs @p send until it gets an answer or the attempts are used up, then calls @p done.
    /// Nothing is called any more once @p context is destroyed; @p what names the action in the
    /// log ("order status change").
    void run(QObject *context, const QString &what, Send send, Done done) const;

    /// Whether @p result finishes the action successfully: a 2xx, or a 409 to a repeat
    /// (@p attempt > 1) whose current state, as the server sent it, @p reached what was asked.
    /// A 409 to a first attempt is always someone else's change.
    static bool succeeded(const ApiResult &result, int attempt, bool reached);

private:
    void attempt(QObject *context, const QString &what, Send send, Done done, int attempt) const;

    int m_attempts = 3;
    int m_firstDelayMs = 1'000;
};

} // namespace tableside::dashboard
