#pragma once

#include "realtimesettings.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponse;

namespace tableside::server {

class ChannelRegistry;
class ConnectionRegistry;
class PusherProtocolHandler;

/// The Pusher HTTP API under /apps/{app_id}/: trigger (events, batch_events) and channel
/// queries, each request checked for its app, auth_signature and timestamp, answered with real
/// HTTP statuses (401 bad signature or stale, 404 unknown app, 413 data too large, 400 invalid).
class HttpApiController
{
public:
    HttpApiController(const RealtimeSettings &settings, ChannelRegistry &channels,
                      ConnectionRegistry &connections, PusherProtocolHandler &protocol);

    QHttpServerResponse triggerEvent(const QString &appId, const QHttpServerRequest &request);
    QHttpServerResponse triggerBatch(const QString &appId, const QHttpServerRequest &request);
    QHttpServerResponse listChannels(const QString &appId, const QHttpServerRequest &request);
    QHttpServerResponse channelInfo(const QString &appId, const QString &channel,
                                    const QHttpServerRequest &request);
    QHttpServerResponse channelUsers(const QString &appId, const QString &channel,
                                     const QHttpServerRequest &request);

private:
    struct Event
    {
        QString name;
        QString data;
        QStringList channels;
        QString socketId;
        QStringList info;
    };
    /// An error response when the request must be refused before looking at its content.
    std::optional<QHttpServerResponse> checkRequest(const QString &appId,
                                                    const QHttpServerRequest &request) const;
    /// Validates one event object; on failure fills @p error with the response.
    std::optional<Event> parseEvent(const QJsonObject &object, bool batchItem,
                                    std::optional<QHttpServerResponse> &error) const;
    void deliver(const Event &event);
    QJsonObject channelAttributes(const QString &channel, const QStringList &info) const;

    const RealtimeSettings &m_settings;
    ChannelRegistry &m_channels;
    ConnectionRegistry &m_connections;
    PusherProtocolHandler &m_protocol;
};

} // namespace tableside::server
