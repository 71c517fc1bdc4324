#include "httpapicontroller.h"

#include "channelname.h"
#include "channelregistry.h"
#include "connectionregistry.h"
#include "errorresponse.h"
#include "logging.h"
#include "pusherframe.h"
#include "pusherprotocolhandler.h"
#include "pusherrequestsigner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>

namespace tableside::server {

using pusher::ChannelType;
using pusher::PusherRequestSigner;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tableside::server::HttpApiController", text);
}

QHttpServerResponse badRequest(const QString &message)
{
    return ErrorResponse::from({HttpError::Code::InvalidRequest, message});
}

QString methodName(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    default:
        return QStringLiteral("OTHER");
    }
}

QStringList infoAttributes(const QString &info)
{
    QStringList attributes = info.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &attribute : attributes)
        attribute = attribute.trimmed();
    return attributes;
}

constexpr int maxChannelsPerTrigger = 100;
constexpr int maxEventsPerBatch = 10;
constexpr int maxEventNameLength = 200;
} // namespace

HttpApiController::HttpApiController(const RealtimeSettings &settings, ChannelRegistry &channels,
                                     ConnectionRegistry &connections,
                                     PusherProtocolHandler &protocol)
    : m_settings(settings)
    , m_channels(channels)
    , m_connections(connections)
    , m_protocol(protocol)
{ }

std::optional<QHttpServerResponse>
HttpApiController::checkRequest(const QString &appId, const QHttpServerRequest &request) const
{
    if (appId != m_settings.appId) {
        return ErrorResponse::from({HttpError::Code::UnknownApp, tr("Unknown app_id.")});
    }
    // The signature covers the path exactly as the client sent it.
    const QString path = request.url().path(QUrl::FullyEncoded);
    const auto verdict = PusherRequestSigner::verify(
        methodName(request), path, request.query(), request.body(), m_settings.key,
        m_settings.secret, QDateTime::currentSecsSinceEpoch());
    if (verdict != PusherRequestSigner::Verdict::Valid) {
        qCInfo(lcRealtime) << "HTTP API request refused:" << PusherRequestSigner::describe(verdict)
                           << path;
        return ErrorResponse::from(
            {HttpError::Code::Unauthorized, PusherRequestSigner::describe(verdict)});
    }
    if (request.body().size() > m_settings.maxHttpBodyBytes) {
        return ErrorResponse::from(
            {HttpError::Code::PayloadTooLarge, tr("The request body is too large.")});
    }
    return std::nullopt;
}

std::optional<HttpApiController::Event>
HttpApiController::parseEvent(const QJsonObject &object, bool batchItem,
                              std::optional<QHttpServerResponse> &error) const
{
    Event event;
    event.name = object.value(QLatin1String("name")).toString();
    if (event.name.isEmpty() || event.name.size() > maxEventNameLength) {
        error = badRequest(tr("name must be a string of 1 to 200 characters."));
        return std::nullopt;
    }
    const QJsonValue data = object.value(QLatin1String("data"));
    if (data.isString()) {
        event.data = data.toString();
    } else if (data.isObject() || data.isArray()) {
        // Some libraries send an object; the wire carries it as JSON text either way.
        event.data = QString::fromUtf8(
            data.isObject() ? QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact));
    } else {
        error = badRequest(tr("data must be a string."));
        return std::nullopt;
    }
    if (event.data.toUtf8().size() > m_settings.maxEventDataBytes) {
        error = ErrorResponse::from(
            {HttpError::Code::PayloadTooLarge,
             tr("Event data is larger than %1 bytes.").arg(m_settings.maxEventDataBytes)});
        return std::nullopt;
    }
    const QJsonValue channels = object.value(QLatin1String("channels"));
    const QJsonValue channel = object.value(QLatin1String("channel"));
    if (!batchItem && channels.isArray()) {
        for (const QJsonValue &value : channels.toArray())
            event.channels.append(value.toString());
    } else if (channel.isString()) {
        event.channels.append(channel.toString());
    }
    if (event.channels.isEmpty() || event.channels.size() > maxChannelsPerTrigger) {
        error = badRequest(tr("Give 1 to 100 channels."));
        return std::nullopt;
    }
    for (const QString &name : std::as_const(event.channels)) {
        if (!pusher::isValidChannelName(name)) {
            error = badRequest(tr("Invalid channel name: %1").arg(name));
            return std::nullopt;
        }
    }
    const QJsonValue socketId = object.value(QLatin1String("socket_id"));
    if (!socketId.isUndefined() && !socketId.isNull()) {
        event.socketId = socketId.toString();
        if (!pusher::isValidSocketId(event.socketId)) {
            error = badRequest(tr("socket_id must look like 123.456."));
            return std::nullopt;
        }
    }
    event.info = infoAttributes(object.value(QLatin1String("info")).toString());
    for (const QString &attribute : std::as_const(event.info)) {
        if (attribute != QLatin1String("user_count")
            && attribute != QLatin1String("subscription_count")) {
            error = badRequest(tr("Unknown info attribute: %1").arg(attribute));
            return std::nullopt;
        }
    }
    return event;
}

void HttpApiController::deliver(const Event &event)
{
    // socket_id excludes exactly that connection (the device that made the change).
    const PusherConnection *excluded
        = event.socketId.isEmpty() ? nullptr : m_connections.find(event.socketId);
    for (const QString &channel : event.channels) {
        m_protocol.broadcast(channel,
                             pusher::Frame::channelEvent(event.name, channel, event.data).encode(),
                             excluded);
    }
}

QJsonObject HttpApiController::channelAttributes(const QString &channel,
                                                 const QStringList &info) const
{
    QJsonObject attributes;
    for (const QString &attribute : info) {
        if (attribute == QLatin1String("subscription_count")) {
            attributes.insert(attribute, m_channels.subscriptionCount(channel));
        } else if (attribute == QLatin1String("user_count")
                   && pusher::channelTypeOf(channel) == ChannelType::Presence) {
            const PresenceMembers *members = m_channels.findPresence(channel);
            attributes.insert(attribute, members ? members->count() : 0);
        }
    }
    return attributes;
}

QHttpServerResponse HttpApiController::triggerEvent(const QString &appId,
                                                    const QHttpServerRequest &request)
{
    if (auto refused = checkRequest(appId, request))
        return std::move(*refused);
    const QJsonDocument document = QJsonDocument::fromJson(request.body());
    if (!document.isObject())
        return badRequest(tr("The body must be a JSON object."));
    std::optional<QHttpServerResponse> error;
    const std::optional<Event> event = parseEvent(document.object(), false, error);
    if (!event)
        return std::move(*error);
    deliver(*event);
    QJsonObject answer;
    if (!event->info.isEmpty()) {
        QJsonObject channels;
        for (const QString &channel : event->channels)
            channels.insert(channel, channelAttributes(channel, event->info));
        answer.insert(QStringLiteral("channels"), channels);
    }
    return QHttpServerResponse(answer);
}

QHttpServerResponse HttpApiController::triggerBatch(const QString &appId,
                                                    const QHttpServerRequest &request)
{
    if (auto refused = checkRequest(appId, request))
        return std::move(*refused);
    const QJsonDocument document = QJsonDocument::fromJson(request.body());
    const QJsonValue batch = document.object().value(QLatin1String("batch"));
    if (!batch.isArray())
        return badRequest(tr("The body must be {\"batch\":[…]}."));
    const QJsonArray items = batch.toArray();
    if (items.isEmpty() || items.size() > maxEventsPerBatch)
        return badRequest(tr("A batch holds 1 to 10 events."));
    // All or nothing: validate every event before delivering any.
    QVector<Event> events;
    for (const QJsonValue &item : items) {
        std::optional<QHttpServerResponse> error;
        std::optional<Event> event = parseEvent(item.toObject(), true, error);
        if (!event)
            return std::move(*error);
        events.append(std::move(*event));
    }
    bool anyInfo = false;
    QJsonArray infos;
    for (const Event &event : std::as_const(events)) {
        deliver(event);
        anyInfo = anyInfo || !event.info.isEmpty();
        infos.append(channelAttributes(event.channels.first(), event.info));
    }
    return QHttpServerResponse(anyInfo ? QJsonObject {{QStringLiteral("batch"), infos}}
                                       : QJsonObject());
}

QHttpServerResponse HttpApiController::listChannels(const QString &appId,
                                                    const QHttpServerRequest &request)
{
    if (auto refused = checkRequest(appId, request))
        return std::move(*refused);
    const QUrlQuery query = request.query();
    const QString prefix
        = query.queryItemValue(QStringLiteral("filter_by_prefix"), QUrl::FullyDecoded);
    const QStringList info
        = infoAttributes(query.queryItemValue(QStringLiteral("info"), QUrl::FullyDecoded));
    for (const QString &attribute : info) {
        if (attribute == QLatin1String("user_count")
            && !prefix.startsWith(QLatin1String("presence-"))) {
            return badRequest(tr("info=user_count needs filter_by_prefix=presence-."));
        }
        if (attribute != QLatin1String("user_count")
            && attribute != QLatin1String("subscription_count")) {
            return badRequest(tr("Unknown info attribute: %1").arg(attribute));
        }
    }
    QJsonObject channels;
    for (const QString &channel : m_channels.occupiedChannels(prefix))
        channels.insert(channel, channelAttributes(channel, info));
    return QHttpServerResponse(QJsonObject {{QStringLiteral("channels"), channels}});
}

QHttpServerResponse HttpApiController::channelInfo(const QString &appId, const QString &channel,
                                                   const QHttpServerRequest &request)
{
    if (auto refused = checkRequest(appId, request))
        return std::move(*refused);
    if (!pusher::isValidChannelName(channel))
        return badRequest(tr("Invalid channel name."));
    const QStringList info = infoAttributes(
        request.query().queryItemValue(QStringLiteral("info"), QUrl::FullyDecoded));
    for (const QString &attribute : info) {
        if (attribute == QLatin1String("user_count")
            && pusher::channelTypeOf(channel) != ChannelType::Presence) {
            return badRequest(tr("user_count is only available for presence channels."));
        }
        if (attribute != QLatin1String("user_count")
            && attribute != QLatin1String("subscription_count")) {
            return badRequest(tr("Unknown info attribute: %1").arg(attribute));
        }
    }
    QJsonObject answer = channelAttributes(channel, info);
    answer.insert(QStringLiteral("occupied"), m_channels.isOccupied(channel));
    return QHttpServerResponse(answer);
}

QHttpServerResponse HttpApiController::channelUsers(const QString &appId, const QString &channel,
                                                    const QHttpServerRequest &request)
{
    if (auto refused = checkRequest(appId, request))
        return std::move(*refused);
    if (pusher::channelTypeOf(channel) != ChannelType::Presence)
        return badRequest(tr("Users can only be listed for presence channels."));
    const PresenceMembers *members = m_channels.findPresence(channel);
    return QHttpServerResponse(
        QJsonObject {{QStringLiteral("users"), members ? members->usersArray() : QJsonArray()}});
}

} // namespace tableside::server
