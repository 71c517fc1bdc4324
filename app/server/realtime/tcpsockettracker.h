#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>
#include <deque>
#include <utility>

class QHttpServer;
class QTcpServer;
class QTcpSocket;

namespace tableside::server {

/// Watches the TCP connections QHttpServer accepts, which Qt 6.4 gives no hook or timeout for:
/// - handshake timeout: a connection that has not completed a request (no response written, no
///   WebSocket upgrade) within the limit is aborted, so idle or slow-loris sockets cannot pile up;
/// - hands the QTcpSocket under an upgraded QWebSocket to the realtime server, which writes
///   broadcast frames to it directly (see WebSocketFrameWriter).
class TcpSocketTracker : public QObject
{
    Q_OBJECT
public:
    explicit TcpSocketTracker(int handshakeTimeoutMs, QObject *parent = nullptr);

    /// Follows the QTcpServers @p http creates (now and in later listen() calls).
    void attach(QHttpServer &http);

    /// The TCP socket that became the WebSocket with this peer; stops its handshake deadline.
    /// Null if it was not seen (then the caller falls back to QWebSocket's own send path).
    QTcpSocket *takeUpgraded(const QHostAddress &peerAddress, quint16 peerPort);

    int pendingCount() const { return int(m_pending.size()); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using PeerKey = std::pair<QString, quint16>;
    struct Pending
    {
        PeerKey peer;
        quint64 serial = 0; // tells a reused address apart from the socket a deadline is for
    };
    struct Deadline
    {
        QPointer<QTcpSocket> socket;
        QTcpSocket *raw = nullptr;
        quint64 serial = 0;
        qint64 atMs = 0;
    };

    void followServer(QTcpServer *server);
    void adoptNewSockets();
    void sweep();
    void forget(QTcpSocket *socket);

    int m_handshakeTimeoutMs;
    QElapsedTimer m_clock;
    QTimer m_sweepTimer;
    QVector<QPointer<QObject>> m_newborn; // children announced by ChildAdded, not yet sockets
    QVector<QPointer<QTcpServer>> m_servers;
    QHash<QTcpSocket *, Pending> m_pending; // accepted, no request answered or upgraded yet
    QHash<PeerKey, QTcpSocket *> m_byPeer;
    std::deque<Deadline> m_deadlines; // in deadline order
    quint64 m_nextSerial = 1;
};

} // namespace tableside::server
