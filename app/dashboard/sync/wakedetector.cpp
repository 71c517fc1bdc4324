#include "wakedetector.h"

#include "logging.h"

#include <QDateTime>

namespace tableside::dashboard {

WakeDetector::WakeDetector(QObject *parent, std::function<qint64()> clockMs)
    : QObject(parent)
    , m_clockMs(std::move(clockMs))
{
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &WakeDetector::check);
}

qint64 WakeDetector::defaultClockMs()
{
    // The wall clock goes on while the device sleeps; Qt's monotonic clock may not.
    return QDateTime::currentMSecsSinceEpoch();
}

void WakeDetector::start()
{
    m_lastMs = m_clockMs();
    m_timer.start();
}

void WakeDetector::stop()
{
    m_timer.stop();
}

void WakeDetector::check()
{
    const qint64 now = m_clockMs();
    const qint64 gap = now - m_lastMs;
    m_lastMs = now;
    if (gap > TickMs + SleepThresholdMs) {
        qCInfo(lcRealtime).noquote()
            << "The device was asleep for about" << gap / 1000 << "s: reconnecting now";
        emit resumed(gap);
    }
}

} // namespace tableside::dashboard
