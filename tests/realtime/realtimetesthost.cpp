#include "realtimetesthost.h"

#include "pusherrequestsigner.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using tableside::StaffMember;
using tableside::server::RealtimeServer;
using tableside::server::RealtimeSettings;

QJsonObject RealtimeTestHost::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

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
}

RealtimeTestHost::~RealtimeTestHost() = default;

QString RealtimeTestHost::addStaff(qint64 id, const QString &name, tableside::StaffRole role)
{
    const QString token = QStringLiteral("token-%1-%2").arg(id).arg(m_staff.size());
    m_staff.insert(token, StaffMember {id, name, role});
    return token;
}

RealtimeTestHost::Reply
RealtimeTestHost::request(const QByteArray &method, const QString &pathAndQuery,
                          const QByteArray &body,
                          const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(
        QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery), QUrl::StrictMode));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

RealtimeTestHost::Reply RealtimeTestHost::channelAuth(const QString &token, const QString &socketId,
                                                      const QString &channel)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("socket_id"), socketId);
    form.addQueryItem(QStringLiteral("channel_name"), channel);
    QList<std::pair<QByteArray, QByteArray>> headers {
        {"Content-Type", "application/x-www-form-urlencoded"}};
    if (!token.isEmpty())
        headers.append(
            std::pair<QByteArray, QByteArray>("Authorization", "Bearer " + token.toUtf8()));
    return request("POST", QStringLiteral("/pusher/auth"),
                   form.toString(QUrl::FullyEncoded).toUtf8(), headers);
}

RealtimeTestHost::Reply RealtimeTestHost::signedRequest(const QByteArray &method,
                                                        const QString &path, const QByteArray &body,
                                                        QUrlQuery query, qint64 skewSeconds,
                                                        const QString &secret)
{
    const QUrlQuery signedQuery = tableside::pusher::PusherRequestSigner::sign(
        QString::fromLatin1(method), path, query, body, settings().key,
        secret.isEmpty() ? settings().secret : secret,
        QDateTime::currentSecsSinceEpoch() + skewSeconds);
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!body.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return request(method, path + QLatin1Char('?') + signedQuery.toString(QUrl::FullyEncoded), body,
                   headers);
}
