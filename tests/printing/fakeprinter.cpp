#include "fakeprinter.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

FakePrinter::FakePrinter(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            const int index = int(m_streams.size());
            m_streams.append({socket, {}, 0});
            connect(socket, &QTcpSocket::readyRead, this, [this, index] { onReadyRead(index); });
        }
    });
}

bool FakePrinter::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void FakePrinter::close()
{
    m_server.close();
    for (Stream &stream : m_streams) {
        if (stream.socket) {
            stream.socket->abort();
            stream.socket->deleteLater();
            stream.socket = nullptr;
        }
    }
}

void FakePrinter::setStatus(int printerStatus, int paperStatus)
{
    m_printerStatus = printerStatus;
    m_paperStatus = paperStatus;
}

QList<QByteArray> FakePrinter::streams() const
{
    QList<QByteArray> all;
    for (const Stream &stream : m_streams)
        all.append(stream.bytes);
    return all;
}

QList<EscPosDecoder::Ticket> FakePrinter::tickets(QString *error) const
{
    QList<EscPosDecoder::Ticket> all;
    for (const Stream &stream : m_streams) {
        if (!EscPosDecoder::decode(stream.bytes, &all, error))
            return {};
    }
    return all;
}

void FakePrinter::onReadyRead(int index)
{
    Stream &stream = m_streams[index];
    if (!stream.socket)
        return;
    stream.bytes += stream.socket->readAll();
    // Answer DLE EOT like a printer: real-time, wherever it comes, but not inside image data.
    const QByteArray &b = stream.bytes;
    qsizetype i = stream.parsed;
    while (i < b.size()) {
        const uchar c = uchar(b.at(i));
        const qsizetype left = b.size() - i;
        if (c == 0x1d && left >= 2 && b.at(i + 1) == 'v') {
            if (left < 8)
                break;
            const int bytesPerRow = uchar(b.at(i + 4)) | (uchar(b.at(i + 5)) << 8);
            const int rows = uchar(b.at(i + 6)) | (uchar(b.at(i + 7)) << 8);
            if (left < 8 + qsizetype(bytesPerRow) * rows)
                break;
            i += 8 + qsizetype(bytesPerRow) * rows;
        } else if (c == 0x10) {
            if (left < 3)
                break;
            if (m_answers && b.at(i + 1) == 0x04) {
                const QByteArray answer(
                    1, b.at(i + 2) == 4 ? char(m_paperStatus) : char(m_printerStatus));
                QPointer<QTcpSocket> socket = stream.socket;
                if (m_answerDelayMs > 0)
                    QTimer::singleShot(m_answerDelayMs, this, [socket, answer] {
                        if (socket)
                            socket->write(answer);
                    });
                else
                    socket->write(answer);
            }
            i += 3;
        } else if (c == 0x1b || c == 0x1d) {
            const int length = (c == 0x1b && left >= 2 && b.at(i + 1) == '@') ? 2
                : (c == 0x1d && left >= 2 && b.at(i + 1) == 'V')              ? 4
                                                                              : 3;
            if (left < length)
                break;
            i += length;
        } else {
            ++i;
        }
    }
    stream.parsed = i;
    emit dataReceived();
}
