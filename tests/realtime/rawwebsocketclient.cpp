#include "rawwebsocketclient.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QtEndian>

bool RawWebSocketClient::connectAndUpgrade(quint16 port, const QString &key)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    QDeadlineTimer deadline(5000);
    while (m_socket.state() != QAbstractSocket::ConnectedState && !deadline.hasExpired())
        QTest::qWait(5);
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return false;
    m_socket.write("GET /app/" + key.toUtf8()
                   + "?protocol=7 HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\n\r\n");
    QByteArray response;
    while (!response.contains("\r\n\r\n") && !deadline.hasExpired()) {
        QTest::qWait(5);
        response += m_socket.readAll();
    }
    return response.startsWith("HTTP/1.1 101");
}

QByteArray RawWebSocketClient::maskedFrame(const QByteArray &payload, qint64 claimedLength)
{
    const quint64 length = quint64(claimedLength < 0 ? payload.size() : claimedLength);
    QByteArray frame;
    frame.append(char(0x81));
    if (length < 126) {
        frame.append(char(0x80 | length));
    } else if (length <= 0xffff) {
        frame.append(char(0x80 | 126));
        uchar be[2];
        qToBigEndian<quint16>(quint16(length), be);
        frame.append(reinterpret_cast<const char *>(be), 2);
    } else {
        frame.append(char(0x80 | 127));
        uchar be[8];
        qToBigEndian<quint64>(length, be);
        frame.append(reinterpret_cast<const char *>(be), 8);
    }
    const char mask[4] = {0x12, 0x34, 0x56, 0x78};
    frame.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask[i % 4]));
    return frame;
}

void RawWebSocketClient::sendText(const QByteArray &payload)
{
    m_socket.write(maskedFrame(payload));
    m_socket.flush();
}

void RawWebSocketClient::stopReading()
{
    m_socket.setReadBufferSize(1);
    m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
}

bool RawWebSocketClient::waitForDisconnected(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}
