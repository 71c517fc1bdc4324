#include "websocketframewriter.h"

#include "rawsocketsend.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QtEndian>

namespace tableside::server {

QByteArray WebSocketFrameWriter::textFrame(const QByteArray &utf8Payload)
{
    const qsizetype length = utf8Payload.size();
    QByteArray frame;
    frame.reserve(length + 10);
    frame.append(char(0x81)); // FIN + opcode 1 (text)
    if (length < 126) {
        frame.append(char(length));
    } else if (length <= 0xffff) {
        frame.append(char(126));
        uchar be[2];
        qToBigEndian<quint16>(quint16(length), be);
        frame.append(reinterpret_cast<const char *>(be), 2);
    } else {
        frame.append(char(127));
        uchar be[8];
        qToBigEndian<quint64>(quint64(length), be);
        frame.append(reinterpret_cast<const char *>(be), 8);
    }
    frame.append(utf8Payload);
    return frame;
}

QByteArray WebSocketFrameWriter::payloadOf(const QByteArray &wireFrame)
{
    if (wireFrame.size() < 2)
        return {};
    const uchar lengthByte = uchar(wireFrame.at(1)) & 0x7f;
    const int headerSize = lengthByte == 127 ? 10 : lengthByte == 126 ? 4 : 2;
    return wireFrame.mid(headerSize);
}

qintptr WebSocketFrameWriter::directDescriptor(QTcpSocket *socket)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() != 0
        || qobject_cast<QSslSocket *>(socket) != nullptr)
        return -1;
    return socket->socketDescriptor();
}

qint64 WebSocketFrameWriter::queueRemainder(QTcpSocket *socket, const QByteArray &wireFrame,
                                            qsizetype alreadySent)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return -1;
    if (alreadySent < wireFrame.size())
        socket->write(wireFrame.constData() + alreadySent, wireFrame.size() - alreadySent);
    return socket->bytesToWrite();
}

qint64 WebSocketFrameWriter::write(QTcpSocket *socket, const QByteArray &wireFrame)
{
    const qintptr descriptor = directDescriptor(socket);
    qsizetype sent = 0;
    // A full kernel buffer or a real error: QTcpSocket queues the rest and reports the error.
    if (descriptor >= 0)
        sent = qMax(
            0, RawSocketSend::sendSome(descriptor, wireFrame.constData(), int(wireFrame.size())));
    return queueRemainder(socket, wireFrame, sent);
}

} // namespace tableside::server
