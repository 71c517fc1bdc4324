#include "migrations.h"

namespace tableside::server::migrations {

// Version 7: printers and their print jobs. The printers themselves live in the server config
// (printers/<name>/…); the database keeps what must survive a restart: the job queue, and each
// printer's last known state (so a change is reported once, not at every start).
//
// A job goes queued → sending → done. "sending" is committed before the first byte goes out;
// a job found in "sending" at start-up was cut off by a crash and becomes "uncertain": it is
// never sent again on its own (at-most-once, see docs/printing.md). dedup_key makes the
// automatic tickets of one order, station and trigger unique per printer.
const QStringList &printingV7()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE print_jobs ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " printer TEXT NOT NULL,"
                       " kind TEXT NOT NULL," // ticket, bill, test, call
                       " trigger_name TEXT NOT NULL DEFAULT ''," // new-order, start, late, reprint …
                       " order_id TEXT NOT NULL DEFAULT '',"
                       " table_number INTEGER NOT NULL DEFAULT 0,"
                       " station TEXT NOT NULL DEFAULT '',"
                       " copy INTEGER NOT NULL DEFAULT 0,"
                       " payload TEXT NOT NULL DEFAULT '{}',"
                       " dedup_key TEXT,"
                       " state TEXT NOT NULL DEFAULT 'queued',"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " not_before TEXT NOT NULL DEFAULT '',"
                       " last_error TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " done_at TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (printer, dedup_key))"),
        QStringLiteral("CREATE INDEX print_jobs_queue ON print_jobs (printer, state, id)"),
        QStringLiteral("CREATE TABLE printer_states ("
                       " printer TEXT PRIMARY KEY,"
                       " state TEXT NOT NULL,"
                       " message TEXT NOT NULL DEFAULT '',"
                       " changed_at TEXT NOT NULL)"),
    };
    return statements;
}

} // namespace tableside::server::migrations
