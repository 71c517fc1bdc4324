#include "pusherframe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace tableside::pusher {

namespace {

const QString EventKey = QStringLiteral("event");
const QString ChannelKey = QStringLiteral("channel");
const QString DataKey = QStringLiteral("data");
const QString UserIdKey = QStringLiteral("user_id");
const QString ErrorEvent = QStringLiteral("pusher:error");

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// JSON text of any value; QJsonDocument only serialises objects and arrays, so wrap it.
QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return compact(value.toObject());
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

void setError(QString *error, const char *message)
{
    if (error)
        *error = QCoreApplication::translate("PusherFrame", message);
}

} // namespace

QByteArray Frame::encode() const
{
    QJsonObject object {{EventKey, event}};
    if (!channel.isEmpty())
        object.insert(ChannelKey, channel);
    // Servers send data double-encoded as a string; pusher:error is the spec's exception and
    // carries a plain object.
    const QJsonObject errorObject = event == ErrorEvent ? dataObject() : QJsonObject();
    if (event == ErrorEvent && !errorObject.isEmpty())
        object.insert(DataKey, errorObject);
    else
        object.insert(DataKey, data);
    if (!userId.isEmpty())
        object.insert(UserIdKey, userId);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Frame> Frame::decode(const QByteArray &message, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(message, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setError(error, "the message is not JSON");
        return std::nullopt;
    }
    if (!document.isObject()) {
        setError(error, "the message is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const QJsonValue eventValue = object.value(EventKey);
    if (!eventValue.isString() || eventValue.toString().isEmpty()) {
        setError(error, "the message has no \"event\" string");
        return std::nullopt;
    }
    Frame frame;
    frame.event = eventValue.toString();
    const QJsonValue channelValue = object.value(ChannelKey);
    if (!channelValue.isUndefined()) {
        if (!channelValue.isString()) {
            setError(error, "\"channel\" must be a string");
            return std::nullopt;
        }
        frame.channel = channelValue.toString();
    }
    // Servers double-encode data as a string, pusher-js sends an object: keep both as text.
    const QJsonValue dataValue = object.value(DataKey);
    if (dataValue.isUndefined())
        frame.data = QStringLiteral("{}");
    else if (dataValue.isString())
        frame.data = dataValue.toString();
    else
        frame.data = compact(dataValue);
    const QJsonValue userValue = object.value(UserIdKey);
    if (userValue.isString()) {
        frame.userId = userValue.toString();
    } else if (userValue.isDouble()) {
        frame.userId = compact(userValue);
    } else if (!userValue.isUndefined() && !userValue.isNull()) {
        setError(error, "\"user_id\" must be a string");
        return std::nullopt;
    }
    return frame;
}

QJsonObject Frame::dataObject() const
{
    const QJsonDocument document = QJsonDocument::fromJson(data.toUtf8());
    return document.isObject() ? document.object() : QJsonObject();
}

Frame Frame::connectionEstablished(const QString &socketId, int activityTimeoutSeconds)
{
    return Frame {
        QStringLiteral("pusher:connection_established"),
        {},
        compact(QJsonObject {{QStringLiteral("socket_id"), socketId},
                             {QStringLiteral("activity_timeout"), activityTimeoutSeconds}}),
        {}};
}

Frame Frame::error(int code, const QString &message)
{
    return Frame {ErrorEvent, {}, compact(errorData(code, message)), {}};
}

Frame Frame::ping()
{
    return Frame {QStringLiteral("pusher:ping"), {}, QStringLiteral("{}"), {}};
}

Frame Frame::pong()
{
    return Frame {QStringLiteral("pusher:pong"), {}, QStringLiteral("{}"), {}};
}

Frame Frame::subscribe(const QString &channel, const QString &auth, const QString &channelData)
{
    QJsonObject payload {{QStringLiteral("channel"), channel}};
    if (!auth.isEmpty())
        payload.insert(QStringLiteral("auth"), auth);
    if (!channelData.isEmpty())
        payload.insert(QStringLiteral("channel_data"), channelData);
    return Frame {QStringLiteral("pusher:subscribe"), {}, compact(payload), {}};
}

Frame Frame::unsubscribe(const QString &channel)
{
    return Frame {QStringLiteral("pusher:unsubscribe"),
                  {},
                  compact(QJsonObject {{QStringLiteral("channel"), channel}}),
                  {}};
}

Frame Frame::subscriptionSucceeded(const QString &channel, const QJsonObject &presenceData)
{
    return Frame {QStringLiteral("pusher_internal:subscription_succeeded"),
                  channel,
                  presenceData.isEmpty() ? QStringLiteral("{}") : compact(presenceData),
                  {}};
}

Frame Frame::subscriptionError(const QString &channel, const QString &type, const QString &error,
                               int status)
{
    return Frame {QStringLiteral("pusher:subscription_error"),
                  channel,
                  compact(QJsonObject {{QStringLiteral("type"), type},
                                       {QStringLiteral("error"), error},
                                       {QStringLiteral("status"), status}}),
                  {}};
}

Frame Frame::memberAdded(const QString &channel, const QString &userId, const QJsonObject &userInfo)
{
    return Frame {QStringLiteral("pusher_internal:member_added"),
                  channel,
                  compact(QJsonObject {{QStringLiteral("user_id"), userId},
                                       {QStringLiteral("user_info"), userInfo}}),
                  {}};
}

Frame Frame::memberRemoved(const QString &channel, const QString &userId)
{
    return Frame {QStringLiteral("pusher_internal:member_removed"),
                  channel,
                  compact(QJsonObject {{QStringLiteral("user_id"), userId}}),
                  {}};
}

Frame Frame::channelEvent(const QString &event, const QString &channel, const QString &dataJson,
                          const QString &userId)
{
    return Frame {event, channel, dataJson, userId};
}

bool Frame::operator==(const Frame &other) const
{
    return event == other.event && channel == other.channel && data == other.data
        && userId == other.userId;
}

QJsonObject errorData(int code, const QString &message)
{
    return QJsonObject {{QStringLiteral("message"), message}, {QStringLiteral("code"), code}};
}

} // namespace tableside::pusher
