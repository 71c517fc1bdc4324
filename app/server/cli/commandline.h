#pragma once

#include <QCoreApplication>

namespace tableside::server {

/// The tableside-server command line (a stable contract used by the README, packaging and
/// scripts):
///   tableside-server [--data-dir DIR] [--address ADDR] [--port PORT] [--config FILE]
///                    [--public-staff-channel]
///   tableside-server staff add|list|remove|reset-pin …
///   tableside-server app-credentials [--data-dir DIR]
///   tableside-server menu import [--data-dir DIR] FILE.json
///   tableside-server qr …            (the guest side's QR cards)
///   tableside-server --help | --version
/// Bad arguments: one line on stderr and exit code 2. Returns the process exit code.
int runCommandLine(int argc, char *argv[]);

/// Loads the server's messages (and Qt's) in the system language into @p app.
void installServerTranslator(QCoreApplication &app);

} // namespace tableside::server
