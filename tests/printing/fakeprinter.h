#pragma once

#include "escposdecoder.h"

#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

/// A network ticket printer in the test: a QTcpServer (port 0, or a given port to come back
/// on) that keeps every byte it receives and answers DLE EOT status queries with the status
/// it is set to (or not at all, like printers that do not answer).
class FakePrinter : public QObject
{
    Q_OBJECT
public:
    explicit FakePrinter(QObject *parent = nullptr);

    bool listen(quint16 port = 0);
    /// Stops listening and drops every connection (the printer is switched off).
    void close();
    quint16 port() const { return m_port; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

    /// The DLE EOT 1 and DLE EOT 4 answers (0x12 each = ready, paper present).
    void setStatus(int printerStatus, int paperStatus);
    void setPaperOut(bool out) { setStatus(0x12, out ? 0x72 : 0x12); }
    void setAnswersStatus(bool answers) { m_answers = answers; }
    /// A slow printer: each status answer comes @p ms later.
    void setAnswerDelayMs(int ms) { m_answerDelayMs = ms; }

    /// Every connection's bytes, in the order the connections were made.
    QList<QByteArray> streams() const;
    /// Every ticket received (decoded); false and @p error when a stream does not decode.
    QList<EscPosDecoder::Ticket> tickets(QString *error = nullptr) const;
    int connections() const { return int(m_streams.size()); }

signals:
    void dataReceived();

private:
    struct Stream
    {
        QTcpSocket *socket = nullptr;
        QByteArray bytes;
        qsizetype parsed = 0; // where the status-query scan stopped
    };
    void onReadyRead(int index);

    QTcpServer m_server;
    quint16 m_port = 0;
    QList<Stream> m_streams;
    int m_printerStatus = 0x12;
    int m_paperStatus = 0x12;
    bool m_answers = true;
    int m_answerDelayMs = 0;
};
