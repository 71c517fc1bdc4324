#pragma once

#include <QByteArray>

namespace tableside::server {

class PrintSpooler;

/// The printers' lines for GET /metrics: each configured printer's state (one 0/1 gauge per
/// known state) and its queued, sending and uncertain jobs.
class PrinterMetrics
{
public:
    /// Prometheus text; the labels are the printer names from the config and a fixed state set.
    static QByteArray text(const PrintSpooler &spooler);
};

} // namespace tableside::server
