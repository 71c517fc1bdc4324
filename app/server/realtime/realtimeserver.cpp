#include "realtimeserver.h"

#include "channelauthendpoint.h"
#include "channelregistry.h"
#include "connectionregistry.h"
#include "guardedtcpserver.h"
#include "heaptrimmer.h"
#include "httpapicontroller.h"
#include "httperror.h"
#include "logging.h"
#include "pusherconnection.h"
#include "pushererror.h"
#include "pusherframe.h"
#include "pusherprotocolhandler.h"
#include "socketidgenerator.h"
#include "tcpsockettracker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

namespace tableside::server {

using pusher::ErrorCode;
using pusher::Frame;

namespace {

// A refused socket still gets pusher:error and the close code, so pusher-js knows not to retry;
// if the peer never completes the close handshake it is aborted.
void refuse(QWebSocket *socket, ErrorCode code, const QString &message)
{
    qCInfo(lcRealtime) << "refusing WebSocket from" << socket->peerAddress().toString() << ":"
                       << int(code) << message;
    socket->sendTextMessage(QString::fromUtf8(Frame::error(int(code), message).encode()));
    socket->close(QWebSocketProtocol::CloseCode(int(code)), message);
    QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(5000, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}
} // namespace

class RealtimeServer::Private
{
public:
    Private(RealtimeServer *owner, RealtimeSettings settingsIn, StaffAuthenticator authenticator)
        : q(owner)
        , settings(std::move(settingsIn))
        , authenticator(authenticator)
        , connections(settings.maxConnections, settings.maxConnectionsPerAddress)
        , protocol(settings, channels)
        , auth(
              settings, std::move(authenticator),
              [this](const QString &socketId) {
                  const PusherConnection *connection = connections.find(socketId);
                  return connection && !connection->isClosing();
              },
              [this](const QString &socketId, qint64 staffId, const QString &token) {
                  // Remembered so the socket can be closed when that staff session ends.
                  if (PusherConnection *connection = connections.find(socketId)) {
                      const std::pair<qint64, QString> entry {staffId, token};
                      if (!connection->staffAuthorizations.contains(entry))
                          connection->staffAuthorizations.append(entry);
                  }
              })
        , api(settings, channels, connections, protocol)
        , tracker(settings.handshakeTimeoutSeconds * 1000)
    {
        clock.start();
        const int shortest = qMin(settings.activityTimeoutSeconds, settings.pongTimeoutSeconds);
        keepAlive.setInterval(qBound(100, shortest * 1000 / 4, 1000));
        QObject::connect(&keepAlive, &QTimer::timeout, q, [this] { sweepKeepAlive(); });
    }

    void acceptPending();
    void accept(QWebSocket *socket);
    void removeConnection(PusherConnection *connection);
    void sweepKeepAlive();

    RealtimeServer *q;
    RealtimeSettings settings;
    StaffAuthenticator authenticator;
    QElapsedTimer clock;
    ConnectionRegistry connections;
    ChannelRegistry channels;
    PusherProtocolHandler protocol;
    ChannelAuthEndpoint auth;
    HttpApiController api;
    TcpSocketTracker tracker;
    HeapTrimmer heapTrimmer;
    QTimer keepAlive;
    QHttpServer *http = nullptr;
    qint64 lastSeq = 0;
};

void RealtimeServer::Private::acceptPending()
{
    while (http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = http->nextPendingWebSocketConnection();
        if (socket)
            accept(socket.release());
    }
}

void RealtimeServer::Private::accept(QWebSocket *socket)
{
    QTcpSocket *tcp = tracker.takeUpgraded(socket->peerAddress(), socket->peerPort());
    // From now on realtime/maxConnections counts it, not server/maxConnections (HTTP).
    GuardedTcpServer::leaveConnectionCount(tcp);
    // QWebSocket would accept 2 GiB messages: cap frames and messages before they are buffered.
    socket->setMaxAllowedIncomingFrameSize(quint64(settings.maxMessageBytes));
    socket->setMaxAllowedIncomingMessageSize(quint64(settings.maxMessageBytes));

    const QUrl url = socket->requestUrl();
    const QString key = url.path().section(QLatin1Char('/'), -1);
    if (key != settings.key) {
        refuse(socket, ErrorCode::ApplicationDoesNotExist,
               tr("App key %1 does not exist.").arg(key));
        return;
    }
    const QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("protocol"))) {
        refuse(socket, ErrorCode::NoProtocolVersionSupplied, tr("No protocol version supplied."));
        return;
    }
    bool isNumber = false;
    const int protocolVersion = query.queryItemValue(QStringLiteral("protocol")).toInt(&isNumber);
    if (!isNumber) {
        refuse(socket, ErrorCode::InvalidVersionStringFormat, tr("Invalid version string format."));
        return;
    }
    // 5, 6 and 7 are the same on the wire for everything this server does.
    if (protocolVersion < 5 || protocolVersion > 7) {
        refuse(socket, ErrorCode::UnsupportedProtocolVersion,
               tr("Unsupported protocol version %1.").arg(protocolVersion));
        return;
    }
    switch (connections.admit(socket->peerAddress())) {
    case ConnectionRegistry::Admission::OverTotalCap:
        refuse(
            socket, ErrorCode::OverCapacity,
            tr("Over capacity: the server accepts %1 connections.").arg(settings.maxConnections));
        return;
    case ConnectionRegistry::Admission::OverAddressCap:
        refuse(socket, ErrorCode::OverCapacity,
               tr("Over capacity: %1 connections from one address.")
                   .arg(settings.maxConnectionsPerAddress));
        return;
    case ConnectionRegistry::Admission::Accepted:
        break;
    }

    QString socketId = SocketIdGenerator::next();
    while (connections.find(socketId))
        socketId = SocketIdGenerator::next();
    auto owned = std::make_unique<PusherConnection>(socket, tcp, socketId, socket->peerAddress());
    PusherConnection *connection = owned.get();
    const qint64 now = clock.elapsed();
    connection->lastActivityMs = now;
    connection->messageLimiter = FrameRateLimiter(settings.maxMessagesPerSecond);
    connection->subscribeLimiter = FrameRateLimiter(settings.maxSubscriptionsPerSecond);
    connection->clientEventLimiter = FrameRateLimiter(settings.maxClientEventsPerSecond);
    connections.add(std::move(owned));

    QObject::connect(socket, &QWebSocket::textMessageReceived, q,
                     [this, connection](const QString &message) {
                         protocol.handleMessage(*connection, message.toUtf8(), clock.elapsed());
                     });
    QObject::connect(socket, &QWebSocket::binaryMessageReceived, q, [connection] {
        connection->sendJson(Frame::error(int(ErrorCode::GenericReconnectImmediately),
                                          tr("Binary messages are not supported."))
                                 .encode());
    });
    // A WebSocket-level pong (answer to a client's or proxy's ping) is activity too.
    QObject::connect(socket, &QWebSocket::pong, q, [this, connection] {
        connection->lastActivityMs = clock.elapsed();
        connection->pingSentMs = -1;
    });
    // Queued: a close during a broadcast loop must not change the registries under it.
    QObject::connect(
        socket, &QWebSocket::disconnected, q, [this, connection] { removeConnection(connection); },
        Qt::QueuedConnection);

    connection->sendJson(
        Frame::connectionEstablished(socketId, settings.activityTimeoutSeconds).encode());
    if (!keepAlive.isActive())
        keepAlive.start();
    heapTrimmer.noteActivity();
    qCDebug(lcRealtime) << "connected" << socketId << "from" << socket->peerAddress().toString()
                        << (tcp ? "(direct writes)" : "(QWebSocket writes)");
}

void RealtimeServer::Private::removeConnection(PusherConnection *connection)
{
    std::unique_ptr<PusherConnection> owned = connections.take(connection);
    if (!owned)
        return;
    protocol.dropConnection(*owned);
    QWebSocket *socket = owned->webSocket();
    QObject::disconnect(socket, nullptr, q, nullptr);
    socket->deleteLater();
    qCDebug(lcRealtime) << "disconnected" << owned->socketId();
    heapTrimmer.noteActivity();
    if (connections.count() == 0)
        keepAlive.stop();
}

void RealtimeServer::Private::sweepKeepAlive()
{
    const qint64 now = clock.elapsed();
    const qint64 activityMs = qint64(settings.activityTimeoutSeconds) * 1000;
    const qint64 pongMs = qint64(settings.pongTimeoutSeconds) * 1000;
    connections.forEach([&](PusherConnection *connection) {
        if (connection->isClosing()) {
            // The peer never finished the close handshake (it is gone): drop the socket.
            if (connection->closingSinceMs < 0)
                connection->closingSinceMs = now;
            else if (now - connection->closingSinceMs > qMax<qint64>(pongMs, 2000))
                connection->webSocket()->abort();
            return;
        }
        if (connection->pingSentMs >= 0) {
            if (now - connection->pingSentMs >= pongMs) {
                qCInfo(lcRealtime) << "no pong from" << connection->socketId() << "- closing";
                connection->closeWithError(int(ErrorCode::PongNotReceived),
                                           tr("Pong reply not received."));
            }
        } else if (now - connection->lastActivityMs >= activityMs) {
            connection->sendJson(Frame::ping().encode());
            connection->pingSentMs = now;
        }
    });
}

RealtimeServer::RealtimeServer(RealtimeSettings settings, StaffAuthenticator authenticator,
                               QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(settings), std::move(authenticator)))
{ }

RealtimeServer::~RealtimeServer()
{
    // Connections own their QWebSockets; close them cleanly while the event loop may still run.
    d->connections.forEach([](PusherConnection *connection) {
        QObject::disconnect(connection->webSocket(), nullptr, nullptr, nullptr);
        connection->webSocket()->abort();
        connection->webSocket()->deleteLater();
    });
}

void RealtimeServer::attach(QHttpServer &http)
{
    d->http = &http;
    d->tracker.attach(http);
    // Qt 6.4 hands an upgrade to the WebSocket side only if a route matches the path and
    // writes nothing; plain HTTP requests to the same path get 426.
    http.route(
        QStringLiteral("/app/<arg>"),
        [](const QString &, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
                return;
            const HttpError error(HttpError::Code::UpgradeRequired,
                                  QStringLiteral("WebSocket only."));
            responder.write(error.body(), "application/json",
                            static_cast<QHttpServerResponder::StatusCode>(error.status));
        });
    connect(&http, &QHttpServer::newWebSocketConnection, this, [this] { d->acceptPending(); });

    using Method = QHttpServerRequest::Method;
    http.route(QStringLiteral("/pusher/auth"), Method::Post,
               [this](const QHttpServerRequest &request) { return d->auth.handle(request); });
    http.route(QStringLiteral("/apps/<arg>/events"), Method::Post,
               [this](const QString &appId, const QHttpServerRequest &request) {
                   return d->api.triggerEvent(appId, request);
               });
    http.route(QStringLiteral("/apps/<arg>/batch_events"), Method::Post,
               [this](const QString &appId, const QHttpServerRequest &request) {
                   return d->api.triggerBatch(appId, request);
               });
    http.route(QStringLiteral("/apps/<arg>/channels"), Method::Get,
               [this](const QString &appId, const QHttpServerRequest &request) {
                   return d->api.listChannels(appId, request);
               });
    http.route(
        QStringLiteral("/apps/<arg>/channels/<arg>"), Method::Get,
        [this](const QString &appId, const QString &channel, const QHttpServerRequest &request) {
            return d->api.channelInfo(appId, channel, request);
        });
    http.route(
        QStringLiteral("/apps/<arg>/channels/<arg>/users"), Method::Get,
        [this](const QString &appId, const QString &channel, const QHttpServerRequest &request) {
            return d->api.channelUsers(appId, channel, request);
        });
}

const RealtimeSettings &RealtimeServer::settings() const
{
    return d->settings;
}

int RealtimeServer::connectionCount() const
{
    return d->connections.count();
}

int RealtimeServer::subscriptionCount(const QString &channel) const
{
    return d->channels.subscriptionCount(channel);
}

qint64 RealtimeServer::lastPublishedSeq() const
{
    return d->lastSeq;
}

int RealtimeServer::endStaffSessions(qint64 staffId)
{
    QList<PusherConnection *> ended;
    d->connections.forEach([&](PusherConnection *connection) {
        if (connection->isClosing())
            return;
        for (const auto &[id, token] : std::as_const(connection->staffAuthorizations)) {
            if (id != staffId)
                continue;
            const std::optional<StaffMember> still
                = d->authenticator ? d->authenticator(token) : std::nullopt;
            if (!still || still->id != staffId) {
                ended.append(connection);
                return;
            }
        }
    });
    // closeWithError only queues the close; the registry changes later (queued signal).
    for (PusherConnection *connection : std::as_const(ended)) {
        qCInfo(lcRealtime) << "closing" << connection->socketId() << ": staff member" << staffId
                           << "no longer has that session";
        connection->closeWithError(int(ErrorCode::ConnectionUnauthorized),
                                   tr("Your staff session has ended."));
    }
    return int(ended.size());
}

void RealtimeServer::publishStaffEvent(const tableside::StaffEvent &event)
{
    if (event.seq() <= d->lastSeq) {
        // The store commits in seq order; a lower seq would reorder the channel for clients.
        qCWarning(lcRealtime) << "not broadcasting" << event.name() << "seq" << event.seq()
                              << "after seq" << d->lastSeq;
        return;
    }
    d->lastSeq = event.seq();
    const QString &channel = d->settings.staffChannel;
    // Nobody listening (no dashboard open): skip encoding; devices catch up from the event log.
    if (subscriptionCount(channel) == 0)
        return;
    const int sent = d->protocol.broadcast(
        channel,
        Frame::channelEvent(event.name(), channel, QString::fromUtf8(event.dataJson())).encode());
    qCDebug(lcRealtime) << "broadcast" << event.name() << "seq" << event.seq() << "to" << sent
                        << "sockets";
}

} // namespace tableside::server
