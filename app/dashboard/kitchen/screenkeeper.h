#pragma once

#include <QObject>

namespace tableside::dashboard {

/// Keeps a wall-mounted screen awake while the kitchen display runs: on Linux it asks the
/// desktop's org.freedesktop.ScreenSaver (D-Bus) to inhibit blanking and renews the request
/// if the desktop restarts; on Windows it sets ES_DISPLAY_REQUIRED. Where neither exists
/// (bare X server, offscreen) it says so once in the log: configure the display instead
/// (docs/kitchen.md).
class ScreenKeeper : public QObject
{
    Q_OBJECT
public:
    explicit ScreenKeeper(QObject *parent = nullptr);
    ~ScreenKeeper() override;

    /// Whether a platform mechanism accepted the request.
    bool isInhibiting() const { return m_inhibiting; }

public slots:
    /// Asks (again) to keep the screen on; cheap to call periodically.
    void keepAwake();
    void release();

private:
    bool m_inhibiting = false;
    bool m_reportedUnavailable = false;
    quint32 m_cookie = 0;
};

} // namespace tableside::dashboard
