#pragma once

// Shared helpers for the server tests: a real TablesideServer on port 0 over a SQLite file in
// a temporary folder, and small HTTP clients over real sockets.

#include "store.h"
#include "tablesideserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace tableside::server::testkit {

/// One HTTP answer.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

/// Parses complete HTTP/1.1 responses out of @p buffer (Content-Length framed); removes them.
inline QList<HttpReply> takeResponses(QByteArray &buffer)
{
    QList<HttpReply> replies;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        HttpReply reply;
        reply.status = lines.first().split(' ').value(1).toInt();
        qint64 length = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            reply.headers.insert(name, value);
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (reply.status == 100) { // interim answer: drop it
            buffer.remove(0, end + 4);
            continue;
        }
        if (buffer.size() < end + 4 + length)
            break;
        reply.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        replies.append(reply);
    }
    return replies;
}

inline QByteArray rawRequest(const QByteArray &method, const QString &path, const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QByteArray request = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &header : headers)
        request += header.first + ": " + header.second + "\r\n";
    if (!body.isNull() || method == "POST" || method == "PATCH")
        request += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    return request;
}

/// A keep-alive HTTP client on one raw socket (synchronous: spins the event loop).
class HttpClient
{
public:
    /// @p source: the local address to connect from (127.0.0.2, … act as other phones).
    explicit HttpClient(quint16 port, QHostAddress source = {})
        : m_port(port)
        , m_source(std::move(source))
    { }

    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                   QList<QPair<QByteArray, QByteArray>> headers = {}, int timeoutMs = 10000)
    {
        if (!m_token.isEmpty())
            headers.append({"Authorization", "Bearer " + m_token});
        return sendRaw(rawRequest(method, path, body, headers), timeoutMs);
    }

    HttpReply sendRaw(const QByteArray &bytes, int timeoutMs = 10000)
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
            QList<HttpReply> replies = takeResponses(m_buffer);
            if (!replies.isEmpty())
                return replies.first();
            if (m_socket->state() != QAbstractSocket::ConnectedState
                && m_socket->bytesAvailable() == 0)
                break;
            QTest::qWait(1);
            m_buffer += m_socket->readAll();
        }
        return {};
    }

    HttpReply get(const QString &path) { return send("GET", path); }
    HttpReply post(const QString &path, const QJsonObject &body,
                   QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    HttpReply patch(const QString &path, const QJsonObject &body = {})
    {
        return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    void setToken(const QByteArray &token) { m_token = token; }
    QTcpSocket *socket() { return m_socket.get(); }

private:
    quint16 m_port;
    QHostAddress m_source;
    QByteArray m_token;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

/// Sends every request on its own connection at once and waits for all answers.
inline QList<HttpReply> sendParallel(quint16 port, const QList<QByteArray> &requests,
                                     int timeoutMs = 20000)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QList<QByteArray> buffers(requests.size());
    QList<HttpReply> replies(requests.size());
    QList<bool> done(requests.size(), false);
    for (const QByteArray &request : requests) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        sockets.push_back(std::move(socket));
        Q_UNUSED(request);
    }
    // The server runs on this thread: connect without blocking, write once connected.
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
            const QList<HttpReply> got = takeResponses(buffers[int(i)]);
            if (!got.isEmpty()) {
                replies[int(i)] = got.first();
                done[int(i)] = true;
                --remaining;
            }
        }
    }
    return replies;
}

/// A server on 127.0.0.1:0 over a fresh database, with a manager "Maria" (PIN 1111), a waiter
/// "Ivan" (2222) and a kitchen account "Petar" (3333).
class TestServer
{
public:
    explicit TestServer(ServerSettings settings = {}, const QString &dataDir = {})
    {
        settings.dataDir = dataDir.isEmpty() ? m_dir.path() : dataDir;
        m_server = std::make_unique<TablesideServer>(settings);
        QString error;
        if (!m_server->open(&error))
            qWarning() << "open failed" << error;
        m_server->listen(QHostAddress::LocalHost, 0);
        Store &store = m_server->store();
        if (store.staffList().size() == 1) {
            store.addStaff(QStringLiteral("Maria"), QStringLiteral("1111"), StaffRole::Manager);
            store.addStaff(QStringLiteral("Ivan"), QStringLiteral("2222"), StaffRole::Waiter);
            store.addStaff(QStringLiteral("Petar"), QStringLiteral("3333"), StaffRole::Kitchen);
            store.flush();
        }
    }

    static ServerSettings unlimitedSettings()
    {
        ServerSettings settings;
        settings.guestWritesPerMinute = 0;
        settings.tableOrdersPerMinute = 0;
        settings.tableCallsPerMinute = 0;
        return settings;
    }

    TablesideServer &server() { return *m_server; }
    Store &store() { return m_server->store(); }
    quint16 port() const { return m_server->port(); }
    QString dataDir() const { return m_dir.path(); }
    void stop() { m_server.reset(); }

    /// Logs in and returns the token.
    QByteArray login(const QString &pin)
    {
        HttpClient client(port());
        const HttpReply reply
            = client.post(QStringLiteral("/api/staff/login"), {{QStringLiteral("pin"), pin}});
        return reply.json().value(QStringLiteral("token")).toString().toLatin1();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TablesideServer> m_server;
};

inline QJsonObject orderBody(int table, QList<QPair<int, int>> lines)
{
    QJsonArray items;
    for (const auto &line : lines)
        items.append(QJsonObject {{QStringLiteral("productId"), line.first},
                                  {QStringLiteral("quantity"), line.second}});
    return {{QStringLiteral("tableNumber"), table}, {QStringLiteral("items"), items}};
}

} // namespace tableside::server::testkit
