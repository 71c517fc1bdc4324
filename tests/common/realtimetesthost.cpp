#include "realtimetesthost.h"

#include "pusherrequestsigner.h"
#include "realtimeserver.h"

#include <QDateTime>

using tableside::StaffMember;
using tableside::server::RealtimeServer;
using tableside::server::RealtimeSettings;

RealtimeSettings RealtimeTestHost::defaultSettings()
{
    RealtimeSettings settings;
    settings.appId = QStringLiteral("4242");
    settings.key = QStringLiteral("278d425bdf160c739803");
    settings.secret = QStringLiteral("7ad3773142a6692b25b8");
    return settings;
}

RealtimeTestHost::RealtimeTestHost(RealtimeSettings settings)
{
    m_realtime = std::make_unique<RealtimeServer>(
        std::move(settings), [this](const QString &token) -> std::optional<StaffMember> {
            const auto it = m_staff.constFind(token);
            if (it == m_staff.cend())
                return std::nullopt;
            return *it;
        });
    m_realtime->attach(m_http);
    m_port = m_http.listen(QHostAddress::LocalHost, 0);
    m_client.setPort(m_port);
}

RealtimeTestHost::~RealtimeTestHost() = default;

const RealtimeSettings &RealtimeTestHost::settings() const
{
    return m_realtime->settings();
}

QString RealtimeTestHost::addStaff(qint64 id, const QString &name, tableside::StaffRole role)
{
    const QString token = QStringLiteral("token-%1-%2").arg(id).arg(m_staff.size());
    m_staff.insert(token, StaffMember {id, name, role});
    return token;
}

HttpReply RealtimeTestHost::request(const QByteArray &method, const QString &pathAndQuery,
                                    const QByteArray &body, const HttpHeaders &headers)
{
    return m_client.request(method, pathAndQuery, body, {}, headers);
}

HttpReply RealtimeTestHost::channelAuth(const QString &token, const QString &socketId,
                                        const QString &channel)
{
    return m_client.channelAuth(token, socketId, channel);
}

HttpReply RealtimeTestHost::signedRequest(const QByteArray &method, const QString &path,
                                          const QByteArray &body, QUrlQuery query,
                                          qint64 skewSeconds, const QString &secret)
{
    const QUrlQuery signedQuery = tableside::pusher::PusherRequestSigner::sign(
        QString::fromLatin1(method), path, query, body, settings().key,
        secret.isEmpty() ? settings().secret : secret,
        QDateTime::currentSecsSinceEpoch() + skewSeconds);
    HttpHeaders headers;
    if (!body.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return request(method, path + QLatin1Char('?') + signedQuery.toString(QUrl::FullyEncoded), body,
                   headers);
}
