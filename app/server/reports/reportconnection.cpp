#include "reportconnection.h"

#include <sqlite3.h>

namespace tableside::server {

qint64 ReportConnection::Value::toLongLong() const
{
    return sqlite3_column_int64(statement, column);
}

QString ReportConnection::Value::toString() const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

bool ReportConnection::Value::isNull() const
{
    return sqlite3_column_type(statement, column) == SQLITE_NULL;
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

ReportConnection::~ReportConnection()
{
    sqlite3_close(m_db);
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

bool ReportConnection::exec(const QString &sql)
{
    return sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool ReportConnection::hasTable(const QString &table)
{
    bool found = false;
    QString error;
    select(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"), {table},
           &error, [&found](const Row &) { found = true; });
    return found;
}

} // namespace tableside::server
