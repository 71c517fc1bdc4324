#pragma once

#include "errorcatalogue.h"

#include <QByteArray>
#include <QString>

namespace tableside::server {

/// Follows the framing of a stream of HTTP/1.1 requests (request heads, Content-Length, chunked
/// bodies) against size limits without buffering any body: the byte-level half of
/// ConnectionGuard, with no socket, so tests and the fuzzer drive it with plain bytes.
class HttpRequestFramer
{
public:
    struct Limits
    {
        qint64 maxBodyBytes = 64 * 1024;
        int maxHeaderBytes = 16 * 1024;
        /// The limit for a PUT whose path ends in "/photo" (a manager's photo upload, checked
        /// and decoded after authentication); 0 = maxBodyBytes.
        qint64 maxUploadBytes = 0;
    };

    enum class State { Headers, Body, ChunkSize, ChunkData, Trailers, Upgraded, Failed };

    explicit HttpRequestFramer(Limits limits);

    /// Follows @p size more bytes of the stream. Stops at a WebSocket upgrade (state Upgraded:
    /// what follows is no longer HTTP) or at the first violation (state Failed, see errorCode()).
    void feed(const char *data, qint64 size);
    /// Marks the stream refused for a reason found outside the framing (an idle timeout).
    void fail(ErrorCatalogue::Code code, const QString &message);

    State state() const { return m_state; }
    /// Upgraded or Failed: nothing more to follow.
    bool isFinished() const { return m_state == State::Upgraded || m_state == State::Failed; }
    /// Between two requests, with no byte of the next one seen yet.
    bool isIdle() const { return m_state == State::Headers && m_line.isEmpty(); }
    /// How many request heads with "Expect: 100-continue" feed() accepted since the last call;
    /// the caller answers each with an interim 100 Continue.
    int takeContinues();

    ErrorCatalogue::Code errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }

private:
    bool headersComplete();

    Limits m_limits;
    qint64 m_bodyLimit = 0; ///< of the current request
    State m_state = State::Headers;
    QByteArray m_line; ///< header block or chunk-size/trailer line being collected
    qint64 m_remaining = 0;
    qint64 m_bodyTotal = 0;
    int m_continues = 0;
    ErrorCatalogue::Code m_errorCode = ErrorCatalogue::Code::BadRequest;
    QString m_errorMessage;
};

} // namespace tableside::server
