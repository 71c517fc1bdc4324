#include "backupretention.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace tableside::server {

namespace {

// SQLite backups are .db.gz, PostgreSQL ones .pgdump (PgDump): one retention for both.
const QString namePattern
    = QStringLiteral("^tableside-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(\\.db\\.gz|\\.pgdump)$");
const QString timeFormat = QStringLiteral("yyyy-MM-dd-HHmmss");

} // namespace

QString BackupRetention::fileName(const QDateTime &at, const QString &extension)
{
    return QStringLiteral("tableside-") + at.toUTC().toString(timeFormat) + extension;
}

QDateTime BackupRetention::timeOf(const QString &name)
{
    static const QRegularExpression pattern(namePattern);
    const auto match = pattern.match(name);
    if (!match.hasMatch())
        return {};
    QDateTime at = QDateTime::fromString(match.captured(1), timeFormat);
    at.setTimeSpec(Qt::UTC);
    return at;
}

QStringList BackupRetention::toDelete(const QStringList &names, int keepDaily, int keepWeekly)
{
    struct Backup
    {
        QString name;
        QDateTime at;
    };
    std::vector<Backup> backups;
    for (const QString &name : names) {
        const QDateTime at = timeOf(name);
        if (at.isValid())
            backups.push_back({name, at});
    }
    // Newest first: the first backup met for a day (or week) is that day's last one.
    std::sort(backups.begin(), backups.end(),
              [](const Backup &a, const Backup &b) { return a.at > b.at; });
    QSet<QString> keep;
    QSet<QDate> days;
    QSet<qint64> weeks;
    for (const Backup &backup : backups) {
        const QDate day = backup.at.date();
        if (!days.contains(day) && days.size() < keepDaily) {
            days.insert(day);
            keep.insert(backup.name);
        }
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        const qint64 weekKey = qint64(weekYear) * 100 + week;
        if (!weeks.contains(weekKey) && weeks.size() < keepWeekly) {
            weeks.insert(weekKey);
            keep.insert(backup.name);
        }
    }
    QStringList remove;
    for (const Backup &backup : backups) {
        if (!keep.contains(backup.name))
            remove << backup.name;
    }
    return remove;
}

} // namespace tableside::server
