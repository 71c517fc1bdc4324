#pragma once

#include <QStringList>

namespace tableside::server {

/// `tableside-server backup --data-dir DIR [--config FILE] [--out FILE]`: writes a consistent,
/// compressed, verified copy of the database now (while a server runs on DIR or not), by
/// default as `<backup/folder>/tableside-YYYY-MM-DD-HHMMSS.db.gz`, and prints the file and what
/// it holds. @p arguments start with "backup". Returns 0, 1 (the copy failed) or 2 (bad
/// arguments).
int runBackupCommand(const QStringList &arguments);

/// `tableside-server restore --data-dir DIR [--config FILE] FILE`: replaces DIR's database with
/// the backup FILE after checking it, keeping the replaced one aside as
/// `tableside.db.replaced-<timestamp>`, and prints what it restored (date, orders, last seq).
/// Refuses (2) while a server runs on DIR (it holds DIR/tableside-server.lock). Returns 0, 1
/// (a bad backup, or the files could not be moved; nothing replaced) or 2.
int runRestoreCommand(const QStringList &arguments);

} // namespace tableside::server
