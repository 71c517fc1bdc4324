#include "guardedtcpserver.h"

#include "logging.h"
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSslSocket>

namespace tableside::server {

namespace {

const QString CountedName = QStringLiteral("tableside-http-connection");

/// One connection's place in the HTTP connection count, held while it lives: a child of the
/// socket, so it goes with the socket. (A connection to the socket's destroyed signal would not
/// do: Qt's WebSocket upgrade disconnects every signal of the socket, destroyed included.)
class CountedConnection : public QObject
{
public:
    CountedConnection(QObject *socket, std::shared_ptr<int> count)
        : QObject(socket)
        , m_count(std::move(count))
    {
        setObjectName(CountedName);
        ++*m_count;
    }
    ~CountedConnection() override { --*m_count; }

private:
    std::shared_ptr<int> m_count;
};

} // namespace

void GuardedTcpServer::leaveConnectionCount(QObject *socket)
{
    if (socket)
        delete socket->findChild<QObject *>(CountedName, Qt::FindDirectChildrenOnly);
}

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
    if (*m_connections >= m_maxConnections) {
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
    new CountedConnection(socket, m_connections);
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
