#pragma once

// Shared by the benchmarks that make a large database by SQL (bench_backup, bench_reports):
// runs statements, in order, on a SQLite file whose server is stopped.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <cstdio>

namespace tableside::bench {

/// Runs @p statements on the SQLite file @p databaseFile and stops at the first that fails,
/// saying which on stderr after @p who; false then (or when the file does not open).
inline bool runSqlite(const QString &databaseFile, const QStringList &statements, const char *who)
{
    bool ok = true;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        db.setDatabaseName(databaseFile);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!ok)
                break;
            if (!q.exec(statement)) {
                std::fprintf(stderr, "%s: %s: %s\n", who, qPrintable(statement.left(80)),
                             qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    return ok;
}

} // namespace tableside::bench
