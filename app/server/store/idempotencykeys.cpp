#include "idempotencykeys.h"

#include "database.h"

namespace tableside::server {

using Connection = Database::Connection;

IdempotencyKeys::IdempotencyKeys(Database &database)
    : m_db(database)
{ }

IdempotencyKeys::Lookup IdempotencyKeys::find(const QString &scope, const QString &key,
                                              const QByteArray &requestHash, QString *subjectId,
                                              bool *sameRequest)
{
    QSqlQuery &query
        = m_db.statement(Connection::Write,
                         QStringLiteral("SELECT request_hash, subject_id FROM "
                                        "idempotency_keys WHERE scope = ? AND key = ?"));
    Database::Finisher finisher {query};
    if (!m_db.run(query, {scope, key}))
        return Lookup::Failed;
    if (!query.next())
        return Lookup::Missing;
    *sameRequest = query.value(0).toByteArray() == requestHash;
    *subjectId = query.value(1).toString();
    return Lookup::Found;
}

bool IdempotencyKeys::remember(const QString &scope, const QString &key,
                               const QByteArray &requestHash, const QString &subjectId,
                               const QDateTime &at)
{
    if (key.isEmpty())
        return true;
    return m_db.exec(Connection::Write,
                     QStringLiteral("INSERT INTO idempotency_keys (scope, key, request_hash, "
                                    "subject_id, created_at) VALUES (?, ?, ?, ?, ?)"),
                     {scope, key, requestHash, subjectId, Database::timeText(at)});
}

bool IdempotencyKeys::prune(const QDateTime &before)
{
    return m_db.exec(Connection::Write,
                     QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"),
                     {Database::timeText(before)});
}

} // namespace tableside::server
