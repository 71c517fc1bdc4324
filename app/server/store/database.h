#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <map>
#include <memory>

namespace tableside::server {

/// The store's SQLite file: a write connection and a read connection (WAL, synchronous=FULL),
/// a cache of prepared statements per connection, and how values are written to columns.
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

    /// Opens @p path on both connections (named after @p owner, unique per store) and migrates
    /// the schema; on failure @p error says why.
    bool open(const QString &path, const void *owner, QString *error);
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

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

    QString m_path;
    QString m_writeName;
    QString m_readName;
    bool m_open = false;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_writeQueries;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_readQueries;
};

} // namespace tableside::server
