#include "connectionguard.h"

#include "logging.h"
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace tableside::server {

namespace {

constexpr int LingerMs = 2000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, Limits limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_framer({limits.maxBodyBytes, limits.maxHeaderBytes, limits.maxUploadBytes})
{
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, [this] {
        if (m_framer.state() != HttpRequestFramer::State::Upgraded)
            m_idle.start();
    });
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleTimeoutSeconds * 1000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_framer.isFinished())
            return;
        const bool midRequest = !m_framer.isIdle();
        qCDebug(lcHttp) << "closing idle connection from" << m_socket->peerAddress().toString();
        if (midRequest) {
            fail(HttpError::Code::RequestTimeout,
                 QCoreApplication::translate("ConnectionGuard",
                                             "The request was not completed in time."));
        } else {
            m_socket->disconnectFromHost();
        }
    });
    m_idle.start();
}

void ConnectionGuard::hookAfterServer()
{
    connect(m_socket, &QIODevice::readyRead, this, [this] {
        if (m_framer.state() != HttpRequestFramer::State::Upgraded)
            m_seenUnread = m_socket->bytesAvailable();
    });
}

void ConnectionGuard::onReadyRead()
{
    if (m_framer.isFinished())
        return;
    m_idle.start();
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    const qint64 skip = std::min<qint64>(m_seenUnread, data.size());
    m_framer.feed(data.constData() + skip, data.size() - skip);
    // The interim answers go out in stream order: before a refusal of a later pipelined request.
    for (int n = m_framer.takeContinues(); n > 0; --n)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (m_framer.state() == HttpRequestFramer::State::Upgraded)
        stopGuarding();
    else if (m_framer.state() == HttpRequestFramer::State::Failed)
        fail(m_framer.errorCode(), m_framer.errorMessage());
    else
        m_seenUnread = data.size();
}

void ConnectionGuard::stopGuarding()
{
    // A WebSocket now owns the connection: its frames are not HTTP, and its own timeouts apply.
    m_idle.stop();
    disconnect(m_socket, nullptr, this, nullptr);
    // Nothing is left to watch: free the guard (timer, header buffer) instead of keeping it for
    // the connection's lifetime; a restaurant's devices stay connected all day.
    deleteLater();
}

void ConnectionGuard::fail(HttpError::Code code, const QString &message)
{
    const int status = ErrorCatalogue::status(code);
    m_framer.fail(code, message);
    m_idle.stop();
    qCInfo(lcHttp) << "refusing request from" << m_socket->peerAddress().toString() << status
                   << ErrorCatalogue::name(code);
    emit rejected(status);
    reject(m_socket, code, message);
}

void ConnectionGuard::reject(QTcpSocket *socket, HttpError::Code code, const QString &message)
{
    // Nobody else may read this connection any more: the HTTP server must not see a request
    // it would buffer whole.
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    const HttpError error(code, message);
    const int status = error.status;
    const QByteArray body = error.body();
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // Drain (and drop) what the client still sends, so closing does not reset the connection
    // before it has read the answer; then close.
    QObject::connect(socket, &QIODevice::readyRead, socket,
                     [socket] { socket->skip(socket->bytesAvailable()); });
    socket->skip(socket->bytesAvailable());
    auto halfClose = [socket] {
        if (socket->bytesToWrite() > 0)
            return;
#ifdef Q_OS_UNIX
        if (socket->socketDescriptor() != -1 && !socket->inherits("QSslSocket"))
            ::shutdown(static_cast<int>(socket->socketDescriptor()), SHUT_WR);
        else
            socket->disconnectFromHost();
#else
        socket->disconnectFromHost();
#endif
    };
    QObject::connect(socket, &QIODevice::bytesWritten, socket, halfClose);
    socket->flush();
    halfClose();
    QTimer::singleShot(LingerMs, socket, [socket] { socket->abort(); });
}

} // namespace tableside::server
