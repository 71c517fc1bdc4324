#include "eventlog.h"

#include "logging.h"

namespace tableside::server {

using Connection = Database::Connection;
using Finisher = Database::Finisher;

EventLog::EventLog(Database &database)
    : m_db(database)
{ }

QString EventLog::channel()
{
    return QStringLiteral("staff");
}

QString EventLog::notifyChannel()
{
    return QStringLiteral("tableside_events");
}

std::optional<qint64> EventLog::storedSeq(Connection connection)
{
    QSqlQuery &query = m_db.statement(
        connection, QStringLiteral("SELECT last_seq FROM channels WHERE name = ?"));
    Finisher finisher {query};
    if (!m_db.run(query, {channel()}) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

Store::EventPage EventLog::after(qint64 after, int limit)
{
    Store::EventPage page;
    // One read transaction: the bounds and the page come from the same snapshot.
    if (!m_db.beginSnapshot(Connection::Read))
        return page;
    {
        QSqlQuery &query = m_db.statement(
            Connection::Read,
            QStringLiteral("SELECT (SELECT last_seq FROM channels WHERE name = ?), "
                           "(SELECT MIN(seq) FROM events WHERE channel = ?)"));
        Finisher finisher {query};
        if (m_db.run(query, {channel(), channel()}) && query.next()) {
            page.latestSeq = query.value(0).toLongLong();
            page.oldestSeq
                = query.value(1).isNull() ? page.latestSeq + 1 : query.value(1).toLongLong();
        }
    }
    // Older than the log keeps (events were pruned) or ahead of it (another database).
    if (after < page.oldestSeq - 1 || after > page.latestSeq) {
        page.gone = true;
    } else {
        m_db.select(Connection::Read,
                    QStringLiteral("SELECT name, data FROM events WHERE channel = ? AND seq > ? "
                                   "ORDER BY seq LIMIT ?"),
                    {channel(), after, limit}, [&](const QSqlQuery &row) {
                        QString decodeError;
                        auto event
                            = StaffEvent::decode(row.value(0).toString(),
                                                 row.value(1).toString().toUtf8(), &decodeError);
                        if (event)
                            page.events.append(*event);
                        else
                            qCWarning(lcStore) << "undecodable event in the log:" << decodeError;
                    });
    }
    m_db.execDirect(Connection::Read, QStringLiteral("COMMIT"));
    return page;
}

std::optional<QDateTime> EventLog::lastReadyAt(const QString &orderId, const QString &station)
{
    // A station's report is an order-station-progress event with its "station"; the order's
    // own change to ready is an order-status-change event, which has no "station" (hence the
    // COALESCE to the empty station). The JSON field access is the one dialect-specific
    // expression here: SQLite's json_extract, PostgreSQL's ->> on the TEXT column cast to jsonb.
    const StaffEventType type = station.isEmpty() ? StaffEventType::OrderStatusChange
                                                  : StaffEventType::OrderStationProgress;
    const auto field = [this](const char *name) {
        return m_db.isPostgres()
            ? QStringLiteral("(data::jsonb ->> '%1')").arg(QLatin1String(name))
            : QStringLiteral("json_extract(data, '$.%1')").arg(QLatin1String(name));
    };
    QSqlQuery &query = m_db.statement(
        Connection::Write,
        QStringLiteral("SELECT created_at FROM events WHERE channel = ? AND name = ? AND %1 = ? "
                       "AND %2 = 'ready' AND COALESCE(%3, '') = ? ORDER BY seq DESC LIMIT 1")
            .arg(field("orderId"), field("status"), field("station")));
    Finisher finisher {query};
    if (!m_db.run(query, {channel(), toWireString(type), orderId, Database::text(station)}))
        return std::nullopt;
    return query.next() ? Database::timeFrom(query.value(0)) : QDateTime();
}

int EventLog::prune(const QDateTime &before)
{
    QSqlQuery &query = m_db.statement(Connection::Write,
                                      QStringLiteral("DELETE FROM events WHERE created_at < ?"));
    Finisher finisher {query};
    if (!m_db.run(query, {Database::timeText(before)}))
        return -1;
    return query.numRowsAffected();
}

} // namespace tableside::server
