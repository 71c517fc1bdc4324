#pragma once

#include "apiresult.h"
#include "staffsession.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <functional>

namespace tableside::dashboard {

class ActionDispatcher;
class AlertCoordinator;
class BackupStatusModel;
class CallListModel;
class CallAttention;
class ReadyOrderAlerts;
class DashboardSettings;
class DeviceAlerts;
class HeartbeatSender;
class OnShiftModel;
class OrderListModel;
class PusherClient;
class ServerTrust;
class SoundPlayer;
class StaffApi;
class SyncEngine;
class WakeDetector;

/// One signed-in dashboard: REST client, realtime client, sync engine, models, actions and
/// alerts wired together for one settings profile. The application runs one; tests run two
/// side by side in one process. Owns no widgets, so a kitchen view can reuse it as it is.
class DashboardSession : public QObject
{
    Q_OBJECT
public:
    explicit DashboardSession(DashboardSettings *settings, QObject *parent = nullptr);
    ~DashboardSession() override;

    DashboardSettings *settings() const { return m_settings; }
    StaffApi *api() const { return m_api; }
    /// The server certificate pins (trust on first use) of this profile.
    ServerTrust *trust() const { return m_trust; }
    PusherClient *pusher() const { return m_pusher; }
    SyncEngine *sync() const { return m_sync; }
    /// Notices a sleep of the device; the session then reconnects at once.
    WakeDetector *wakeDetector() const { return m_wake; }
    OrderListModel *orders() const { return m_orders; }
    CallListModel *calls() const { return m_calls; }
    /// Who is on shift (the presence channel's members).
    OnShiftModel *onShift() const { return m_onShift; }
    ActionDispatcher *actions() const { return m_actions; }
    SoundPlayer *sounds() const { return m_sounds; }
    AlertCoordinator *alerts() const { return m_alerts; }
    /// The server's last backup attempt (managers are alerted when it failed).
    BackupStatusModel *backupStatus() const { return m_backupStatus; }
    /// This device's heartbeat to the server (device health, issue 18).
    HeartbeatSender *heartbeat() const { return m_heartbeat; }
    /// Whose calls ring here (table assignment, escalation levels).
    CallAttention *attention() const { return m_attention; }
    /// Device health alerts (managers; the kitchen screen's line).
    DeviceAlerts *deviceAlerts() const { return m_deviceAlerts; }
    /// Sound and toast for ready orders on the devices they concern (issue 18).
    ReadyOrderAlerts *readyAlerts() const { return m_readyAlerts; }
    /// The signed-in member is a manager.
    bool isManager() const;

    bool hasSession() const;
    QString staffName() const;

    /// Logs in with @p pin at the configured server and keeps the token (never the PIN).
    void loginWithPin(const QString &pin, std::function<void(const ApiResult &)> done);
    /// Keeps a session obtained elsewhere (the login dialog).
    void adoptSession(const StaffSession &session, const QUrl &serverUrl);
    /// Connects: takes @p realtime (the login's "realtime" object) or fetches
    /// GET /api/staff/realtime, applies the Pusher overrides from the settings, subscribes.
    void start(const QJsonObject &realtime = {});
    void stop();
    /// Forgets the token and everything shown (switch staff / log out).
    void logout();

signals:
    /// The token is no longer accepted: the application asks for the PIN again.
    void sessionExpired();

private:
    void applySettings();
    void startRealtime(const QJsonObject &realtime);

    DashboardSettings *m_settings;
    ServerTrust *m_trust;
    StaffApi *m_api;
    OrderListModel *m_orders;
    CallListModel *m_calls;
    OnShiftModel *m_onShift;
    PusherClient *m_pusher;
    SyncEngine *m_sync;
    WakeDetector *m_wake;
    ActionDispatcher *m_actions;
    SoundPlayer *m_sounds;
    AlertCoordinator *m_alerts;
    BackupStatusModel *m_backupStatus;
    HeartbeatSender *m_heartbeat;
    CallAttention *m_attention;
    DeviceAlerts *m_deviceAlerts;
    ReadyOrderAlerts *m_readyAlerts;
    QTimer m_configRetry;
    bool m_running = false;
};

} // namespace tableside::dashboard
