#include "reconnectbackoff.h"

#include <QRandomGenerator>

namespace tableside::dashboard {

void ReconnectBackoff::set(int initialMs, int maximumMs)
{
    m_initialMs = qMax(1, initialMs);
    m_maximumMs = qMax(m_initialMs, maximumMs);
}

void ReconnectBackoff::setFastPhase(int attempts, int minimumMs, int maximumMs)
{
    m_fastAttempts = qMax(0, attempts);
    m_fastMinimumMs = qMax(0, minimumMs);
    m_fastMaximumMs = qMax(m_fastMinimumMs, maximumMs);
}

ReconnectBackoff::Range ReconnectBackoff::rangeFor(int attempt) const
{
    if (attempt < m_fastAttempts)
        return {m_fastMinimumMs, m_fastMaximumMs};
    const int step = qMin(attempt - m_fastAttempts, 16);
    const qint64 exp = qMin<qint64>(qint64(m_initialMs) << step, m_maximumMs);
    return {int(exp / 2), int(exp)};
}

int ReconnectBackoff::delayFor(int attempt, QRandomGenerator *random) const
{
    const Range range = rangeFor(attempt);
    QRandomGenerator *rng = random ? random : QRandomGenerator::global();
    return range.minimumMs + int(rng->bounded(range.maximumMs - range.minimumMs + 1));
}

} // namespace tableside::dashboard
