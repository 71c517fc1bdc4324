#include "channelauthendpoint.h"

#include "channelname.h"
#include "errorresponse.h"
#include "logging.h"
#include "pushersignature.h"
#include "staffrole.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

namespace tableside::server {

using pusher::ChannelType;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tableside::server::ChannelAuthEndpoint", text);
}

struct AuthRequest
{
    QString socketId;
    QString channelName;
};

// pusher-js posts application/x-www-form-urlencoded; other clients send JSON.
std::optional<AuthRequest> parseBody(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    const QByteArray contentType = request.value("content-type").toLower();
    if (contentType.startsWith("application/json")
        || (!contentType.contains("form") && body.trimmed().startsWith('{'))) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return std::nullopt;
        const QJsonObject object = document.object();
        return AuthRequest {object.value(QLatin1String("socket_id")).toString(),
                            object.value(QLatin1String("channel_name")).toString()};
    }
    // Form bodies encode spaces as '+', which QUrlQuery does not turn back into spaces.
    QByteArray form = body;
    form.replace('+', ' ');
    const QUrlQuery query(QString::fromUtf8(form));
    return AuthRequest {query.queryItemValue(QStringLiteral("socket_id"), QUrl::FullyDecoded),
                        query.queryItemValue(QStringLiteral("channel_name"), QUrl::FullyDecoded)};
}
} // namespace

ChannelAuthEndpoint::ChannelAuthEndpoint(const RealtimeSettings &settings,
                                         RealtimeServer::StaffAuthenticator authenticator,
                                         SocketExists socketExists, Authorized authorized)
    : m_settings(settings)
    , m_authenticator(std::move(authenticator))
    , m_socketExists(std::move(socketExists))
    , m_authorized(std::move(authorized))
{ }

QString ChannelAuthEndpoint::presenceChannelData(const StaffMember &staff)
{
    const QJsonObject data {{QStringLiteral("user_id"), QString::number(staff.id)},
                            {QStringLiteral("user_info"),
                             QJsonObject {{QStringLiteral("name"), staff.name},
                                          {QStringLiteral("role"), toWireString(staff.role)}}}};
    return QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

QHttpServerResponse ChannelAuthEndpoint::handle(const QHttpServerRequest &request) const
{
    const QByteArray authorization = request.value("authorization");
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7) {
        return ErrorResponse::from(
            {HttpError::Code::Unauthorized, tr("A staff Bearer token is required.")});
    }
    const QString token = QString::fromUtf8(authorization.mid(7).trimmed());
    const std::optional<StaffMember> staff
        = m_authenticator ? m_authenticator(token) : std::nullopt;
    if (!staff) {
        return ErrorResponse::from(
            {HttpError::Code::Unauthorized, tr("The staff token is not valid.")});
    }
    if (request.body().size() > m_settings.maxHttpBodyBytes) {
        return ErrorResponse::from(
            {HttpError::Code::PayloadTooLarge, tr("The request body is too large.")});
    }
    const std::optional<AuthRequest> auth = parseBody(request);
    if (!auth || auth->socketId.isEmpty() || auth->channelName.isEmpty()) {
        return ErrorResponse::from(
            {HttpError::Code::InvalidRequest, tr("socket_id and channel_name are required.")});
    }
    if (!pusher::isValidSocketId(auth->socketId)) {
        return ErrorResponse::from(
            {HttpError::Code::InvalidSocketId, tr("socket_id must look like 123.456.")});
    }
    if (!pusher::isValidChannelName(auth->channelName)) {
        return ErrorResponse::from({HttpError::Code::InvalidChannel, tr("Invalid channel name.")});
    }
    const ChannelType type = pusher::channelTypeOf(auth->channelName);
    if (type != ChannelType::Private && type != ChannelType::Presence) {
        // Public channels need no auth; private-encrypted needs a shared secret we do not issue.
        return ErrorResponse::from(
            {HttpError::Code::ChannelNotAuthorizable,
             tr("Only private- and presence- channels are authorized here.")});
    }
    // Only sockets of this server: a signature for a socket id that does not exist here would
    // be a token that someone could replay once that id appears.
    if (!m_socketExists(auth->socketId)) {
        return ErrorResponse::from({HttpError::Code::UnknownSocket,
                                    tr("socket_id is not a live connection of this server.")});
    }
    if (m_authorized)
        m_authorized(auth->socketId, staff->id, token);

    QJsonObject answer;
    if (type == ChannelType::Presence) {
        const QString channelData = presenceChannelData(*staff);
        answer.insert(QStringLiteral("auth"),
                      pusher::PusherSignature::channelAuth(m_settings.key, m_settings.secret,
                                                           auth->socketId, auth->channelName,
                                                           channelData));
        answer.insert(QStringLiteral("channel_data"), channelData);
    } else {
        answer.insert(QStringLiteral("auth"),
                      pusher::PusherSignature::channelAuth(m_settings.key, m_settings.secret,
                                                           auth->socketId, auth->channelName));
    }
    qCDebug(lcRealtime) << "authorized" << auth->socketId << "for" << auth->channelName << "as"
                        << staff->id;
    return QHttpServerResponse(answer);
}

} // namespace tableside::server
