#include "printertransport.h"

#include "escposencoder.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>
#endif

namespace tableside::server {

namespace {

// Judges the status answers: offline (cover open, error) or paper end stop the job before a
// byte of it goes out.
bool judge(PrintResult &result)
{
    if (result.paperStatus >= 0
        && EscPosEncoder::paperState(uchar(result.paperStatus)) == EscPosEncoder::PaperState::End) {
        result.state = PrintResult::State::PaperOut;
        result.message = PrinterTransport::tr("the printer reports: paper out");
        return false;
    }
    if (result.printerStatus >= 0 && EscPosEncoder::isOffline(uchar(result.printerStatus))) {
        result.state = PrintResult::State::Offline;
        result.message
            = PrinterTransport::tr("the printer reports: offline (cover open or an error)");
        return false;
    }
    return true;
}

// Reads the answers to the status queries just sent: one byte each, in order.
void readStatus(QTcpSocket &socket, PrintResult &result, int expected, int timeoutMs)
{
    QByteArray answer;
    QDeadlineTimer deadline(timeoutMs);
    while (answer.size() < expected && !deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(deadline.remainingTime())))
            break;
        answer += socket.read(expected - answer.size());
    }
    if (expected == 2) {
        result.printerStatus = answer.size() > 0 ? uchar(answer.at(0)) : -1;
        result.paperStatus = answer.size() > 1 ? uchar(answer.at(1)) : -1;
    } else if (!answer.isEmpty()) {
        result.printerStatus = uchar(answer.at(0));
    }
}

QString statusText(const PrintResult &result)
{
    if (result.printerStatus < 0)
        return PrinterTransport::tr("printed (the printer does not answer status queries)");
    return PrinterTransport::tr("printed; status 0x%1 paper 0x%2")
        .arg(result.printerStatus, 2, 16, QLatin1Char('0'))
        .arg(result.paperStatus < 0
                 ? QStringLiteral("--")
                 : QStringLiteral("%1").arg(result.paperStatus, 2, 16, QLatin1Char('0')));
}

} // namespace

QString PrintResult::stateName() const
{
    switch (state) {
    case State::Ok:
        return QStringLiteral("ok");
    case State::Offline:
        return QStringLiteral("offline");
    case State::PaperOut:
        return QStringLiteral("paper_out");
    case State::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

PrintResult PrinterTransport::send(const PrinterSettings &printer, const QByteArray &bytes,
                                   const PrintTimeouts &timeouts)
{
    return printer.isDevice() ? toDevice(printer, bytes, false, timeouts)
                              : overTcp(printer, bytes, false, timeouts);
}

PrintResult PrinterTransport::probe(const PrinterSettings &printer, const PrintTimeouts &timeouts)
{
    return printer.isDevice() ? toDevice(printer, {}, true, timeouts)
                              : overTcp(printer, {}, true, timeouts);
}

PrintResult PrinterTransport::overTcp(const PrinterSettings &printer, const QByteArray &bytes,
                                      bool statusOnly, const PrintTimeouts &timeouts)
{
    PrintResult result;
    QString host;
    quint16 port = 0;
    if (!printer.hostPort(&host, &port)) {
        result.message = tr("bad address %1").arg(printer.address);
        return result;
    }
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(timeouts.connectMs)) {
        result.state = PrintResult::State::Offline;
        result.message = tr("cannot connect to %1: %2").arg(printer.address, socket.errorString());
        return result;
    }
    socket.write(EscPosEncoder::statusQuery(1) + EscPosEncoder::statusQuery(4));
    socket.flush();
    readStatus(socket, result, 2, timeouts.statusMs);
    if (!judge(result))
        return result;
    if (statusOnly) {
        result.state = PrintResult::State::Ok;
        result.message = result.printerStatus < 0
            ? tr("connected; the printer does not answer status queries")
            : tr("ready; status 0x%1").arg(result.printerStatus, 2, 16, QLatin1Char('0'));
        return result;
    }
    qint64 sent = 0;
    QDeadlineTimer deadline(timeouts.writeMs);
    socket.write(bytes);
    while (socket.bytesToWrite() > 0 && !deadline.hasExpired()) {
        if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
            break;
    }
    sent = bytes.size() - socket.bytesToWrite();
    if (socket.bytesToWrite() > 0 || socket.state() != QAbstractSocket::ConnectedState) {
        result.state = PrintResult::State::Offline;
        result.partial = sent > 0;
        result.message = tr("the connection broke after %1 of %2 bytes: %3")
                             .arg(sent)
                             .arg(bytes.size())
                             .arg(socket.errorString());
        return result;
    }
    result.written = true;
    // The read-back: a printer that answers after the job has taken it.
    socket.write(EscPosEncoder::statusQuery(1));
    socket.flush();
    readStatus(socket, result, 1, timeouts.statusMs);
    result.state = PrintResult::State::Ok;
    result.message = statusText(result);
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(1000);
    return result;
}

PrintResult PrinterTransport::toDevice(const PrinterSettings &printer, const QByteArray &bytes,
                                       bool statusOnly, const PrintTimeouts &timeouts)
{
    PrintResult result;
#ifdef Q_OS_UNIX
    const QByteArray path = printer.address.toLocal8Bit();
    // Non-blocking: a USB printer out of paper blocks write() for ever; poll() bounds it.
    const int fd = ::open(path.constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    const int wfd = fd >= 0 ? fd : ::open(path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (wfd < 0) {
        result.state = PrintResult::State::Offline;
        result.message = tr("cannot open %1: %2 (is the printer on, and the server in group lp?)")
                             .arg(printer.address, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    const auto writeAll = [&](const QByteArray &data, int timeoutMs) -> qint64 {
        qint64 done = 0;
        QDeadlineTimer deadline(timeoutMs);
        while (done < data.size() && !deadline.hasExpired()) {
            pollfd p {wfd, POLLOUT, 0};
            if (::poll(&p, 1, int(deadline.remainingTime())) <= 0)
                break;
            const ssize_t n = ::write(wfd, data.constData() + done, size_t(data.size() - done));
            if (n < 0 && errno != EAGAIN && errno != EINTR)
                break;
            if (n > 0)
                done += n;
        }
        return done;
    };
    // Bidirectional printers answer DLE EOT on the same device; others say nothing.
    if (fd >= 0
        && writeAll(EscPosEncoder::statusQuery(1) + EscPosEncoder::statusQuery(4), 500) == 6) {
        char answer[2];
        int got = 0;
        QDeadlineTimer deadline(timeouts.statusMs);
        while (got < 2 && !deadline.hasExpired()) {
            pollfd p {fd, POLLIN, 0};
            if (::poll(&p, 1, int(deadline.remainingTime())) <= 0)
                break;
            const ssize_t n = ::read(fd, answer + got, size_t(2 - got));
            if (n <= 0)
                break;
            got += int(n);
        }
        result.printerStatus = got > 0 ? uchar(answer[0]) : -1;
        result.paperStatus = got > 1 ? uchar(answer[1]) : -1;
    }
    if (!judge(result)) {
        ::close(wfd);
        return result;
    }
    if (statusOnly) {
        ::close(wfd);
        result.state = PrintResult::State::Ok;
        result.message = tr("%1 is open for writing").arg(printer.address);
        return result;
    }
    const qint64 sent = writeAll(bytes, timeouts.writeMs);
    ::close(wfd);
    if (sent < bytes.size()) {
        result.state = PrintResult::State::Offline;
        result.partial = sent > 0;
        result.message = tr("%1 took %2 of %3 bytes (paper out or switched off?)")
                             .arg(printer.address)
                             .arg(sent)
                             .arg(bytes.size());
        return result;
    }
    result.written = true;
    result.state = PrintResult::State::Ok;
    result.message = statusText(result);
#else
    Q_UNUSED(printer)
    Q_UNUSED(bytes)
    Q_UNUSED(statusOnly)
    Q_UNUSED(timeouts)
    result.message = tr("device printers are supported on Linux only");
#endif
    return result;
}

} // namespace tableside::server
