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

    };
    return statements;
}

} // namespace tableside::server::migrations
