#include "tcpsockettracker.h"

#include "logging.h"
#include <QChildEvent>
#include <QHttpServer>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

namespace tableside::server {

TcpSocketTracker::TcpSocketTracker(int handshakeTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_handshakeTimeoutMs(handshakeTimeoutMs)
{
    m_clock.start();
    // One coarse timer for all sockets instead of one QTimer per socket (memory per connection).
    m_sweepTimer.setInterval(qBound(50, handshakeTimeoutMs / 4, 1000));
    connect(&m_sweepTimer, &QTimer::timeout, this, &TcpSocketTracker::sweep);
}

void TcpSocketTracker::attach(QHttpServer &http)
{
    http.installEventFilter(this);
    for (QTcpServer *server : http.findChildren<QTcpServer *>(Qt::FindDirectChildrenOnly))
        followServer(server);
}

bool TcpSocketTracker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ChildAdded) {
        QObject *child = static_cast<QChildEvent *>(event)->child();
        if (qobject_cast<QHttpServer *>(watched)) {
            // listen() creates the QTcpServer with the HTTP server as parent; ChildAdded comes
            // from QObject's constructor, so look at it once it is fully built.
            QPointer<QObject> guard(child);
            QMetaObject::invokeMethod(
                this,
                [this, guard] {
                    if (auto *server = qobject_cast<QTcpServer *>(guard.data()))
                        followServer(server);
                },
                Qt::QueuedConnection);
        } else {
            // QTcpServer::incomingConnection() creates each socket with the server as parent.
            m_newborn.append(QPointer<QObject>(child));
        }
    }
    return QObject::eventFilter(watched, event);
}

void TcpSocketTracker::followServer(QTcpServer *server)
{
    for (const auto &known : std::as_const(m_servers))
        if (known == server)
            return;
    m_servers.append(QPointer<QTcpServer>(server));
    server->installEventFilter(this);
    // Connected after QHttpServer's own slot, so the sockets are fully set up when we look.
    connect(server, &QTcpServer::pendingConnectionAvailable, this,
            &TcpSocketTracker::adoptNewSockets);
}

void TcpSocketTracker::adoptNewSockets()
{
    const auto newborn = std::exchange(m_newborn, {});
    for (const QPointer<QObject> &object : newborn) {
        auto *socket = qobject_cast<QTcpSocket *>(object.data());
        if (!socket || m_pending.contains(socket))
            continue;
        const PeerKey key {socket->peerAddress().toString(), socket->peerPort()};
        const quint64 serial = m_nextSerial++;
        m_pending.insert(socket, Pending {key, serial});
        m_byPeer.insert(key, socket);
        m_deadlines.push_back(Deadline {QPointer<QTcpSocket>(socket), socket, serial,
                                        m_clock.elapsed() + m_handshakeTimeoutMs});
        // A written response means a request was completed: an ordinary REST client.
        // (An upgrade disconnects all of the socket's signals, so this never fires for one.)
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { forget(socket); });
        connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    }
    if (!m_pending.isEmpty() && !m_sweepTimer.isActive())
        m_sweepTimer.start();
}

void TcpSocketTracker::forget(QTcpSocket *socket)
{
    auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return;
    m_byPeer.remove(it->peer);
    m_pending.erase(it);
    disconnect(socket, nullptr, this, nullptr);
}

QTcpSocket *TcpSocketTracker::takeUpgraded(const QHostAddress &peerAddress, quint16 peerPort)
{
    QTcpSocket *socket = m_byPeer.value(PeerKey {peerAddress.toString(), peerPort});
    if (socket)
        forget(socket);
    return socket;
}

void TcpSocketTracker::sweep()
{
    const qint64 now = m_clock.elapsed();
    while (!m_deadlines.empty() && m_deadlines.front().atMs <= now) {
        const Deadline deadline = m_deadlines.front();
        m_deadlines.pop_front();
        auto it = m_pending.find(deadline.raw);
        if (it == m_pending.end() || it->serial != deadline.serial)
            continue;
        QPointer<QTcpSocket> socket = deadline.socket;
        if (!socket) {
            // Deleted after an upgrade attempt disconnected our destroyed() hook.
            m_byPeer.remove(it->peer);
            m_pending.erase(it);
            continue;
        }
        qCInfo(lcRealtime) << "closing connection from" << socket->peerAddress().toString()
                           << "that completed no request within" << m_handshakeTimeoutMs << "ms";
        forget(socket.data());
        socket->abort();
    }
    if (m_deadlines.empty())
        m_sweepTimer.stop();
}

} // namespace tableside::server
