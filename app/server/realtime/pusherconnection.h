#pragma once

#include "frameratelimiter.h"

#include <QByteArray>
#include <QHostAddress>
#include <QPointer>
#include <QString>
#include <QVector>
#include <utility>

class QTcpSocket;
class QWebSocket;

namespace tableside::server {

/// One client's WebSocket connection: its socket id, subscriptions, presence identities, rate
/// limiters and keep-alive state. Plain data plus a send path; the protocol logic lives in
/// PusherProtocolHandler. Kept small on purpose: a server holds thousands of these.
class PusherConnection
{
public:
    PusherConnection(QWebSocket *webSocket, QTcpSocket *tcpSocket, QString socketId,
                     QHostAddress peerAddress);
    ~PusherConnection();
    PusherConnection(const PusherConnection &) = delete;
    PusherConnection &operator=(const PusherConnection &) = delete;

    const QString &socketId() const { return m_socketId; }
    const QHostAddress &peerAddress() const { return m_peerAddress; }
    QWebSocket *webSocket() const { return m_webSocket; }

    /// Sends one protocol frame (JSON text).
    void sendJson(const QByteArray &json);
    /// Sends a ready-made WebSocket frame (WebSocketFrameWriter::textFrame); returns the bytes
    /// still queued in user space for this connection (-1 if it is gone).
    qint64 sendWire(const QByteArray &wireFrame);
    /// The socket descriptor a broadcast may send() this connection's next frame on directly,
    /// or -1 when it must go through sendWire() (see WebSocketFrameWriter::directDescriptor).
    qintptr directDescriptor() const;
    /// After a direct send() took @p alreadySent bytes of @p wireFrame: queues the rest; returns
    /// the bytes still queued in user space (-1 if the connection is gone).
    qint64 finishDirectSend(const QByteArray &wireFrame, qsizetype alreadySent);
    /// pusher:error with @p code, then a WebSocket close with the same code.
    void closeWithError(int code, const QString &message);
    bool isClosing() const { return m_closing; }

    // Subscriptions; presence channels also remember which user_id this socket joined as.
    bool isSubscribed(const QString &channel) const;
    int subscriptionCount() const { return int(m_channels.size()); }
    void addSubscription(const QString &channel, const QString &presenceUserId = {});
    /// Removes the channel; returns the presence user_id it was joined as (empty if none).
    QString removeSubscription(const QString &channel);
    QString presenceUserId(const QString &channel) const;
    QVector<QString> channels() const;

    // Keep-alive: any frame from the client counts as activity.
    qint64 lastActivityMs = 0;
    qint64 pingSentMs = -1; ///< -1 = no ping outstanding
    qint64 closingSinceMs = -1; ///< when the keep-alive sweep first saw it closing

    FrameRateLimiter messageLimiter;
    FrameRateLimiter subscribeLimiter;
    FrameRateLimiter clientEventLimiter;
    /// Last time a "rate limited" error was sent, so a flood does not get one answer per frame.
    qint64 lastRateErrorMs = -1;
    /// Who /pusher/auth signed channels of this socket for: (staff id, their Bearer token), so
    /// the socket can be closed when that session ends. Usually empty or one entry.
    QVector<std::pair<qint64, QString>> staffAuthorizations;

private:
    QWebSocket *m_webSocket;
    QPointer<QTcpSocket> m_tcpSocket;
    QString m_socketId;
    QHostAddress m_peerAddress;
    // channel → presence user_id (empty for other channel types). A vector: usually 1–3 entries.
    QVector<std::pair<QString, QString>> m_channels;
    bool m_closing = false;
};

} // namespace tableside::server
