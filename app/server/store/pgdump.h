#pragma once

#include "backupsummary.h"
#include "databasesettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace tableside::server {

/// Backups of a PostgreSQL store (issue 21) with PostgreSQL's own client programs (Debian
/// package postgresql-client-15): pg_dump's custom format written from one snapshot, checked by
/// reading every block back with pg_restore, and restored with pg_restore in one transaction.
/// Each program runs as a child process; the password goes into that child's PGPASSWORD only.
class PgDump
{
    Q_DECLARE_TR_FUNCTIONS(PgDump)

public:
    /// The backup files' extension ("tableside-YYYY-MM-DD-HHMMSS.pgdump").
    static QString extension() { return QStringLiteral(".pgdump"); }
    /// True when @p file starts as a pg_dump custom-format archive does ("PGDMP").
    static bool isDump(const QString &file);

    /// pg_dump of @p database into @p outFile (replaced only once the dump is verified; no
    /// partial file is left). False and @p error (translated) on failure.
    static bool write(const DatabaseSettings &database, const QString &outFile, QString *error,
                      BackupSummary *summary = nullptr);
    /// Reads the whole archive back (pg_restore into nothing) and what it holds: orders, the
    /// staff channel's last seq and the time it was made. Nothing and @p error when damaged.
    static std::optional<BackupSummary> verify(const QString &file, QString *error);
    /// Restores @p file into @p database with pg_restore --clean --if-exists
    /// --single-transaction (the database is either as it was or the backup's), then gives it a
    /// new history id. No server may be connected to it (see otherConnections()).
    static bool restore(const QString &file, const DatabaseSettings &database, QString *error);
    /// How many other sessions are connected to @p database (servers, psql); -1 and @p error
    /// when it cannot be asked.
    static int otherConnections(const DatabaseSettings &database, QString *error);

    /// 1 when @p database holds a Tableside schema (its orders table), 0 when it is empty of
    /// one, -1 and @p error when it cannot be asked (commands that must not create a database
    /// as a side effect check it, as they check for the SQLite file).
    static int holdsTableside(const DatabaseSettings &database, QString *error);

    /// The libpq connection string of @p database (no password in it), for --dbname.
    static QString connectionString(const DatabaseSettings &database);
    /// Where @p name (pg_dump, pg_restore) is: $TABLESIDE_PG_BIN/name, else the PATH's.
    static QString program(const QString &name);
};

} // namespace tableside::server
