#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tableside::server {

/// The database schema and its migrations: PRAGMA user_version (SQLite) or the schema_version
/// table (PostgreSQL, through SqlDialect) says which have run; each migration runs in its own
/// transaction, so a crash leaves the previous version intact.
class Schema
{
public:
    static int currentVersion();
    /// Brings @p db to @p toVersion (currentVersion() but in upgrade tests, which make the
    /// databases earlier builds made). Refuses a database from a newer build.
    static bool migrate(QSqlDatabase &db, int *fromVersion, QString *error, int toVersion = -1);
};

} // namespace tableside::server
