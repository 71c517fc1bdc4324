#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tableside::server {

/// Which backups of a folder to keep: the last backup of each of the newest keepDaily days and
/// the last backup of each of the newest keepWeekly ISO weeks; everything else goes (pure).
class BackupRetention
{
public:
    /// "tableside-YYYY-MM-DD-HHMMSS.db.gz" for @p at (UTC); ".pgdump" backups of PostgreSQL.
    static QString fileName(const QDateTime &at,
                            const QString &extension = QStringLiteral(".db.gz"));
    /// The time in a backup file name; invalid when @p name is not one.
    static QDateTime timeOf(const QString &name);
    /// The backup names among @p names to delete (names that are not backups are never listed).
    static QStringList toDelete(const QStringList &names, int keepDaily, int keepWeekly);
};

} // namespace tableside::server
