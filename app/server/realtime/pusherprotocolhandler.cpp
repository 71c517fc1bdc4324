#include "pusherprotocolhandler.h"

#include "channelname.h"
#include "logging.h"
#include "pusherconnection.h"
#include "pushererror.h"
#include "pusherframe.h"
#include "pushersignature.h"
#include "websocketframewriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace tableside::server {

using pusher::ChannelType;
using pusher::ErrorCode;
using pusher::Frame;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tableside::server::PusherProtocolHandler", text);
}

int code(ErrorCode errorCode)
{
    return int(errorCode);
}
} // namespace

PusherProtocolHandler::PusherProtocolHandler(const RealtimeSettings &settings,
                                             ChannelRegistry &channels)
    : m_settings(settings)
    , m_channels(channels)
    , m_sender(settings.fanOutThreads > 0 ? settings.fanOutThreads
                                          : FanOutSender::automaticThreadCount())
{ }

void PusherProtocolHandler::handleMessage(PusherConnection &connection, const QByteArray &message,
                                          qint64 nowMs)
{
    if (connection.isClosing())
        return;
    // Any frame proves the peer is alive, even one we then refuse.
    connection.lastActivityMs = nowMs;
    connection.pingSentMs = -1;

    if (!connection.messageLimiter.tryAcquire(nowMs)) {
        rateLimited(connection,
                    tr("Too many messages: the limit is %1 per second.")
                        .arg(m_settings.maxMessagesPerSecond),
                    nowMs);
        return;
    }

    QString error;
    const std::optional<Frame> frame = Frame::decode(message, &error);
    if (!frame) {
        connection.sendJson(Frame::error(code(ErrorCode::GenericReconnectImmediately),
                                         tr("Invalid message: %1").arg(error))
                                .encode());
        return;
    }

    const QString &event = frame->event;
    if (event == QLatin1String("pusher:ping")) {
        connection.sendJson(Frame::pong().encode());
    } else if (event == QLatin1String("pusher:pong")) {
        // Activity already recorded above.
    } else if (event == QLatin1String("pusher:subscribe")) {
        const QJsonObject data = frame->dataObject();
        subscribe(connection, data.value(QLatin1String("channel")).toString(),
                  data.value(QLatin1String("auth")).toString(),
                  data.value(QLatin1String("channel_data")).toString(), nowMs);
    } else if (event == QLatin1String("pusher:unsubscribe")) {
        unsubscribe(connection, frame->dataObject().value(QLatin1String("channel")).toString());
    } else if (event.startsWith(QLatin1String("client-"))) {
        clientEvent(connection, event, frame->channel, frame->data, nowMs);
    } else {
        connection.sendJson(Frame::error(code(ErrorCode::GenericReconnectImmediately),
                                         tr("Unsupported event: %1").arg(event))
                                .encode());
    }
}

void PusherProtocolHandler::refuseSubscription(PusherConnection &connection, const QString &channel,
                                               const QString &type, const QString &error,
                                               int status)
{
    connection.sendJson(Frame::subscriptionError(channel, type, error, status).encode());
}

void PusherProtocolHandler::rateLimited(PusherConnection &connection, const QString &message,
                                        qint64 nowMs)
{
    if (connection.lastRateErrorMs >= 0 && nowMs - connection.lastRateErrorMs < 1000)
        return;
    connection.lastRateErrorMs = nowMs;
    connection.sendJson(Frame::error(code(ErrorCode::ClientEventRejected), message).encode());
}

void PusherProtocolHandler::subscribe(PusherConnection &connection, const QString &channel,
                                      const QString &auth, const QString &channelData, qint64 nowMs)
{
    if (!pusher::isValidChannelName(channel)) {
        refuseSubscription(connection, channel, QStringLiteral("InvalidChannel"),
                           tr("Invalid channel name."), 400);
        return;
    }
    const ChannelType type = pusher::channelTypeOf(channel);
    if (connection.isSubscribed(channel)) {
        // pusher-js re-sends subscribe after a reconnect of the same object; answer again.
        const PresenceMembers *members = m_channels.findPresence(channel);
        connection.sendJson(Frame::subscriptionSucceeded(
                                channel, members ? members->subscriptionData() : QJsonObject())
                                .encode());
        return;
    }
    if (!connection.subscribeLimiter.tryAcquire(nowMs)) {
        refuseSubscription(connection, channel, QStringLiteral("LimitReached"),
                           tr("Too many subscriptions: the limit is %1 per second.")
                               .arg(m_settings.maxSubscriptionsPerSecond),
                           429);
        return;
    }
    if (m_settings.maxChannelsPerConnection > 0
        && connection.subscriptionCount() >= m_settings.maxChannelsPerConnection) {
        refuseSubscription(connection, channel, QStringLiteral("LimitReached"),
                           tr("Too many channels: the limit is %1 per connection.")
                               .arg(m_settings.maxChannelsPerConnection),
                           403);
        return;
    }
    if (pusher::requiresAuth(type)) {
        const QString signedData = type == ChannelType::Presence ? channelData : QString();
        if (!pusher::PusherSignature::verifyChannelAuth(auth, m_settings.key, m_settings.secret,
                                                        connection.socketId(), channel,
                                                        signedData)) {
            qCInfo(lcRealtime) << "refused subscription of" << connection.socketId() << "to"
                               << channel << ": invalid signature";
            refuseSubscription(connection, channel, QStringLiteral("AuthError"),
                               tr("Invalid signature for this socket and channel."), 401);
            connection.sendJson(Frame::error(code(ErrorCode::ConnectionUnauthorized),
                                             tr("Invalid signature for channel %1.").arg(channel))
                                    .encode());
            return;
        }
    }

    if (type != ChannelType::Presence) {
        m_channels.subscribe(channel, &connection);
        connection.addSubscription(channel);
        connection.sendJson(Frame::subscriptionSucceeded(channel).encode());
        return;
    }

    // Presence: channel_data is what the signature covered; parse it only after verifying.
    const QJsonObject member = QJsonDocument::fromJson(channelData.toUtf8()).object();
    const QJsonValue idValue = member.value(QLatin1String("user_id"));
    const QString userId
        = idValue.isDouble() ? QString::number(qint64(idValue.toDouble())) : idValue.toString();
    const QJsonObject userInfo = member.value(QLatin1String("user_info")).toObject();
    if (userId.isEmpty() || userId.size() > 128) {
        refuseSubscription(connection, channel, QStringLiteral("AuthError"),
                           tr("channel_data needs a user_id of 1 to 128 characters."), 400);
        return;
    }
    if (QJsonDocument(userInfo).toJson(QJsonDocument::Compact).size()
        > m_settings.maxUserInfoBytes) {
        refuseSubscription(
            connection, channel, QStringLiteral("LimitReached"),
            tr("user_info is larger than %1 bytes.").arg(m_settings.maxUserInfoBytes), 413);
        return;
    }
    const PresenceMembers *existing = m_channels.findPresence(channel);
    if (existing && !existing->contains(userId) && m_settings.maxPresenceMembers > 0
        && existing->count() >= m_settings.maxPresenceMembers) {
        refuseSubscription(
            connection, channel, QStringLiteral("LimitReached"),
            tr("The presence channel is full (%1 members).").arg(m_settings.maxPresenceMembers),
            403);
        return;
    }
    m_channels.subscribe(channel, &connection);
    connection.addSubscription(channel, userId);
    PresenceMembers &members = m_channels.presence(channel);
    const bool firstConnection
        = members.add(userId, userInfo) == PresenceMembers::Change::FirstConnection;
    connection.sendJson(Frame::subscriptionSucceeded(channel, members.subscriptionData()).encode());
    if (firstConnection)
        broadcast(channel, Frame::memberAdded(channel, userId, userInfo).encode(), &connection);
}

void PusherProtocolHandler::unsubscribe(PusherConnection &connection, const QString &channel)
{
    if (!connection.isSubscribed(channel))
        return;
    const QString userId = connection.removeSubscription(channel);
    bool lastGone = false;
    if (!userId.isEmpty()) {
        lastGone = m_channels.presence(channel).remove(userId)
            == PresenceMembers::Change::LastConnectionGone;
    }
    m_channels.unsubscribe(channel, &connection);
    if (lastGone)
        broadcast(channel, Frame::memberRemoved(channel, userId).encode(), &connection);
}

void PusherProtocolHandler::dropConnection(PusherConnection &connection)
{
    const auto channels = connection.channels();
    for (const QString &channel : channels)
        unsubscribe(connection, channel);
}

void PusherProtocolHandler::clientEvent(PusherConnection &connection, const QString &event,
                                        const QString &channel, const QString &data, qint64 nowMs)
{
    const int rejected = code(ErrorCode::ClientEventRejected);
    if (!m_settings.clientEventsEnabled) {
        connection.sendJson(
            Frame::error(rejected, tr("Client events are not enabled on this server.")).encode());
        return;
    }
    const ChannelType type = pusher::channelTypeOf(channel);
    if (type != ChannelType::Private && type != ChannelType::Presence) {
        connection.sendJson(
            Frame::error(rejected,
                         tr("Client events are only allowed on private and presence "
                            "channels."))
                .encode());
        return;
    }
    if (!connection.isSubscribed(channel)) {
        connection.sendJson(
            Frame::error(rejected, tr("Not subscribed to channel %1.").arg(channel)).encode());
        return;
    }
    if (event.size() > 200) {
        connection.sendJson(
            Frame::error(rejected, tr("Event name longer than 200 characters.")).encode());
        return;
    }
    if (!connection.clientEventLimiter.tryAcquire(nowMs)) {
        rateLimited(connection,
                    tr("Too many client events: the limit is %1 per second.")
                        .arg(m_settings.maxClientEventsPerSecond),
                    nowMs);
        return;
    }
    const QString userId
        = type == ChannelType::Presence ? connection.presenceUserId(channel) : QString();
    broadcast(channel, Frame::channelEvent(event, channel, data, userId).encode(), &connection);
}

int PusherProtocolHandler::broadcast(const QString &channel, const QByteArray &json,
                                     const PusherConnection *except)
{
    const QVector<PusherConnection *> &subscribers = m_channels.subscribers(channel);
    if (subscribers.isEmpty())
        return 0;
    // One frame for everybody: this is where the fan-out time goes, keep the loops tight.
    const QByteArray wire = WebSocketFrameWriter::textFrame(json);
    m_directTargets.clear();
    m_directDescriptors.clear();
    int sent = 0;
    for (PusherConnection *subscriber : subscribers) {
        if (subscriber == except || subscriber->isClosing())
            continue;
        ++sent;
        const qintptr descriptor = subscriber->directDescriptor();
        if (descriptor >= 0) {
            m_directTargets.push_back(subscriber);
            m_directDescriptors.push_back(descriptor);
        } else {
            // Bytes already queued, TLS, or no raw socket: in order, through Qt, right now.
            closeIfNotReading(*subscriber, subscriber->sendWire(wire));
        }
    }
    // The event loop waits here, so no socket of the list can be closed or written meanwhile.
    m_sender.send(wire, m_directDescriptors, m_directSent);
    for (size_t i = 0; i < m_directTargets.size(); ++i) {
        if (m_directSent[i] == wire.size())
            continue;
        // Kernel buffer full (or an error, which Qt's own write then reports and closes on).
        PusherConnection *subscriber = m_directTargets[i];
        closeIfNotReading(*subscriber,
                          subscriber->finishDirectSend(wire, qMax(0, m_directSent[i])));
    }
    return sent;
}

void PusherProtocolHandler::closeIfNotReading(PusherConnection &subscriber, qint64 queuedBytes)
{
    if (m_settings.maxQueuedBytesPerConnection > 0
        && queuedBytes > m_settings.maxQueuedBytesPerConnection) {
        // closeWithError only queues the close; the registry changes later (queued signal).
        subscriber.closeWithError(code(ErrorCode::OverCapacity),
                                  tr("The client does not read its messages."));
    }
}

} // namespace tableside::server
