#pragma once

#include "rawhttp.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QTcpSocket>
#include <memory>

/// A keep-alive HTTP client on one raw socket, for tests that need exact bytes, a chosen source
/// address or many connections at once. Synchronous: it spins the event loop, so it also works
/// against a server running in the test process.
class RawHttpClient
{
public:
    /// @p source: the local address to connect from (127.0.0.2, … act as other phones).
    explicit RawHttpClient(quint16 port, QHostAddress source = {});
    ~RawHttpClient();

    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                   HttpHeaders headers = {}, int timeoutMs = 10000);
    HttpReply sendRaw(const QByteArray &bytes, int timeoutMs = 10000);
    HttpReply get(const QString &path, const HttpHeaders &headers = {})
    {
        return send("GET", path, {}, headers);
    }
    HttpReply post(const QString &path, const QJsonObject &body, HttpHeaders headers = {});
    HttpReply patch(const QString &path, const QJsonObject &body = {});

    /// Sent as `Authorization: Bearer` with every later request.
    void setToken(const QByteArray &token) { m_token = token; }
    QTcpSocket *socket() { return m_socket.get(); }

    /// Sends every request on its own connection at once and waits for all answers.
    static QList<HttpReply> sendParallel(quint16 port, const QList<QByteArray> &requests,
                                         int timeoutMs = 20000);

private:
    quint16 m_port;
    QHostAddress m_source;
    QByteArray m_token;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};
