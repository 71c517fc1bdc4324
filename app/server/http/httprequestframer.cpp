#include "httprequestframer.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <cstring>
#include <utility>

namespace tableside::server {

// The messages keep ConnectionGuard's translation context: they are the guard's answers.
namespace {

constexpr int MaxChunkLineBytes = 1024;

} // namespace

HttpRequestFramer::HttpRequestFramer(Limits limits)
    : m_limits(limits)
{ }

int HttpRequestFramer::takeContinues()
{
    return std::exchange(m_continues, 0);
}

void HttpRequestFramer::fail(ErrorCatalogue::Code code, const QString &message)
{
    m_state = State::Failed;
    m_errorCode = code;
    m_errorMessage = message;
}

void HttpRequestFramer::feed(const char *data, qint64 size)
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
                    return fail(ErrorCatalogue::Code::HeadersTooLarge,
                                QCoreApplication::translate("ConnectionGuard",
                                                            "The request headers are too large."));
                return;
            }
            const qsizetype headerBytes = end + 4;
            i += headerBytes - before;
            m_line.truncate(headerBytes);
            if (headerBytes > m_limits.maxHeaderBytes)
                return fail(ErrorCatalogue::Code::HeadersTooLarge,
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
                return fail(ErrorCatalogue::Code::BadRequest,
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
                return fail(ErrorCatalogue::Code::BadRequest,
                            QCoreApplication::translate("ConnectionGuard",
                                                        "Malformed chunked request body."));
            m_bodyTotal += chunk;
            if (m_bodyTotal > m_bodyLimit)
                return fail(ErrorCatalogue::Code::PayloadTooLarge,
                            QCoreApplication::translate("ConnectionGuard",
                                                        "The request body is over %1 bytes.")
                                .arg(m_bodyLimit));
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

bool HttpRequestFramer::headersComplete()
{
    const QList<QByteArray> lines = m_line.split('\n');
    qint64 contentLength = 0;
    bool chunked = false;
    bool upgrade = false;
    bool connectionUpgrade = false;
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
                fail(ErrorCatalogue::Code::BadRequest,
                     QCoreApplication::translate("ConnectionGuard", "Invalid Content-Length."));
                return false;
            }
            contentLength = length;
        } else if (name == "transfer-encoding") {
            chunked = value.contains("chunked");
        } else if (name == "upgrade") {
            upgrade = value.contains("websocket");
        } else if (name == "connection") {
            connectionUpgrade = value.contains("upgrade");
        } else if (name == "expect") {
            expectContinue = value == "100-continue";
        }
    }
    if (upgrade && connectionUpgrade) {
        // A WebSocket now owns the connection: its frames are not HTTP. Both headers, as Qt's
        // parser needs them to upgrade: with "Upgrade" alone Qt answers it as plain HTTP, and an
        // unguarded plain connection would have no body limit or idle timeout.
        m_state = State::Upgraded;
        return false;
    }
    // Photo uploads ("PUT …/photo HTTP/1.1") may be larger than any other body.
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    const bool upload = m_limits.maxUploadBytes > 0 && requestLine.size() == 3
        && requestLine.at(0) == "PUT" && requestLine.at(1).split('?').first().endsWith("/photo");
    m_bodyLimit = upload ? std::max(m_limits.maxUploadBytes, m_limits.maxBodyBytes)
                         : m_limits.maxBodyBytes;
    if (!chunked && contentLength > m_bodyLimit) {
        fail(ErrorCatalogue::Code::PayloadTooLarge,
             QCoreApplication::translate("ConnectionGuard", "The request body is over %1 bytes.")
                 .arg(m_bodyLimit));
        return false;
    }
    if (expectContinue)
        ++m_continues;
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

} // namespace tableside::server
