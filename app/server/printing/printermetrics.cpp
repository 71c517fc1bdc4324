#include "printermetrics.h"

#include "printspooler.h"

#include <QJsonObject>

namespace tableside::server {

namespace {

// A label value as the text format wants it: backslash, quote and newline escaped (printer
// names come from the config file and may hold anything).
QByteArray labelValue(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

QByteArray PrinterMetrics::text(const PrintSpooler &spooler)
{
    // Fixed sets, so a dashboard's queries and the series count stay bounded.
    static const char *const States[] = {"ok", "offline", "paper_out", "error", "unknown"};
    static const char *const JobStates[] = {"queued", "sending", "uncertain"};
    QByteArray state = "# HELP tableside_printer_state 1 for the state a ticket printer was last "
                       "seen in (unknown before its first exchange).\n"
                       "# TYPE tableside_printer_state gauge\n";
    QByteArray jobs = "# HELP tableside_print_jobs Print jobs not printed yet: queued, being "
                      "sent, or uncertain after a crash (reprinted only on request).\n"
                      "# TYPE tableside_print_jobs gauge\n";
    for (const PrinterSettings &printer : spooler.printers()) {
        const QByteArray name = "printer=\"" + labelValue(printer.name) + '"';
        const QString current = spooler.state(printer.name);
        for (const char *s : States)
            state += "tableside_printer_state{" + name + ",state=\"" + s + "\"} "
                + (current == QLatin1String(s) ? "1\n" : "0\n");
        const QJsonObject counts = spooler.printerJson(printer.name).value(u"jobs").toObject();
        for (const char *s : JobStates)
            jobs += "tableside_print_jobs{" + name + ",state=\"" + s + "\"} "
                + QByteArray::number(counts.value(QLatin1String(s)).toInt()) + '\n';
    }
    return state + jobs;
}

} // namespace tableside::server
