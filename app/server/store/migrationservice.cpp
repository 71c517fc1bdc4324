#include "migrations.h"

namespace tableside::server::migrations {

// Version 6: device health, waiter-table assignment and escalation.
const QStringList &serviceV6()
{
    static const QStringList statements = {
        // One waiter per table for the shift; a table without a row is nobody's in particular.
        QStringLiteral("CREATE TABLE table_assignments ("
                       " table_number INTEGER PRIMARY KEY,"
                       " staff_id INTEGER NOT NULL,"
                       " staff_name TEXT NOT NULL,"
                       " assigned_at TEXT NOT NULL,"
                       " assigned_by TEXT NOT NULL DEFAULT '')"),
        // Each escalation step that fired, once per subject and level (the primary key is what
        // makes a step fire once, also across a restart between the check and the commit).
        QStringLiteral("CREATE TABLE escalation_steps ("
                       " subject_kind TEXT NOT NULL," // "call" or "order"
                       " subject_id TEXT NOT NULL,"
                       " level INTEGER NOT NULL,"
                       " fired_at TEXT NOT NULL,"
                       " seq INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (subject_kind, subject_id, level))"),
        // Staff devices as of their last state change (heartbeats themselves stay in memory):
        // after a restart the server still knows which devices should come back.
        QStringLiteral("CREATE TABLE devices ("
                       " device_id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " staff_name TEXT NOT NULL DEFAULT '',"
                       " mode TEXT NOT NULL DEFAULT '',"
                       " station TEXT NOT NULL DEFAULT '',"
                       " online INTEGER NOT NULL DEFAULT 0,"
                       " muted INTEGER NOT NULL DEFAULT 0,"
                       " last_seen_at TEXT NOT NULL DEFAULT '',"
                       " changed_at TEXT NOT NULL DEFAULT '')"),
    };
    return statements;
}

} // namespace tableside::server::migrations
