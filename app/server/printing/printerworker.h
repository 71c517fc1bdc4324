#pragma once

#include "printertransport.h"

#include <QObject>

namespace tableside::server {

/// One printer's blocking I/O, on that printer's own thread: sends are done one at a time in
/// the order they were asked for, and the event loop never waits on a printer.
class PrinterWorker : public QObject
{
    Q_OBJECT
public:
    explicit PrinterWorker(PrinterSettings printer, PrintTimeouts timeouts);

public slots:
    /// Sends @p bytes (or only asks the status when @p probeOnly); answers with done(@p ticket).
    void send(qint64 ticket, const QByteArray &bytes, bool probeOnly);

signals:
    void done(qint64 ticket, const tableside::server::PrintResult &result);

private:
    PrinterSettings m_printer;
    PrintTimeouts m_timeouts;
};

} // namespace tableside::server
