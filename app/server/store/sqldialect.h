#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace tableside::server {

/// The store's SQL is written once, in the dialect SQLite and PostgreSQL share wherever they
/// can (docs/postgresql-notes.md). What they do not share is rendered here per back end.
class SqlDialect
{
public:
    enum class Backend { Sqlite, Postgres };

    /// The back end of an open connection (its driver: QSQLITE or QPSQL).
    static Backend backendOf(const QSqlDatabase &db);

    /// A schema statement as the migrations write it (SQLite) into what @p backend runs; one
    /// statement may become several (a trigger is a function and a trigger in PostgreSQL).
    /// PostgreSQL: INTEGER → BIGINT, INTEGER PRIMARY KEY AUTOINCREMENT → BIGINT identity,
    /// BLOB → BYTEA, no WITHOUT ROWID, date('now', '-N days') → the UTC date as text,
    /// "BEGIN SELECT RAISE(ABORT, 'msg'); END" triggers → a PL/pgSQL function raising msg.
    static QStringList schemaStatements(Backend backend, const QString &statement);
};

} // namespace tableside::server
