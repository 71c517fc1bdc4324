#pragma once

#include "connectionguard.h"

#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>

namespace tableside::server {

/// The TCP listener under Qt HTTP Server (bound with QAbstractHttpServer::bind): caps the
/// number of connections, puts a ConnectionGuard on each before the HTTP server reads it
/// (Qt 6.4 has no body limit or idle timeout of its own), and does TLS when configured.
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
    int connectionCount() const { return m_connections; }

signals:
    /// A request was answered by the guard itself (413, 431, 503).
    void rejected(int status);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionGuard::Limits m_limits;
    int m_maxConnections;
    int m_connections = 0;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    QList<QPointer<ConnectionGuard>> m_unhooked;
};

} // namespace tableside::server
