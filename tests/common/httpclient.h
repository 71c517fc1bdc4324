#pragma once

#include "httpreply.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

/// A blocking HTTP client (QNetworkAccessManager) for a server on 127.0.0.1: it waits in a
/// nested event loop, so WebSocket frames and an in-process server keep running meanwhile.
class HttpClient
{
public:
    explicit HttpClient(quint16 port = 0, QUrl::ParsingMode mode = QUrl::TolerantMode);

    void setPort(quint16 port) { m_port = port; }
    quint16 port() const { return m_port; }
    /// Forgets kept-alive connections (after the server restarted or was paused).
    void dropConnections() { m_network.clearConnectionCache(); }

    /// @p token adds `Authorization: Bearer`; status 0 = no answer within 15 s.
    HttpReply request(const QByteArray &method, const QString &pathAndQuery,
                      const QByteArray &body = {}, const QString &token = {},
                      const HttpHeaders &headers = {});
    HttpReply postJson(const QString &path, const QJsonObject &body, const QString &token = {});
    HttpReply patchJson(const QString &path, const QJsonObject &body, const QString &token = {});
    /// A JSON request as the dashboard sends it (JSON Content-Type, no body on GET), each on a
    /// new connection; the answer's JSON object, its status in @p status.
    QJsonObject json(const QByteArray &method, const QString &pathAndQuery,
                     const QJsonObject &body = {}, const QString &token = {},
                     int *status = nullptr);
    /// POST /api/staff/login; the bearer token ("" on failure).
    QString login(const QString &pin);
    /// POST /pusher/auth as pusher-js sends it (form body, the staff token when not empty).
    HttpReply channelAuth(const QString &token, const QString &socketId, const QString &channel);

private:
    quint16 m_port;
    QUrl::ParsingMode m_mode;
    QNetworkAccessManager m_network;
};
