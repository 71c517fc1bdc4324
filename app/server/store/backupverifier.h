#pragma once

#include "backupsummary.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace tableside::server {

/// Checks a backup file (.db.gz or a plain SQLite file): unpacks it to a temporary copy, opens
/// it read-only, runs PRAGMA integrity_check and reads what it holds. A PostgreSQL backup
/// (pg_dump archive) is checked by PgDump::verify.
class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)

public:
    /// The summary, or nothing and @p error (translated) when the file is not a sound backup.
    static std::optional<BackupSummary> verify(const QString &file, QString *error);
    /// Writes the plain SQLite database of backup @p file (gzip or plain) to @p outFile
    /// (replaced); false and @p error (translated) when it does not unpack.
    static bool unpack(const QString &file, const QString &outFile, QString *error);
};

} // namespace tableside::server
