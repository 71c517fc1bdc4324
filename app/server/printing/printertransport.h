#pragma once

#include "printersettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace tableside::server {

/// What a printer said to one send (or status probe).
struct PrintResult
{
    enum class State { Ok, Offline, PaperOut, Error };
    State state = State::Error;
    QString message; ///< the printer's answer or the error, for the manager
    bool written = false; ///< every byte went out
    bool partial = false; ///< some bytes went out, not all: the ticket may be cut off
    int printerStatus = -1; ///< DLE EOT 1 answer (-1 = the printer did not answer)
    int paperStatus = -1; ///< DLE EOT 4 answer (-1 = no answer)

    /// "ok", "offline", "paper_out" or "error" (the printer-status event's state).
    QString stateName() const;
};

/// Timeouts of one exchange with a printer, in milliseconds.
struct PrintTimeouts
{
    int connectMs = 3000;
    int statusMs = 800; ///< a printer that does not answer DLE EOT within this is "unknown"
    int writeMs = 15000;
};

/// Blocking I/O with one printer (runs on the printer's own thread): raw TCP (port 9100) or a
/// device file (/dev/usb/lp0). Asks DLE EOT 1 and 4 first (offline? paper out?), writes the
/// bytes, then asks DLE EOT 1 again to know the printer took them.
class PrinterTransport
{
    Q_DECLARE_TR_FUNCTIONS(PrinterTransport)

public:
    static PrintResult send(const PrinterSettings &printer, const QByteArray &bytes,
                            const PrintTimeouts &timeouts = {});
    /// Status only: nothing printed.
    static PrintResult probe(const PrinterSettings &printer, const PrintTimeouts &timeouts = {});

private:
    static PrintResult overTcp(const PrinterSettings &printer, const QByteArray &bytes,
                               bool statusOnly, const PrintTimeouts &timeouts);
    static PrintResult toDevice(const PrinterSettings &printer, const QByteArray &bytes,
                                bool statusOnly, const PrintTimeouts &timeouts);
};

} // namespace tableside::server

Q_DECLARE_METATYPE(tableside::server::PrintResult)
