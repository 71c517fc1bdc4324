#include "pusherconnection.h"

#include "pusherframe.h"
#include "websocketframewriter.h"

#include <QTcpSocket>
#include <QWebSocket>

namespace tableside::server {

PusherConnection::PusherConnection(QWebSocket *webSocket, QTcpSocket *tcpSocket, QString socketId,
                                   QHostAddress peerAddress)
    : m_webSocket(webSocket)
    , m_tcpSocket(tcpSocket)
    , m_socketId(std::move(socketId))
    , m_peerAddress(std::move(peerAddress))
{ }

PusherConnection::~PusherConnection() = default;

void PusherConnection::sendJson(const QByteArray &json)
{
    if (m_tcpSocket || m_closing)
        sendWire(WebSocketFrameWriter::textFrame(json));
    else if (m_webSocket->state() == QAbstractSocket::ConnectedState)
        m_webSocket->sendTextMessage(QString::fromUtf8(json));
}

qint64 PusherConnection::sendWire(const QByteArray &wireFrame)
{
    if (m_closing)
        return -1;
    if (m_tcpSocket)
        return WebSocketFrameWriter::write(m_tcpSocket.data(), wireFrame);
    // No raw socket known (e.g. a TLS or foreign listener): QWebSocket frames it again.
    if (m_webSocket->state() != QAbstractSocket::ConnectedState)
        return -1;
    m_webSocket->sendTextMessage(QString::fromUtf8(WebSocketFrameWriter::payloadOf(wireFrame)));
    return 0;
}

qintptr PusherConnection::directDescriptor() const
{
    return m_closing ? -1 : WebSocketFrameWriter::directDescriptor(m_tcpSocket.data());
}

qint64 PusherConnection::finishDirectSend(const QByteArray &wireFrame, qsizetype alreadySent)
{
    return WebSocketFrameWriter::queueRemainder(m_tcpSocket.data(), wireFrame, alreadySent);
}

void PusherConnection::closeWithError(int code, const QString &message)
{
    if (m_closing)
        return;
    sendJson(pusher::Frame::error(code, message).encode());
    m_closing = true;
    m_webSocket->close(QWebSocketProtocol::CloseCode(code), message);
}

bool PusherConnection::isSubscribed(const QString &channel) const
{
    for (const auto &entry : m_channels)
        if (entry.first == channel)
            return true;
    return false;
}

void PusherConnection::addSubscription(const QString &channel, const QString &presenceUserId)
{
    m_channels.append({channel, presenceUserId});
}

QString PusherConnection::removeSubscription(const QString &channel)
{
    for (qsizetype i = 0; i < m_channels.size(); ++i) {
        if (m_channels.at(i).first == channel) {
            QString userId = m_channels.at(i).second;
            m_channels.removeAt(i);
            return userId;
        }
    }
    return {};
}

QString PusherConnection::presenceUserId(const QString &channel) const
{
    for (const auto &entry : m_channels)
        if (entry.first == channel)
            return entry.second;
    return {};
}

QVector<QString> PusherConnection::channels() const
{
    QVector<QString> names;
    names.reserve(m_channels.size());
    for (const auto &entry : m_channels)
        names.append(entry.first);
    return names;
}

} // namespace tableside::server
