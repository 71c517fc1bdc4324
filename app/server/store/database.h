#pragma once

#include "databasesettings.h"
#include "sqldialect.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <functional>
#include <map>
#include <memory>

namespace tableside::server {

/// The store's database — the SQLite file (WAL, synchronous=FULL) or a PostgreSQL database
/// (issue 21) —: a write connection and a read connection, a cache of prepared statements per
/// connection, and how values are written to columns. On PostgreSQL a third connection only
/// listens for the other instances' commits (a connection inside an open transaction does not
/// hear NOTIFY).
class Database
{
public:
    /// Writes, and the reads a write depends on, use Write (they see the open batch); every
    /// other read uses Read, which only ever sees committed data.
    enum class Connection { Write, Read };

    /// Finishes a cached statement when leaving scope: an active SQLite statement would
    /// otherwise keep its read snapshot open, and later reads on the connection would not see
    /// new commits.
    struct Finisher
    {
        QSqlQuery &query;
        ~Finisher() { query.finish(); }
    };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens the SQLite file @p path on both connections (named after @p owner, unique per
    /// store) and migrates the schema; on failure @p error says why.
    bool open(const QString &path, const void *owner, QString *error);
    /// Opens what @p settings name: PostgreSQL, or else the SQLite file @p sqlitePath.
    bool open(const DatabaseSettings &settings, const QString &sqlitePath, const void *owner,
              QString *error);
    void close();
    bool isOpen() const { return m_open; }
    /// The SQLite file, or the PostgreSQL URL (no secret in it).
    QString path() const { return m_path; }
    const DatabaseSettings &settings() const { return m_settings; }
    SqlDialect::Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == SqlDialect::Backend::Postgres; }
    /// PostgreSQL: the driver of the connection that LISTENs (QSqlDriver::notification);
    /// nullptr on SQLite.
    QSqlDriver *listenDriver() const;
    /// PostgreSQL: called once when a statement failed because its connection is gone (the
    /// server restarted, failed over, or ended the session); QPSQL does not reconnect.
    void setConnectionLostHandler(std::function<void()> handler)
    {
        m_onConnectionLost = std::move(handler);
    }
    /// PostgreSQL: false once a connection was found lost (also checks the LISTEN one).
    bool checkConnections();

    QSqlDatabase connection(Connection connection) const;
    /// The prepared statement for @p sql on @p connection (prepared once, then reused).
    QSqlQuery &statement(Connection connection, const QString &sql);
    /// Binds @p binds by position and executes @p query; logs and returns false on failure.
    bool run(QSqlQuery &query, const QVariantList &binds = {});
    /// Runs a cached query and calls @p eachRow(const QSqlQuery &) for every row it returns;
    /// false when it failed.
    template<typename EachRow>
    bool select(Connection connection, const QString &sql, const QVariantList &binds,
                EachRow &&eachRow)
    {
        QSqlQuery &query = statement(connection, sql);
        Finisher finisher {query};
        if (!run(query, binds))
            return false;
        while (query.next())
            eachRow(std::as_const(query));
        return true;
    }
    /// Runs a cached statement that returns no rows.
    bool exec(Connection connection, const QString &sql, const QVariantList &binds = {});
    /// Runs @p sql unprepared (transaction control: BEGIN, COMMIT, ROLLBACK).
    bool execDirect(Connection connection, const QString &sql);
    /// Savepoint control (SAVEPOINT, RELEASE, ROLLBACK TO): a cached statement on SQLite,
    /// unprepared on PostgreSQL, which cannot prepare it.
    bool execSavepoint(Connection connection, const QString &sql);
    /// A read transaction whose statements all see one snapshot (REPEATABLE READ on
    /// PostgreSQL, where READ COMMITTED gives each statement its own); end it with COMMIT.
    bool beginSnapshot(Connection connection);

    /// Times are stored as UTC ISO 8601 text with milliseconds (sortable); invalid = "".
    static QString timeText(const QDateTime &time);
    static QDateTime timeFrom(const QVariant &value);
    /// NULL for an empty text (optional columns).
    static QVariant nullableText(const QString &text);
    /// "" for a null QString, which would otherwise bind as NULL (NOT NULL text columns, and
    /// comparisons: NULL equals nothing).
    static QString text(const QString &text);

private:
    bool openConnection(const QString &name, QString *error);
    bool openPostgresConnection(const QString &name, QString *error);
    void noteFailure(const QSqlDriver *driver, const QString &error);

    DatabaseSettings m_settings;
    SqlDialect::Backend m_backend = SqlDialect::Backend::Sqlite;
    QString m_path;
    QString m_listenName;
    QString m_writeName;
    QString m_readName;
    bool m_open = false;
    bool m_connectionLost = false;
    std::function<void()> m_onConnectionLost;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_writeQueries;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_readQueries;
};

} // namespace tableside::server
