#include "httpclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace {
constexpr int RequestTimeoutMs = 15000;
} // namespace

HttpClient::HttpClient(quint16 port, QUrl::ParsingMode mode)
    : m_port(port)
    , m_mode(mode)
{ }

HttpReply HttpClient::request(const QByteArray &method, const QString &pathAndQuery,
                              const QByteArray &body, const QString &token,
                              const HttpHeaders &headers)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery), m_mode));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    // A nested loop, so WebSocket frames (and a server in this process) keep running.
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(RequestTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

HttpReply HttpClient::postJson(const QString &path, const QJsonObject &body, const QString &token)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token,
                   {{"Content-Type", "application/json"}});
}

HttpReply HttpClient::patchJson(const QString &path, const QJsonObject &body, const QString &token)
{
    return request("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token,
                   {{"Content-Type", "application/json"}});
}

QJsonObject HttpClient::json(const QByteArray &method, const QString &pathAndQuery,
                             const QJsonObject &body, const QString &token, int *status)
{
    // A new connection per call, as the dashboard tests have always made them: back-to-back
    // orders on one kept-alive connection can land in the same millisecond, where the server's
    // list (created_at, id) and the kitchen screen (createdAt, order number) order them apart.
    dropConnections();
    const QByteArray payload
        = method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    const HttpReply reply
        = request(method, pathAndQuery, payload, token, {{"Content-Type", "application/json"}});
    if (status)
        *status = reply.status;
    return reply.json();
}

QString HttpClient::login(const QString &pin)
{
    const HttpReply reply
        = postJson(QStringLiteral("/api/staff/login"), {{QStringLiteral("pin"), pin}});
    return reply.status == 200 ? reply.json().value(QLatin1String("token")).toString() : QString();
}

HttpReply HttpClient::channelAuth(const QString &token, const QString &socketId,
                                  const QString &channel)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("socket_id"), socketId);
    form.addQueryItem(QStringLiteral("channel_name"), channel);
    return request("POST", QStringLiteral("/pusher/auth"),
                   form.toString(QUrl::FullyEncoded).toUtf8(), token,
                   {{"Content-Type", "application/x-www-form-urlencoded"}});
}
