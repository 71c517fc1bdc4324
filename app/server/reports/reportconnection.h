#pragma once

#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace tableside::server {

/// The reports' own read-only connection to the store's SQLite file, through SQLite's C API:
/// a year of orders means hundreds of thousands of rows, and reading them as plain integers
/// (no QVariant per value) keeps a year's report under a second. Opened with
/// SQLITE_OPEN_READONLY (it cannot write; a WAL reader never blocks the server's writer).
class ReportConnection
{
public:
    /// One value of the current row.
    struct Value
    {
        sqlite3_stmt *statement;
        int column;
        qint64 toLongLong() const;
        int toInt() const { return int(toLongLong()); }
        QString toString() const;
        bool isNull() const;
    };
    /// The current row of a select().
    struct Row
    {
        sqlite3_stmt *statement;
        Value value(int column) const { return {statement, column}; }
    };

    explicit ReportConnection(const QString &path);
    ~ReportConnection();
    ReportConnection(const ReportConnection &) = delete;
    ReportConnection &operator=(const ReportConnection &) = delete;

    bool ok() const { return m_db != nullptr; }
    QString error() const { return m_error; }

    /// Runs @p sql with @p binds (texts and integers) and calls @p eachRow(const Row &) for
    /// every row; false with @p error on failure.
    template<typename EachRow>
    bool select(const QString &sql, const QVariantList &binds, QString *error, EachRow &&eachRow)
    {
        sqlite3_stmt *statement = prepare(sql, binds, error);
        if (!statement)
            return false;
        int code = 0;
        while ((code = step(statement)) == 1)
            eachRow(Row {statement});
        return finish(statement, code == 0, error);
    }
    bool exec(const QString &sql);
    bool hasTable(const QString &table);

private:
    sqlite3_stmt *prepare(const QString &sql, const QVariantList &binds, QString *error);
    /// 1 = a row, 0 = done, -1 = error.
    static int step(sqlite3_stmt *statement);
    bool finish(sqlite3_stmt *statement, bool ok, QString *error);

    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace tableside::server
