#pragma once

#include "connectionguard.h"

#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <memory>

namespace tableside::server {

/// The TCP listener under Qt HTTP Server (bound with QAbstractHttpServer::bind): caps the
/// number of HTTP connections (server/maxConnections; a connection that became a WebSocket
/// leaves the count, realtime/maxConnections governs those), puts a ConnectionGuard on each
/// before the HTTP server reads it (Qt 6.4 has no body limit or idle timeout of its own), and
/// does TLS when configured.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(ConnectionGuard::Limits limits, int maxConnections, QObject *parent = nullptr);

    /// Serve TLS with this configuration (certificate and key set).
    void setTlsConfiguration(const QSslConfiguration &configuration);
    /// Call once after QAbstractHttpServer::bind(this): lets each guard hook in behind the
    /// HTTP server's own readyRead slot (see ConnectionGuard::hookAfterServer).
    void hookGuardsAfterHttpServer();
    /// Open HTTP connections (upgraded WebSockets not included).
    int connectionCount() const { return *m_connections; }
    /// Takes @p socket (accepted by a GuardedTcpServer) out of its server's HTTP connection
    /// count: the realtime server calls it for a connection that became a WebSocket.
    static void leaveConnectionCount(QObject *socket);

signals:
    /// A request was answered by the guard itself (413, 431, 503).
    void rejected(int status);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionGuard::Limits m_limits;
    int m_maxConnections;
    // Shared with each connection's place in the count, which may outlive this server.
    std::shared_ptr<int> m_connections = std::make_shared<int>(0);
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    QList<QPointer<ConnectionGuard>> m_unhooked;
};

} // namespace tableside::server
