#include "rawhttpclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>
#include <vector>

RawHttpClient::RawHttpClient(quint16 port, QHostAddress source)
    : m_port(port)
    , m_source(std::move(source))
{ }

RawHttpClient::~RawHttpClient() = default;

HttpReply RawHttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                              HttpHeaders headers, int timeoutMs)
{
    if (!m_token.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Authorization", "Bearer " + m_token));
    return sendRaw(RawHttp::request(method, path, body, headers), timeoutMs);
}

HttpReply RawHttpClient::sendRaw(const QByteArray &bytes, int timeoutMs)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_socket = std::make_unique<QTcpSocket>();
        if (!m_source.isNull() && !m_socket->bind(m_source, 0))
            return {};
        m_socket->connectToHost(QHostAddress::LocalHost, m_port);
        if (!m_socket->waitForConnected(5000))
            return {};
        m_buffer.clear();
    }
    m_socket->write(bytes);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QList<HttpReply> replies = RawHttp::takeResponses(m_buffer);
        if (!replies.isEmpty())
            return replies.first();
        if (m_socket->state() != QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0)
            break;
        QTest::qWait(1);
        m_buffer += m_socket->readAll();
    }
    return {};
}

HttpReply RawHttpClient::post(const QString &path, const QJsonObject &body, HttpHeaders headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpReply RawHttpClient::patch(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QList<HttpReply> RawHttpClient::sendParallel(quint16 port, const QList<QByteArray> &requests,
                                             int timeoutMs)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QList<QByteArray> buffers(requests.size());
    QList<HttpReply> replies(requests.size());
    QList<bool> done(requests.size(), false);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        sockets.push_back(std::move(socket));
    }
    // The server may run on this thread: connect without blocking, write once connected.
    QList<bool> written(requests.size(), false);
    QElapsedTimer timer;
    timer.start();
    int unwritten = int(requests.size());
    while (unwritten > 0 && timer.elapsed() < timeoutMs) {
        QTest::qWait(1);
        for (size_t i = 0; i < sockets.size(); ++i) {
            if (!written[int(i)] && sockets[i]->state() == QAbstractSocket::ConnectedState) {
                sockets[i]->write(requests.at(int(i)));
                written[int(i)] = true;
                --unwritten;
            }
        }
    }
    int remaining = int(requests.size());
    while (remaining > 0 && timer.elapsed() < timeoutMs) {
        QTest::qWait(2);
        for (size_t i = 0; i < sockets.size(); ++i) {
            if (done[int(i)])
                continue;
            buffers[int(i)] += sockets[i]->readAll();
            const QList<HttpReply> got = RawHttp::takeResponses(buffers[int(i)]);
            if (!got.isEmpty()) {
                replies[int(i)] = got.first();
                done[int(i)] = true;
                --remaining;
            }
        }
    }
    return replies;
}
