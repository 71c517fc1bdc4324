#pragma once

#include "backupsummary.h"
#include "databasesettings.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

namespace tableside::server {

/// Writes a consistent, gzip-compressed copy of a live database (VACUUM INTO on a connection
/// of its own, so it may run in any thread while the server keeps writing) and verifies it.
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(BackupWriter)

public:
    /// Writes @p outFile (gzip of the copy) from @p databaseFile, then verifies it with
    /// BackupVerifier. False and @p error (translated) on any failure; no partial file is left.
    /// @p summary (optional): what the verified backup holds.
    static bool write(const QString &databaseFile, const QString &outFile, QString *error,
                      BackupSummary *summary = nullptr);
    /// The backup of the database @p database names: the SQLite file @p databaseFile as
    /// above, or on PostgreSQL a verified pg_dump archive (PgDump).
    static bool write(const DatabaseSettings &database, const QString &databaseFile,
                      const QString &outFile, QString *error, BackupSummary *summary = nullptr);
    /// The extension of @p database's backup files: ".db.gz", or ".pgdump" on PostgreSQL.
    static QString extension(const DatabaseSettings &database);
    /// The last steps of every backup: when @p written, checks @p part with @p verify, then
    /// renames it to @p outFile (replacing it); else, or on failure, removes @p part. So a backup
    /// file exists under its name only once it has been read back whole.
    static bool publish(bool written, const QString &part, const QString &outFile,
                        const std::function<std::optional<BackupSummary>(const QString &file,
                                                                         QString *error)> &verify,
                        BackupSummary *summary, QString *error);
};

} // namespace tableside::server
