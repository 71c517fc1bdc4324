#pragma once

#include <QByteArray>

class QTcpSocket;

namespace tableside::server {

/// Writes ready-made WebSocket frames straight to a connection's TCP socket.
///
/// A staff event goes to every subscriber with identical bytes, so the frame (header + JSON) is
/// built once and each subscriber costs one non-blocking send(): no per-socket UTF-16 → UTF-8
/// conversion and framing as QWebSocket::sendTextMessage() would do, and no extra event-loop
/// round trip before the bytes reach the kernel. Anything the kernel does not take at once goes
/// into the QTcpSocket's own write buffer, which keeps the byte order with QWebSocket's writes.
class WebSocketFrameWriter
{
public:
    /// One unmasked, final text frame (server → client frames are never masked, RFC 6455 5.1).
    static QByteArray textFrame(const QByteArray &utf8Payload);

    /// The payload of a frame made by textFrame().
    static QByteArray payloadOf(const QByteArray &wireFrame);

    /// Sends @p wireFrame on @p socket; returns the bytes now waiting in the socket's user-space
    /// buffer (0 when the kernel took everything), or -1 if the socket is not connected.
    static qint64 write(QTcpSocket *socket, const QByteArray &wireFrame);

    /// The descriptor a frame may be sent on directly with send(), or -1 when it must go through
    /// Qt: not connected, TLS (must encrypt), or bytes already queued (they must go first).
    static qintptr directDescriptor(QTcpSocket *socket);
    /// Queues what the kernel did not take of @p wireFrame (from @p alreadySent on) in the
    /// socket's own buffer; returns the bytes now waiting there, or -1 if not connected.
    static qint64 queueRemainder(QTcpSocket *socket, const QByteArray &wireFrame,
                                 qsizetype alreadySent);
};

} // namespace tableside::server
