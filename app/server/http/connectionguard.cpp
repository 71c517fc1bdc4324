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

constexpr int MaxChunkLineBytes = 1024;
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
{
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, [this] {
        if (m_state != State::Upgraded)
            m_idle.start();
    });
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleTimeoutSeconds * 1000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_state == State::Upgraded || m_state == State::Failed)
            return;
        const bool midRequest = m_state != State::Headers || !m_line.isEmpty();
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
        if (m_state != State::Upgraded)
            m_seenUnread = m_socket->bytesAvailable();
    });
}

void ConnectionGuard::onReadyRead()
{
    if (m_state == State::Upgraded || m_state == State::Failed)
        return;
    m_idle.start();
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    const qint64 skip = std::min<qint64>(m_seenUnread, data.size());
    feed(data.constData() + skip, data.size() - skip);
    if (m_state != State::Upgraded && m_state != State::Failed)
        m_seenUnread = data.size();
}

void ConnectionGuard::feed(const char *data, qint64 size)
{
    qint64 i = 0;
    while (i < size) {
        switch (m_state) {
        case State::Upgraded:
        case State::Failed:
            return;
        case State::Headers: {
            // Blank lines between pipelined messages are allowed before a request line.
            if (m_line.isEmpty() && (data[i] == '\r' || data[i] == '\n')) {
                ++i;
                break;
            }
            const qsizetype before = m_line.size();
            m_line.append(data + i, size - i);
            const qsizetype end = m_line.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
            if (end < 0) {
                if (m_line.size() > m_limits.maxHeaderBytes)
                    return fail(HttpError::Code::HeadersTooLarge,
                                QCoreApplication::translate("ConnectionGuard",
                                                            "The request headers are too large."));
                return;
            }
            const qsizetype headerBytes = end + 4;
            i += headerBytes - before;
            m_line.truncate(headerBytes);
            if (headerBytes > m_limits.maxHeaderBytes)
                return fail(HttpError::Code::HeadersTooLarge,
                            QCoreApplication::translate("ConnectionGuard",
                                                        "The request headers are too large."));
            const bool ok = headersComplete();
            m_line.clear();
            if (!ok)
                return;
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qint64 take = std::min(m_remaining, size - i);
            i += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Headers : State::ChunkSize;
            break;
        }
        case State::ChunkSize:
        case State::Trailers: {
            const char *newline = static_cast<const char *>(memchr(data + i, '\n', size - i));
            const qint64 take = newline ? (newline - (data + i)) + 1 : size - i;
            m_line.append(data + i, take);
            i += take;
            if (m_line.size() > MaxChunkLineBytes)
                return fail(HttpError::Code::BadRequest,
                            QCoreApplication::translate("ConnectionGuard",
                                                        "Malformed chunked request body."));
            if (!newline)
                return;
            const QByteArray line = m_line.trimmed();
            m_line.clear();
            if (m_state == State::Trailers) {
                if (line.isEmpty())
                    m_state = State::Headers;
                break;
            }
            bool ok = false;
            const qint64 chunk = line.split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok || chunk < 0)
                return fail(HttpError::Code::BadRequest,
                            QCoreApplication::translate("ConnectionGuard",
                                                        "Malformed chunked request body."));
            m_bodyTotal += chunk;
            if (m_bodyTotal > m_limits.maxBodyBytes)
                return fail(HttpError::Code::PayloadTooLarge,
                            QCoreApplication::translate("ConnectionGuard",
                                                        "The request body is over %1 bytes.")
                                .arg(m_limits.maxBodyBytes));
            if (chunk == 0) {
                m_state = State::Trailers;
            } else {
                m_state = State::ChunkData;
                m_remaining = chunk + 2; // data and its CRLF
            }
            break;
        }
        }
    }
}

bool ConnectionGuard::headersComplete()
{
    const QList<QByteArray> lines = m_line.split('\n');
    qint64 contentLength = 0;
    bool chunked = false;
    bool upgrade = false;
    bool expectContinue = false;
    for (int n = 1; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                fail(HttpError::Code::BadRequest,
                     QCoreApplication::translate("ConnectionGuard", "Invalid Content-Length."));
                return false;
            }
            contentLength = length;
        } else if (name == "transfer-encoding") {
            chunked = value.contains("chunked");
        } else if (name == "upgrade") {
            upgrade = value.contains("websocket");
        } else if (name == "expect") {
            expectContinue = value == "100-continue";
        }
    }
    if (upgrade) {
        stopGuarding();
        return false;
    }
    if (!chunked && contentLength > m_limits.maxBodyBytes) {
        fail(HttpError::Code::PayloadTooLarge,
             QCoreApplication::translate("ConnectionGuard", "The request body is over %1 bytes.")
                 .arg(m_limits.maxBodyBytes));
        return false;
    }
    if (expectContinue)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_bodyTotal = 0;
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (contentLength > 0) {
        m_state = State::Body;
        m_remaining = contentLength;
    } else {
        m_state = State::Headers;
    }
    return true;
}

void ConnectionGuard::stopGuarding()
{
    // A WebSocket now owns the connection: its frames are not HTTP, and its own timeouts apply.
    m_state = State::Upgraded;
    m_idle.stop();
    disconnect(m_socket, nullptr, this, nullptr);
    // Nothing is left to watch: free the guard (timer, header buffer) instead of keeping it for
    // the connection's lifetime; a restaurant's devices stay connected all day.
    deleteLater();
}

void ConnectionGuard::fail(HttpError::Code code, const QString &message)
{
    const int status = ErrorCatalogue::status(code);
    m_state = State::Failed;
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
