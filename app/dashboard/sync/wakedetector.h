#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

namespace tableside::dashboard {

/// Notices that the device slept (a tablet's lid, a screen saver's suspend) by the wall clock
/// jumping ahead between two ticks of a short timer.
///
/// After a sleep the WebSocket may still look open while the server long forgot it (a "zombie"
/// link that receives nothing): the dashboard reconnects at once on resumed() instead of waiting
/// for its keep-alive to find out. A clock set forward by hand or by NTP looks the same and
/// costs only a reconnect; a clock set back is ignored.
class WakeDetector : public QObject
{
    Q_OBJECT
public:
    /// @p clockMs: wall-clock milliseconds (tests pass their own).
    explicit WakeDetector(QObject *parent = nullptr,
                          std::function<qint64()> clockMs = defaultClockMs);

    static constexpr int TickMs = 1000;
    /// A tick this much later than due is a sleep, not a busy event loop.
    static constexpr int SleepThresholdMs = 5000;

    void start();
    void stop();

    /// One tick (the timer's slot, public for tests).
    void check();

signals:
    /// The device was asleep for about @p gapMs.
    void resumed(qint64 gapMs);

private:
    static qint64 defaultClockMs();

    std::function<qint64()> m_clockMs;
    QTimer m_timer;
    qint64 m_lastMs = 0;
};

} // namespace tableside::dashboard
