#include "database.h"

#include "jsonreader.h"
#include "logging.h"
#include "schema.h"
#include "store.h"

#include <QSqlError>

namespace tableside::server {

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, const void *owner, QString *error)
{
    m_path = path;
    const QString id = QString::number(reinterpret_cast<quintptr>(owner), 16);
    m_writeName = QStringLiteral("tableside-write-") + id;
    m_readName = QStringLiteral("tableside-read-") + id;
    if (!openConnection(m_writeName, error))
        return false;
    QSqlDatabase writeDb = connection(Connection::Write);
    int fromVersion = 0;
    if (!Schema::migrate(writeDb, &fromVersion, error))
        return false;
    if (!openConnection(m_readName, error))
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
        m_open = false;
    }
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
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec()) {
        qCWarning(lcStore) << "query failed:" << query.lastError().text() << query.lastQuery();
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
        return false;
    }
    return true;
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
