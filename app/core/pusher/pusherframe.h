#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace tableside::pusher {

/// One Pusher Channels protocol 7 message: {"event","channel"?,"data","user_id"?}.
///
/// On the wire a server sends `data` as a JSON-encoded *string*; clients (pusher-js) send it as
/// an object. decode() accepts both and keeps the payload as JSON text in data; encode() always
/// writes the string form.
struct Frame
{
    QString event;
    QString channel; ///< empty = none
    QString data; ///< payload as JSON text ("{}" when absent); plain strings stay as they are
    QString userId; ///< presence client events only

    /// Compact JSON; `data` as a JSON string.
    QByteArray encode() const;
    /// Refuses non-JSON, non-objects, a missing or non-string "event", a non-string channel,
    /// with a message in @p error.
    static std::optional<Frame> decode(const QByteArray &message, QString *error = nullptr);

    /// data parsed as a JSON object (empty if it is not one).
    QJsonObject dataObject() const;

    static Frame connectionEstablished(const QString &socketId, int activityTimeoutSeconds);
    /// {"event":"pusher:error","data":{"message","code"}} — data as an object, as the spec shows.
    static Frame error(int code, const QString &message);
    static Frame ping();
    static Frame pong();
    static Frame subscribe(const QString &channel, const QString &auth = {},
                           const QString &channelData = {});
    static Frame unsubscribe(const QString &channel);
    /// data "{}" for public/private; @p presenceData for presence ({"presence":{ids,hash,count}}).
    static Frame subscriptionSucceeded(const QString &channel,
                                       const QJsonObject &presenceData = {});
    static Frame subscriptionError(const QString &channel, const QString &type,
                                   const QString &error, int status);
    static Frame memberAdded(const QString &channel, const QString &userId,
                             const QJsonObject &userInfo);
    static Frame memberRemoved(const QString &channel, const QString &userId);
    static Frame channelEvent(const QString &event, const QString &channel, const QString &dataJson,
                              const QString &userId = {});

    bool operator==(const Frame &other) const;
};

/// Builds {"event":"pusher:error","data":{...}}'s data object, for frames built by hand.
QJsonObject errorData(int code, const QString &message);

} // namespace tableside::pusher
