#pragma once

#include "pusherconfig.h"
#include "reconnectbackoff.h"

#include <QAbstractSocket>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QWebSocket;

namespace tableside::dashboard {

class ServerTrust;
class StaffApi;

/// Where the realtime link is.
enum class ConnectionState {
    Offline, ///< not started, or stopped
    Connecting, ///< opening the WebSocket / waiting for connection_established
    Connected, ///< connection established, subscribing (auth, subscribe)
    Subscribed, ///< subscription_succeeded: events flow
    Waiting, ///< lost; a reconnect is scheduled at nextRetryAt()
    Refused, ///< the server refused us for good (close 4001–4099, 4300–4399): no retry
};

/// A Pusher Channels protocol 7 client over QWebSocket for one channel: connects, authorizes
/// private channels through the auth endpoint, subscribes, keeps the link alive with
/// pusher:ping and detects a dead link, and reconnects with exponential backoff and jitter,
/// following the close code's action (closeActionFor). When the config names a presence channel
/// it also joins that one on the same socket and reports its members (who is on shift).
class PusherClient : public QObject
{
    Q_OBJECT
public:
    /// @p api signs channel auth requests with the staff token; may be null for public channels.
    explicit PusherClient(StaffApi *api, QObject *parent = nullptr);
    ~PusherClient() override;

    void setConfig(const PusherConfig &config) { m_config = config; }
    /// Pins the server's certificate on first use and refuses a changed one (wss).
    void setTrust(ServerTrust *trust);
    const PusherConfig &config() const { return m_config; }

    /// Idle time before we send pusher:ping, and how long we then wait for any frame. The
    /// defaults (10 s + 4 s) detect a dead link within 15 s; tests shorten them.
    void setKeepAlive(int idleMs, int pongTimeoutMs);
    /// First reconnect delay and the cap; each failure doubles the delay, with jitter.
    void setBackoff(int initialMs, int maximumMs);
    /// The fast attempts before that (see ReconnectBackoff; default 10 × 100–400 ms).
    ReconnectBackoff &backoff() { return m_backoff; }
    /// The longest a dead link can go unnoticed: idle time plus pong timeout.
    int deadLinkDetectionMs() const { return m_idleMs + m_pongTimeoutMs; }

    ConnectionState state() const { return m_state; }
    /// When the next reconnect attempt is due (state Waiting).
    QDateTime nextRetryAt() const { return m_nextRetryAt; }
    /// Since when the channel has not been subscribed (invalid while Subscribed).
    QDateTime offlineSince() const { return m_offlineSince; }
    QString socketId() const { return m_socketId; }
    int reconnectAttempts() const { return m_attempt; }
    int lastCloseCode() const { return m_lastCloseCode; }

public slots:
    void start();
    void stop();
    /// Drops the link now and reconnects at once (e.g. after a network change).
    void reconnectNow();

signals:
    void stateChanged(tableside::dashboard::ConnectionState state);
    /// The channel is subscribed (first time or again after a reconnect): time to catch up.
    void subscribed();
    /// A channel event (name, payload JSON text) on the subscribed channel.
    void channelEvent(const QString &event, const QByteArray &dataJson);
    /// The auth endpoint or the server refused the channel with 401/403 (token expired).
    void authorizationFailed();
    /// Joined the presence channel: @p members is its hash, user_id → user_info.
    void presenceMembers(const QJsonObject &members);
    void presenceMemberAdded(const QString &userId, const QJsonObject &userInfo);
    void presenceMemberRemoved(const QString &userId);
    /// The link is gone: who is present is unknown until presenceMembers() again.
    void presenceLost();

private:
    enum class LossReason { Closed, Error, DeadLink, HandshakeTimeout, SubscriptionFailed };
    void setState(ConnectionState state);
    void open();
    void onTextMessage(const QString &message);
    void onEstablished(const QJsonObject &data);
    void subscribe(const QString &channel);
    void onPresenceFrame(const QString &event, const QJsonObject &data);
    /// The link is gone: presenceLost() once, if the presence channel had been joined.
    void forgetPresence();
    void sendFrame(const QByteArray &frame);
    void connectionLost(LossReason reason, int closeCode, const QString &why);
    void scheduleReconnect(int delayMs);
    void restartActivityTimer();
    int backoffDelayMs();

    StaffApi *m_api;
    QWebSocket *m_socket;
    PusherConfig m_config;
    ConnectionState m_state = ConnectionState::Offline;
    bool m_running = false;
    bool m_linkUp = false; ///< an open() is in flight or the socket is open
    bool m_presenceJoined = false;
    QString m_socketId;
    int m_attempt = 0;
    int m_lastCloseCode = 0;
    int m_pendingErrorCode = 0; ///< code of a pusher:error that preceded the close
    int m_idleMs = 10'000;
    int m_pongTimeoutMs = 4'000;
    ReconnectBackoff m_backoff;
    quint64 m_linkGeneration = 0; ///< ignores auth answers for a link that is gone
    QTimer m_activityTimer;
    QTimer m_pongTimer;
    QTimer m_handshakeTimer;
    QTimer m_reconnectTimer;
    QDateTime m_nextRetryAt;
    QDateTime m_offlineSince;
};

} // namespace tableside::dashboard
