#include "reportconnection.h"

#include "postgresconnection.h"

#include "store.h"

#include <QAtomicInteger>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <sqlite3.h>

namespace tableside::server {

qint64 ReportConnection::Value::toLongLong() const
{
    if (query)
        return query->value(column).toLongLong();
    return sqlite3_column_int64(statement, column);
}

QString ReportConnection::Value::toString() const
{
    if (query)
        return query->value(column).toString();
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

QByteArray ReportConnection::Value::bytes() const
{
    if (query)
        return query->value(column).toString().toUtf8();
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QByteArray::fromRawData(text, sqlite3_column_bytes(statement, column))
                : QByteArray();
}

bool ReportConnection::Value::isNull() const
{
    if (query)
        return query->isNull(column);
    return sqlite3_column_type(statement, column) == SQLITE_NULL;
}

std::unique_ptr<ReportConnection> ReportConnection::open(const DatabaseSettings &database,
                                                         const QString &dataDir, QString *error)
{
    auto connection = database.isPostgres()
        ? std::make_unique<ReportConnection>(database)
        : std::make_unique<ReportConnection>(sqlitePath(dataDir));
    if (!connection->ok()) {
        if (error)
            *error = connection->error();
        return nullptr;
    }
    return connection;
}

QString ReportConnection::sqlitePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tableside.db"));
}

ReportConnection::ReportConnection(const QString &path)
{
    sqlite3 *db = nullptr;
    const int code = sqlite3_open_v2(path.toUtf8().constData(), &db,
                                     SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (code != SQLITE_OK) {
        m_error = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
        sqlite3_close(db);
        return;
    }
    // The writer's checkpoint may hold the lock for a moment: wait rather than fail.
    sqlite3_busy_timeout(db, 5000);
    m_db = db;
}

ReportConnection::ReportConnection(const DatabaseSettings &database)
{
    // A connection of its own per report: reports run on a pool thread, and a QSqlDatabase
    // may only be used on the thread that opened it.
    static QAtomicInteger<quint64> counter;
    m_name = QStringLiteral("tableside-report-%1").arg(counter.fetchAndAddRelaxed(1));
    if (!PostgresConnection::open(database, m_name, &m_error))
        return;
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        // The store's times are UTC text; nothing here may write.
        if (query.exec(QStringLiteral("SET TIME ZONE 'UTC'"))
            && query.exec(QStringLiteral("SET default_transaction_read_only = on")))
            m_postgres = true;
        else
            m_error = query.lastError().text();
    }
    if (!m_postgres)
        QSqlDatabase::removeDatabase(m_name);
}

ReportConnection::~ReportConnection()
{
    sqlite3_close(m_db);
    if (m_postgres) {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
}

sqlite3_stmt *ReportConnection::prepare(const QString &sql, const QVariantList &binds,
                                        QString *error)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &statement, nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return nullptr;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &bind = binds.at(i);
        if (bind.typeId() == QMetaType::QString) {
            const QByteArray utf8 = bind.toString().toUtf8();
            sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()),
                              SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(statement, i + 1, bind.toLongLong());
        }
    }
    return statement;
}

int ReportConnection::step(sqlite3_stmt *statement)
{
    const int code = sqlite3_step(statement);
    return code == SQLITE_ROW ? 1 : code == SQLITE_DONE ? 0 : -1;
}

bool ReportConnection::finish(sqlite3_stmt *statement, bool ok, QString *error)
{
    if (!ok)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_finalize(statement);
    return ok;
}

QSqlQuery ReportConnection::prepareQuery(const QString &sql, const QVariantList &binds,
                                         QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    // Forward only: QPSQL then streams the rows instead of holding the whole result.
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return query;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &bind = binds.at(i);
        query.bindValue(i, bind.typeId() == QMetaType::QString ? bind : bind.toLongLong());
    }
    if (!query.exec())
        *error = query.lastError().text();
    return query;
}

bool ReportConnection::finishQuery(QSqlQuery &query, QString *error)
{
    const bool ok = !query.lastError().isValid();
    if (!ok)
        *error = query.lastError().text();
    query.finish();
    return ok;
}

bool ReportConnection::exec(const QString &sql, QString *error)
{
    if (m_postgres) {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql))
            return true;
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool ReportConnection::begin(QString *error)
{
    // PostgreSQL's default (READ COMMITTED) gives each statement its own snapshot: the
    // report's figures must all come from one.
    return exec(m_postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                           : QStringLiteral("BEGIN"),
                error);
}

bool ReportConnection::commit()
{
    return exec(QStringLiteral("COMMIT"), nullptr);
}

bool ReportConnection::hasTable(const QString &table)
{
    bool found = false;
    QString error;
    select(m_postgres ? QStringLiteral("SELECT 1 FROM information_schema.tables "
                                       "WHERE table_schema = current_schema() AND table_name = ?")
                      : QStringLiteral("SELECT 1 FROM sqlite_master "
                                       "WHERE type = 'table' AND name = ?"),
           {table}, &error, [&found](const Row &) { found = true; });
    return found;
}

} // namespace tableside::server
