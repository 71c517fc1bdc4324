#pragma once

#include "httperror.h"
#include "httprequestframer.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace tableside::server {

/// Watches one HTTP connection before Qt HTTP Server reads it (its readyRead slot runs first):
/// follows the request framing (HttpRequestFramer: headers, Content-Length, chunked bodies) and
/// answers 413 or 431 itself, without buffering the body, when a request is over the limits; also
/// closes the connection after an idle timeout. Deletes itself once the connection upgrades to
/// WebSocket.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxBodyBytes = 64 * 1024;
        int maxHeaderBytes = 16 * 1024;
        int idleTimeoutSeconds = 60;
        qint64 maxUploadBytes = 0; ///< see HttpRequestFramer::Limits
    };

    /// Connect before the HTTP server sees @p socket. Parent is the socket.
    ConnectionGuard(QTcpSocket *socket, Limits limits);

    /// Call after the HTTP server has connected its own readyRead slot: a second slot then
    /// notes how much of what the guard saw the server left unread, so no byte counts twice.
    void hookAfterServer();

    /// Answers @p code (its catalogue status, the one error body) and closes the connection
    /// gracefully.
    static void reject(QTcpSocket *socket, HttpError::Code code, const QString &message);

signals:
    void rejected(int status);

private:
    void onReadyRead();
    void stopGuarding();
    void fail(HttpError::Code code, const QString &message);

    QTcpSocket *m_socket;
    Limits m_limits;
    HttpRequestFramer m_framer;
    qint64 m_seenUnread = 0; ///< bytes at the head of the read buffer the guard already fed
    QTimer m_idle;
};

} // namespace tableside::server
