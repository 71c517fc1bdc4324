#include "printerworker.h"

namespace tableside::server {

PrinterWorker::PrinterWorker(PrinterSettings printer, PrintTimeouts timeouts)
    : m_printer(std::move(printer))
    , m_timeouts(timeouts)
{ }

void PrinterWorker::send(qint64 ticket, const QByteArray &bytes, bool probeOnly)
{
    emit done(ticket,
              probeOnly ? PrinterTransport::probe(m_printer, m_timeouts)
                        : PrinterTransport::send(m_printer, bytes, m_timeouts));
}

} // namespace tableside::server
