#pragma once

#include "databasesettings.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace tableside::server {

/// The reports' own read-only connection to the store's database. On SQLite it uses SQLite's
/// C API: a year of orders means hundreds of thousands of rows, and reading them as plain
/// integers (no QVariant per value) keeps a year's report under a second; opened with
/// SQLITE_OPEN_READONLY (it cannot write; a WAL reader never blocks the server's writer). On
/// PostgreSQL (issue 21) it is a QPSQL connection of its own whose transactions are READ ONLY.
class ReportConnection
{
public:
    /// One value of the current row.
    struct Value
    {
        sqlite3_stmt *statement;
        const QSqlQuery *query; ///< PostgreSQL (statement is null then)
        int column;
        qint64 toLongLong() const;
        int toInt() const { return int(toLongLong()); }
        QString toString() const;
        /// The text as UTF-8. On SQLite it points into the row (no copy), valid until the
        /// next row: compare it or copy it, never keep it.
        QByteArray bytes() const;
        bool isNull() const;
    };
    /// The current row of a select().
    struct Row
    {
        sqlite3_stmt *statement;
        const QSqlQuery *query;
        Value value(int column) const { return {statement, query, column}; }
    };

    /// Opens the database @p database names (PostgreSQL), else tableside.db in @p dataDir;
    /// nullptr with @p error when it cannot be opened. The report command, the reports API
    /// and the end-of-day report all come through here.
    static std::unique_ptr<ReportConnection> open(const DatabaseSettings &database,
                                                  const QString &dataDir, QString *error);
    /// The SQLite file the store keeps in @p dataDir.
    static QString sqlitePath(const QString &dataDir);

    /// The SQLite file @p path, read-only.
    explicit ReportConnection(const QString &path);
    /// The PostgreSQL database @p database names.
    explicit ReportConnection(const DatabaseSettings &database);
    ~ReportConnection();
    ReportConnection(const ReportConnection &) = delete;
    ReportConnection &operator=(const ReportConnection &) = delete;

    bool ok() const { return m_db != nullptr || m_postgres; }
    bool isPostgres() const { return m_postgres; }
    QString error() const { return m_error; }

    /// Runs @p sql with @p binds (texts and integers) and calls @p eachRow(const Row &) for
    /// every row; false with @p error on failure.
    template<typename EachRow>
    bool select(const QString &sql, const QVariantList &binds, QString *error, EachRow &&eachRow)
    {
        if (m_postgres) {
            QSqlQuery query = prepareQuery(sql, binds, error);
            if (!query.isActive())
                return false;
            while (query.next())
                eachRow(Row {nullptr, &query});
            return finishQuery(query, error);
        }
        sqlite3_stmt *statement = prepare(sql, binds, error);
        if (!statement)
            return false;
        int code = 0;
        while ((code = step(statement)) == 1)
            eachRow(Row {statement, nullptr});
        return finish(statement, code == 0, error);
    }
    /// Starts the read transaction every figure of one report comes from (one snapshot);
    /// false with @p error when it cannot.
    bool begin(QString *error);
    /// Ends it.
    bool commit();
    bool hasTable(const QString &table);

private:
    sqlite3_stmt *prepare(const QString &sql, const QVariantList &binds, QString *error);
    /// 1 = a row, 0 = done, -1 = error.
    static int step(sqlite3_stmt *statement);
    bool finish(sqlite3_stmt *statement, bool ok, QString *error);
    bool exec(const QString &sql, QString *error);
    /// PostgreSQL: the executed query (not active on failure, with @p error).
    QSqlQuery prepareQuery(const QString &sql, const QVariantList &binds, QString *error);
    static bool finishQuery(QSqlQuery &query, QString *error);

    sqlite3 *m_db = nullptr;
    bool m_postgres = false;
    QString m_name; ///< PostgreSQL: the QSqlDatabase connection's name
    QString m_error;
};

} // namespace tableside::server
