#include "database.h"

#include "jsonreader.h"
#include "logging.h"
#include "postgresconnection.h"
#include "schema.h"
#include "store.h"

#include <QSqlDriver>
#include <QSqlError>

namespace tableside::server {

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, const void *owner, QString *error)
{
    return open(DatabaseSettings(), path, owner, error);
}

bool Database::open(const DatabaseSettings &settings, const QString &sqlitePath,
                    const void *owner, QString *error)
{
    m_settings = settings;
    m_backend = settings.isPostgres() ? SqlDialect::Backend::Postgres
                                      : SqlDialect::Backend::Sqlite;
    m_path = settings.isPostgres() ? settings.displayUrl() : sqlitePath;
    const QString id = QString::number(reinterpret_cast<quintptr>(owner), 16);
    m_writeName = QStringLiteral("tableside-write-") + id;
    m_readName = QStringLiteral("tableside-read-") + id;
    if (isPostgres())
        m_listenName = QStringLiteral("tableside-listen-") + id;
    if (!openConnection(m_writeName, error))
        return false;
    QSqlDatabase writeDb = connection(Connection::Write);
    int fromVersion = 0;
    if (!Schema::migrate(writeDb, &fromVersion, error))
        return false;
    if (!openConnection(m_readName, error))
        return false;
    if (!m_listenName.isEmpty() && !openConnection(m_listenName, error))
        return false;
    m_open = true;
    return true;
}

void Database::close()
{
    // Statements first: a connection cannot be removed while queries still use it.
    m_writeQueries.clear();
    m_readQueries.clear();
    if (m_open) {
        QSqlDatabase::database(m_writeName, false).close();
        QSqlDatabase::database(m_readName, false).close();
        if (!m_listenName.isEmpty())
            QSqlDatabase::database(m_listenName, false).close();
        m_open = false;
    }
    if (!m_listenName.isEmpty())
        QSqlDatabase::removeDatabase(std::exchange(m_listenName, {}));
    if (!m_writeName.isEmpty())
        QSqlDatabase::removeDatabase(std::exchange(m_writeName, {}));
    if (!m_readName.isEmpty())
        QSqlDatabase::removeDatabase(std::exchange(m_readName, {}));
}

QSqlDatabase Database::connection(Connection connection) const
{
    return QSqlDatabase::database(connection == Connection::Write ? m_writeName : m_readName,
                                  false);
}

QSqlDriver *Database::listenDriver() const
{
    if (m_listenName.isEmpty())
        return nullptr;
    return QSqlDatabase::database(m_listenName, false).driver();
}

QSqlQuery &Database::statement(Connection connection, const QString &sql)
{
    auto &cache = connection == Connection::Write ? m_writeQueries : m_readQueries;
    auto it = cache.find(sql);
    if (it == cache.end()) {
        auto query = std::make_unique<QSqlQuery>(this->connection(connection));
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            qCCritical(lcStore) << "prepare failed:" << query->lastError().text() << sql;
        it = cache.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

bool Database::run(QSqlQuery &query, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &value = binds.at(i);
        // Every flag column is INTEGER; PostgreSQL refuses a bool bound into it.
        query.bindValue(i, value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0)
                                                              : value);
    }
    if (!query.exec()) {
        qCWarning(lcStore) << "query failed:" << query.lastError().text() << query.lastQuery();
        noteFailure(query.driver(), query.lastError().text());
        return false;
    }
    return true;
}

bool Database::exec(Connection connection, const QString &sql, const QVariantList &binds)
{
    QSqlQuery &query = statement(connection, sql);
    Finisher finisher {query};
    return run(query, binds);
}

bool Database::execDirect(Connection connection, const QString &sql)
{
    QSqlQuery query(this->connection(connection));
    if (!query.exec(sql)) {
        qCWarning(lcStore) << "statement failed:" << query.lastError().text() << sql;
        noteFailure(query.driver(), query.lastError().text());
        return false;
    }
    return true;
}

void Database::noteFailure(const QSqlDriver *driver, const QString &error)
{
    // QPSQL's isOpen() is libpq's connection status: after a failed statement it tells a lost
    // connection (admin shutdown, a restart, a failover) from a refused statement.
    if (!isPostgres() || m_connectionLost || !driver || driver->isOpen())
        return;
    m_connectionLost = true;
    qCCritical(lcStore).noquote() << "database connection lost:" << error.trimmed();
    if (m_onConnectionLost)
        m_onConnectionLost();
}

bool Database::checkConnections()
{
    if (!isPostgres() || !m_open)
        return true;
    if (!m_connectionLost) {
        // The LISTEN connection only reads: libpq marks it bad when the server closes it.
        if (const QSqlDriver *listen = listenDriver(); listen && !listen->isOpen())
            noteFailure(listen, QStringLiteral("the LISTEN connection closed"));
    }
    return !m_connectionLost;
}

bool Database::execSavepoint(Connection connection, const QString &sql)
{
    return isPostgres() ? execDirect(connection, sql) : exec(connection, sql);
}

bool Database::beginSnapshot(Connection connection)
{
    return execDirect(connection,
                      isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")
                                   : QStringLiteral("BEGIN"));
}

QString Database::timeText(const QDateTime &time)
{
    return time.isValid() ? toWireTimestamp(time) : QString();
}

QDateTime Database::timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString Database::text(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant Database::nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

bool Database::openConnection(const QString &name, QString *error)
{
    if (isPostgres())
        return openPostgresConnection(name, error);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    // WAL lets the read connection (and the guest pages) read while a batch is written;
    // synchronous=FULL fsyncs every commit, so a 201 means the order survives power loss.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
        || query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        if (error)
            *error = Store::tr("cannot switch the database to WAL mode");
        return false;
    }
    query.finish();
    // temp_store=MEMORY also keeps the savepoint (sub-)journal of each request in memory
    // rather than spilling it to a temporary file: it only has to outlive its batch.
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL"))
        || !query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
        || !query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace tableside::server

namespace tableside::server {

bool Database::openPostgresConnection(const QString &name, QString *error)
{
    if (!PostgresConnection::open(m_settings, name, error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    QSqlQuery query(db);
    // Times are written by the store as UTC text; UTC here keeps any time the server itself
    // renders the same.
    // NOTICEs ("relation … already exists, skipping" when a second instance migrates) are
    // not problems; warnings and errors still reach the log.
    if (!query.exec(QStringLiteral("SET TIME ZONE 'UTC'"))
        || !query.exec(QStringLiteral("SET client_min_messages = warning"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    // Text sorts byte-wise in SQLite; a database made with another collation sorts names
    // (menus, staff) by its language's rules instead, which is harmless but differs.
    if (name == m_writeName
        && query.exec(QStringLiteral(
            "SELECT datcollate FROM pg_database WHERE datname = current_database()"))
        && query.next()) {
        const QString collation = query.value(0).toString();
        if (collation != QLatin1String("C") && collation != QLatin1String("POSIX"))
            qCWarning(lcStore) << "the database's collation is" << collation
                               << "(createdb --locale=C -T template0 sorts text as SQLite does)";
    }
    return true;
}

} // namespace tableside::server
