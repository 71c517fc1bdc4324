#include "guardedtcpserver.h"

#include "logging.h"
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSslSocket>

namespace tableside::server {

GuardedTcpServer::GuardedTcpServer(ConnectionGuard::Limits limits, int maxConnections,
                                   QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_maxConnections(maxConnections)
{ }

void GuardedTcpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = true;
    m_tlsConfiguration = configuration;
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *tlsSocket = new QSslSocket(this);
        if (!tlsSocket->setSocketDescriptor(descriptor)) {
            delete tlsSocket;
            return;
        }
        tlsSocket->setSslConfiguration(m_tlsConfiguration);
        tlsSocket->startServerEncryption();
        socket = tlsSocket;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    if (m_connections >= m_maxConnections) {
        qCWarning(lcHttp) << "connection limit reached (" << m_maxConnections << "); refusing"
                          << socket->peerAddress().toString();
        emit rejected(503);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        ConnectionGuard::reject(socket, HttpError::Code::TooManyConnections,
                                QCoreApplication::translate("GuardedTcpServer",
                                                            "The server is at its connection "
                                                            "limit; try again shortly."));
        return;
    }
    ++m_connections;
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    // The guard connects to readyRead first, so it sees every byte before the HTTP server.
    auto *guard = new ConnectionGuard(socket, m_limits);
    connect(guard, &ConnectionGuard::rejected, this, &GuardedTcpServer::rejected);
    m_unhooked.append(guard);
    addPendingConnection(socket);
}

void GuardedTcpServer::hookGuardsAfterHttpServer()
{
    // newConnection is emitted after incomingConnection() returns, so after the HTTP server
    // (connected earlier, in bind()) has taken the socket and connected its readyRead slot.
    connect(this, &QTcpServer::newConnection, this, [this] {
        for (const QPointer<ConnectionGuard> &guard : std::exchange(m_unhooked, {}))
            if (guard)
                guard->hookAfterServer();
    });
}

} // namespace tableside::server
