#include "pusherclient.h"

#include "channelname.h"
#include "logging.h"
#include "pushererror.h"
#include "pusherframe.h"
#include "servertrust.h"
#include "staffapi.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QWebSocket>

#include <utility>

namespace tableside::dashboard {

using tableside::pusher::CloseAction;
using tableside::pusher::Frame;

namespace {
// No connection_established within this after opening = a half-open or wrong endpoint.
constexpr int HandshakeTimeoutMs = 10'000;
} // namespace

PusherClient::PusherClient(StaffApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    m_activityTimer.setSingleShot(true);
    m_pongTimer.setSingleShot(true);
    m_handshakeTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    m_offlineSince = QDateTime::currentDateTime();

    connect(m_socket, &QWebSocket::textMessageReceived, this, &PusherClient::onTextMessage);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        connectionLost(LossReason::Closed, m_socket->closeCode(), m_socket->closeReason());
    });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                connectionLost(LossReason::Error, 0, m_socket->errorString());
            });
    connect(&m_activityTimer, &QTimer::timeout, this, [this] {
        // Idle: ask for a sign of life. Any frame (not only the pong) proves the link works.
        sendFrame(Frame::ping().encode());
        m_pongTimer.start(m_pongTimeoutMs);
    });
    connect(&m_pongTimer, &QTimer::timeout, this, [this] {
        connectionLost(
            LossReason::DeadLink, 0,
            QStringLiteral("no frame within %1 ms after pusher:ping").arg(m_pongTimeoutMs));
    });
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        connectionLost(LossReason::HandshakeTimeout, 0,
                       QStringLiteral("no pusher:connection_established"));
    });
    connect(&m_reconnectTimer, &QTimer::timeout, this, &PusherClient::open);
}

PusherClient::~PusherClient()
{
    m_running = false;
    m_socket->disconnect(this);
    m_socket->abort();
}

void PusherClient::setTrust(ServerTrust *trust)
{
    trust->watch(m_socket);
}

void PusherClient::setKeepAlive(int idleMs, int pongTimeoutMs)
{
    m_idleMs = idleMs;
    m_pongTimeoutMs = pongTimeoutMs;
}

void PusherClient::setBackoff(int initialMs, int maximumMs)
{
    m_backoff.set(initialMs, maximumMs);
}

void PusherClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_attempt = 0;
    open();
}

void PusherClient::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_activityTimer.stop();
    m_pongTimer.stop();
    m_handshakeTimer.stop();
    ++m_linkGeneration;
    if (m_linkUp) {
        m_linkUp = false;
        m_socket->close();
    }
    forgetPresence();
    setState(ConnectionState::Offline);
}

void PusherClient::reconnectNow()
{
    if (!m_running)
        return;
    if (m_linkUp) {
        m_linkUp = false;
        ++m_linkGeneration;
        m_socket->abort();
    }
    forgetPresence();
    m_reconnectTimer.stop();
    open();
}

void PusherClient::setState(ConnectionState state)
{
    if (state == ConnectionState::Subscribed)
        m_offlineSince = QDateTime();
    else if (!m_offlineSince.isValid())
        m_offlineSince = QDateTime::currentDateTime();
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void PusherClient::open()
{
    if (!m_running)
        return;
    if (!m_config.isValid()) {
        qCWarning(lcRealtime) << "Pusher not configured (no key or host); not connecting";
        setState(ConnectionState::Refused);
        return;
    }
    m_reconnectTimer.stop();
    m_socketId.clear();
    m_pendingErrorCode = 0;
    m_linkUp = true;
    ++m_linkGeneration;
    m_activityTimer.setInterval(m_idleMs);
    setState(ConnectionState::Connecting);
    const QUrl url = m_config.webSocketUrl();
    qCInfo(lcRealtime).noquote() << "Connecting to" << url.toString(QUrl::RemoveQuery) << "attempt"
                                 << m_attempt + 1;
    // One deadline for TCP, the WebSocket upgrade and connection_established: a server that
    // accepts the connection but never answers must not leave us "connecting" forever.
    m_handshakeTimer.start(HandshakeTimeoutMs);
    m_socket->open(url);
}

void PusherClient::sendFrame(const QByteArray &frame)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void PusherClient::restartActivityTimer()
{
    m_pongTimer.stop();
    m_activityTimer.start(); // interval: set on open() and on connection_established
}

void PusherClient::onTextMessage(const QString &message)
{
    if (!m_linkUp)
        return;
    restartActivityTimer();
    QString error;
    const auto frame = Frame::decode(message.toUtf8(), &error);
    if (!frame) {
        qCWarning(lcRealtime).noquote() << "Ignoring malformed frame:" << error;
        return;
    }
    if (frame->event == QLatin1String("pusher:connection_established")) {
        onEstablished(frame->dataObject());
    } else if (frame->event == QLatin1String("pusher:ping")) {
        sendFrame(Frame::pong().encode());
    } else if (frame->event == QLatin1String("pusher:pong")) {
        // The activity timer was already restarted above.
    } else if (frame->event == QLatin1String("pusher:error")) {
        const QJsonObject data = frame->dataObject();
        m_pendingErrorCode = data.value(QStringLiteral("code")).toInt();
        qCWarning(lcRealtime).noquote() << "Pusher error" << m_pendingErrorCode
                                        << data.value(QStringLiteral("message")).toString();
        if (m_state == ConnectionState::Connecting) // an error instead of the handshake
            m_handshakeTimer.stop();
    } else if (!m_config.presenceChannel.isEmpty() && frame->channel == m_config.presenceChannel) {
        onPresenceFrame(frame->event, frame->dataObject());
    } else if (frame->event == QLatin1String("pusher_internal:subscription_succeeded")) {
        if (frame->channel != m_config.channel)
            return;
        m_attempt = 0;
        qCInfo(lcRealtime).noquote() << "Subscribed to" << frame->channel;
        setState(ConnectionState::Subscribed);
        emit subscribed();
        // Orders and calls first; who is on shift is extra and joins after.
        if (!m_config.presenceChannel.isEmpty())
            subscribe(m_config.presenceChannel);
    } else if (frame->event == QLatin1String("pusher:subscription_error")) {
        const QJsonObject data = frame->dataObject();
        const int status = data.value(QStringLiteral("status")).toInt();
        qCWarning(lcRealtime).noquote()
            << "Subscription to" << frame->channel << "refused:" << status
            << data.value(QStringLiteral("error")).toString();
        if (status == 401 || status == 403)
            emit authorizationFailed();
        connectionLost(LossReason::SubscriptionFailed, 0, QStringLiteral("subscription error"));
    } else if (!frame->event.startsWith(QLatin1String("pusher"))
               && frame->channel == m_config.channel) {
        emit channelEvent(frame->event, frame->data.toUtf8());
    }
}

void PusherClient::onEstablished(const QJsonObject &data)
{
    m_handshakeTimer.stop();
    m_socketId = data.value(QStringLiteral("socket_id")).toString();
    const int activityTimeoutMs = data.value(QStringLiteral("activity_timeout")).toInt(120) * 1000;
    // Ping after our own (shorter) idle time, never later than the server expects to hear from us.
    m_activityTimer.setInterval(
        qMin(m_idleMs, activityTimeoutMs > 0 ? activityTimeoutMs : m_idleMs));
    restartActivityTimer();
    qCInfo(lcRealtime).noquote() << "✅ Pusher connected"
                                 << "socket_id=" + m_socketId;
    setState(ConnectionState::Connected);
    subscribe(m_config.channel);
}

void PusherClient::forgetPresence()
{
    if (std::exchange(m_presenceJoined, false))
        emit presenceLost();
}

void PusherClient::onPresenceFrame(const QString &event, const QJsonObject &data)
{
    if (event == QLatin1String("pusher_internal:subscription_succeeded")) {
        const QJsonObject presence = data.value(QStringLiteral("presence")).toObject();
        m_presenceJoined = true;
        qCInfo(lcRealtime).noquote()
            << "Joined" << m_config.presenceChannel << "with"
            << presence.value(QStringLiteral("count")).toInt() << "staff on shift";
        emit presenceMembers(presence.value(QStringLiteral("hash")).toObject());
    } else if (event == QLatin1String("pusher_internal:member_added")) {
        emit presenceMemberAdded(data.value(QStringLiteral("user_id")).toString(),
                                 data.value(QStringLiteral("user_info")).toObject());
    } else if (event == QLatin1String("pusher_internal:member_removed")) {
        emit presenceMemberRemoved(data.value(QStringLiteral("user_id")).toString());
    } else if (event == QLatin1String("pusher:subscription_error")) {
        // Only the on-shift list is missing then; orders and calls go on.
        qCWarning(lcRealtime).noquote()
            << "Joining" << m_config.presenceChannel
            << "refused:" << data.value(QStringLiteral("status")).toInt()
            << data.value(QStringLiteral("error")).toString();
    }
}

void PusherClient::subscribe(const QString &channel)
{
    const bool essential = channel == m_config.channel;
    if (!tableside::pusher::requiresAuth(tableside::pusher::channelTypeOf(channel))) {
        sendFrame(Frame::subscribe(channel).encode());
        return;
    }
    if (!m_api) {
        if (essential)
            connectionLost(LossReason::SubscriptionFailed, 0, QStringLiteral("no authorizer"));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("socket_id"), m_socketId);
    form.addQueryItem(QStringLiteral("channel_name"), channel);
    const quint64 generation = m_linkGeneration;
    m_api->postForm(
        m_config.authEndpoint, form.toString(QUrl::FullyEncoded).toUtf8(),
        [this, generation, channel, essential](const ApiResult &result) {
            if (generation != m_linkGeneration || !m_linkUp)
                return; // that link is gone; the next one authorizes again
            const QString auth = result.body.value(QStringLiteral("auth")).toString();
            if (result.isSuccess() && !auth.isEmpty()) {
                sendFrame(
                    Frame::subscribe(channel, auth,
                                     result.body.value(QStringLiteral("channel_data")).toString())
                        .encode());
                return;
            }
            qCWarning(lcRealtime).noquote()
                << "Channel auth failed:" << channel << result.httpStatus << result.errorMessage();
            if (!essential)
                return; // the on-shift list only: orders and calls go on
            if (result.httpStatus == 401 || result.httpStatus == 403) {
                emit authorizationFailed();
                stop();
                return;
            }
            connectionLost(LossReason::SubscriptionFailed, 0,
                           QStringLiteral("channel auth failed"));
        });
}

void PusherClient::connectionLost(LossReason reason, int closeCode, const QString &why)
{
    if (!m_linkUp)
        return;
    m_linkUp = false;
    ++m_linkGeneration;
    m_activityTimer.stop();
    m_pongTimer.stop();
    m_handshakeTimer.stop();
    forgetPresence();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    if (closeCode == 0 || closeCode == 1006 || closeCode == 1000)
        closeCode = m_pendingErrorCode >= 4000 ? m_pendingErrorCode : closeCode;
    m_lastCloseCode = closeCode;
    const bool wasSubscribed = m_state == ConnectionState::Subscribed;
    if (wasSubscribed)
        m_offlineSince = QDateTime::currentDateTime();
    if (!m_running) {
        setState(ConnectionState::Offline);
        return;
    }

    int delayMs = backoffDelayMs();
    if (reason == LossReason::Closed || (reason == LossReason::Error && closeCode >= 4000)) {
        switch (tableside::pusher::closeActionFor(closeCode == 0 ? 1006 : closeCode)) {
        case CloseAction::Refused:
            qCWarning(lcRealtime).noquote() << "Pusher refused the connection, close code"
                                            << closeCode << why << "- not reconnecting";
            m_running = false;
            setState(ConnectionState::Refused);
            return;
        case CloseAction::SwitchToTls:
            m_config.tls = true;
            delayMs = 0;
            break;
        case CloseAction::ReconnectImmediately:
            // Immediately once; if it keeps happening the backoff takes over.
            if (m_attempt == 0)
                delayMs = 0;
            break;
        case CloseAction::ReconnectAfterBackoff:
            delayMs = qMax(delayMs, 1000);
            break;
        case CloseAction::ReconnectAfterOneSecond:
            break;
        }
    } else if (reason == LossReason::DeadLink && wasSubscribed) {
        delayMs = 0; // like pusher-js: a dead link is replaced at once
    }
    qCWarning(lcRealtime).noquote()
        << "Pusher connection lost:" << (why.isEmpty() ? QStringLiteral("closed") : why) << "code"
        << closeCode << "- reconnecting in" << delayMs << "ms";
    scheduleReconnect(delayMs);
}

int PusherClient::backoffDelayMs()
{
    // A fast phase (a restarted server is back within ~0.4 s of its return), then exponential
    // with equal jitter; every delay random, so tablets never reconnect in lock-step.
    return m_backoff.delayFor(m_attempt);
}

void PusherClient::scheduleReconnect(int delayMs)
{
    ++m_attempt;
    m_nextRetryAt = QDateTime::currentDateTime().addMSecs(delayMs);
    setState(ConnectionState::Waiting);
    emit stateChanged(ConnectionState::Waiting); // the countdown changed even if the state did not
    m_reconnectTimer.start(delayMs);
}

} // namespace tableside::dashboard
