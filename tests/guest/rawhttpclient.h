#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QMap>
#include <QString>

/// Test helper: one HTTP/1.1 request over a fresh QTcpSocket, optionally from a chosen loopback
/// source address (127.0.0.2, …), so tests can act as several distinct guests' phones.
class RawHttpClient
{
public:
    struct Response
    {
        int status = 0; ///< 0 = no answer
        QMap<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray body;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    RawHttpClient(quint16 port, QHostAddress source = QHostAddress(QHostAddress::LocalHost))
        : m_port(port)
        , m_source(std::move(source))
    { }

    Response request(const QByteArray &method, const QByteArray &path,
                     const QMap<QByteArray, QByteArray> &headers = {},
                     const QByteArray &body = {}) const;
    Response get(const QByteArray &path, const QMap<QByteArray, QByteArray> &headers = {}) const
    {
        return request("GET", path, headers);
    }

private:
    quint16 m_port;
    QHostAddress m_source;
};
