#pragma once

#include <QtGlobal>

class QRandomGenerator;

namespace tableside::dashboard {

/// How long the realtime client waits before its next reconnect attempt. First a fast phase:
/// a few attempts a few hundred milliseconds apart, each with its own random delay, so a
/// restarted server is noticed within ~0.4 s of its return while 50 tablets still arrive
/// spread over that window (a refused connection costs a stopped server nothing). Then
/// exponential backoff with "equal jitter" (half fixed, half random) up to a cap.
class ReconnectBackoff
{
public:
    struct Range
    {
        int minimumMs = 0;
        int maximumMs = 0;
    };

    /// The exponential phase: the first delay and the cap.
    void set(int initialMs, int maximumMs);
    /// The fast phase: @p attempts attempts (0 = none) with a delay drawn from
    /// [@p minimumMs, @p maximumMs].
    void setFastPhase(int attempts, int minimumMs, int maximumMs);
    int fastAttempts() const { return m_fastAttempts; }

    /// The delays attempt @p attempt (0 = the first after a loss) may wait.
    Range rangeFor(int attempt) const;
    /// A delay for @p attempt, drawn uniformly from rangeFor().
    int delayFor(int attempt, QRandomGenerator *random = nullptr) const;

private:
    int m_initialMs = 1'000;
    int m_maximumMs = 30'000;
    int m_fastAttempts = 10;
    int m_fastMinimumMs = 100;
    int m_fastMaximumMs = 400;
};

} // namespace tableside::dashboard
