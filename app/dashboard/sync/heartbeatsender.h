#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>

namespace tableside::dashboard {

class DashboardSettings;
class SoundPlayer;
class StaffApi;
class SyncEngine;

/// Tells the server, every few seconds while signed in, that this device is alive: its id and
/// name, the signed-in mode (dashboard / kitchen) and station, the last seq applied, whether its
/// sound can be heard and whether its window is visible (POST /api/devices/heartbeat). A plain
/// REST request rather than a Pusher client event: it reaches the server while the socket is
/// still being replaced, is authenticated by the Bearer token like every staff call, and needs
/// no client events switched on for the channel.
class HeartbeatSender : public QObject
{
    Q_OBJECT
public:
    HeartbeatSender(StaffApi *api, SyncEngine *sync, SoundPlayer *sounds,
                    DashboardSettings *settings, QObject *parent = nullptr);

    /// This device's id (made once per settings profile and kept there).
    QString deviceId() const { return m_deviceId; }
    /// The name managers see (settings' device/name, else the host name and profile).
    QString deviceName() const;
    void start();
    /// Stops sending; with @p signOut the server is told the device leaves on purpose.
    void stop(bool signOut = false);
    bool isRunning() const { return m_timer.isActive(); }
    int intervalMs() const { return m_timer.interval(); }
    /// Sends one heartbeat now (also after a reconnect, a mute change).
    void sendNow();
    /// What the next heartbeat says.
    QJsonObject report() const;
    /// Overrides "is the window visible" (tests; the default looks at top-level windows).
    void setVisibleProbe(std::function<bool()> probe) { m_visible = std::move(probe); }
    /// Overrides "is there an audio output" (tests; the default asks QMediaDevices).
    void setAudioProbe(std::function<bool()> probe) { m_audio = std::move(probe); }

signals:
    /// A heartbeat was answered (@p ok) — for tests and the connection line.
    void sent(bool ok);

private:
    StaffApi *m_api;
    SyncEngine *m_sync;
    SoundPlayer *m_sounds;
    DashboardSettings *m_settings;
    QString m_deviceId;
    QTimer m_timer;
    bool m_inFlight = false;
    std::function<bool()> m_visible;
    std::function<bool()> m_audio;
};

} // namespace tableside::dashboard
