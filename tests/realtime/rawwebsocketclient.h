#pragma once

#include <QByteArray>
#include <QTcpSocket>

/// A WebSocket client written by hand over QTcpSocket, for what QWebSocket will not do: claim
/// huge frame lengths, stop reading (a stuck device), or never finish the handshake.
class RawWebSocketClient
{
public:
    /// Connects and completes the upgrade to /app/<key>?protocol=7; false on failure.
    bool connectAndUpgrade(quint16 port, const QString &key);
    /// A masked client frame (opcode 1 = text) with a payload length header of @p claimedLength
    /// (defaults to the payload's real length).
    static QByteArray maskedFrame(const QByteArray &payload, qint64 claimedLength = -1);
    void sendText(const QByteArray &payload);
    /// Stops reading: Qt buffers at most one byte, the kernel window fills, the server must cope.
    void stopReading();

    QTcpSocket &socket() { return m_socket; }
    QByteArray readAll() { return m_socket.readAll(); }
    bool waitForDisconnected(int timeoutMs);

private:
    QTcpSocket m_socket;
};
