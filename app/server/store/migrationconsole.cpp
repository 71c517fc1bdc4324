#include "migrations.h"

namespace tableside::server::migrations {

// Version 5: the manager's console. The audit log is append-only: triggers refuse to change
// or delete an entry, so not even a bug in a later build can edit history.
const QStringList &consoleV5()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "at TEXT NOT NULL, staff_id INTEGER NOT NULL DEFAULT 0, "
                       "staff_name TEXT NOT NULL, action TEXT NOT NULL, "
                       "subject TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END"),
        // -- menu editing (issue 16, H4): allergens as comma-separated EU codes; a photo per
        // product (re-encoded JPEG, its version in the URL so guests may cache it for good);
        // a paused category or station ("kitchen closed") makes its products unavailable
        // without touching each product's own availability, so resuming restores exactly.
        QStringLiteral("ALTER TABLE products ADD COLUMN allergens TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE categories ADD COLUMN is_paused INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE station_pauses (station TEXT PRIMARY KEY, "
                       "paused_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE product_photos (product_id INTEGER PRIMARY KEY, "
                       "version INTEGER NOT NULL, jpeg BLOB NOT NULL, updated_at TEXT NOT NULL)"),
        // -- end of menu editing
        // -- staff and service (issue 16, H5): a member may be switched off (kept in the
        // history, cannot sign in) instead of removed.
        QStringLiteral("ALTER TABLE staff ADD COLUMN is_active INTEGER NOT NULL DEFAULT 1"),
        // -- end of staff and service

    };
    return statements;
}

} // namespace tableside::server::migrations
