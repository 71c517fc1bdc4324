#pragma once

#include <QStringList>

namespace tableside::server {

/// `tableside-server report --data-dir DIR (--day YYYY-MM-DD | --from D --to D) [--lang bg|en]
/// [--config FILE] --out FILE.pdf` or `… --out FOLDER --format csv`: the report of those
/// business days as a PDF (A4) or one CSV file per table in FOLDER, read through a read-only
/// connection (a running server is not disturbed). @p arguments are the words after "report".
/// Creates an offscreen QGuiApplication when no application object exists yet (call it before
/// constructing one). Returns 0, 1 (the database could not be read or the output written) or 2
/// (bad arguments).
int runReportCommand(const QStringList &arguments);

} // namespace tableside::server
