#include "printjobrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace tableside::server {

using Connection = Database::Connection;

namespace {

const QString Columns = QStringLiteral(
    "id, printer, kind, trigger_name, order_id, table_number, station, copy, payload, dedup_key, "
    "state, attempts, not_before, last_error, created_at, done_at");

PrintJob jobFromRow(const QSqlQuery &row)
{
    PrintJob job;
    job.id = row.value(0).toLongLong();
    job.draft.printer = row.value(1).toString();
    job.draft.kind = row.value(2).toString();
    job.draft.trigger = row.value(3).toString();
    job.draft.orderId = row.value(4).toString();
    job.draft.tableNumber = row.value(5).toInt();
    job.draft.station = row.value(6).toString();
    job.draft.copy = row.value(7).toInt() != 0;
    job.draft.payload = QJsonDocument::fromJson(row.value(8).toString().toUtf8()).object();
    job.draft.dedupKey = row.value(9).toString();
    job.state = row.value(10).toString();
    job.attempts = row.value(11).toInt();
    job.notBefore = Database::timeFrom(row.value(12));
    job.lastError = row.value(13).toString();
    job.createdAt = Database::timeFrom(row.value(14));
    job.doneAt = Database::timeFrom(row.value(15));
    return job;
}

QString nowText(const QDateTime &now)
{
    return Database::timeText(now);
}

} // namespace

QJsonObject PrintJob::toJson() const
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("printer"), draft.printer},
            {QStringLiteral("kind"), draft.kind},
            {QStringLiteral("trigger"), draft.trigger},
            {QStringLiteral("orderId"), draft.orderId.isEmpty() ? QJsonValue() : draft.orderId},
            {QStringLiteral("tableNumber"), draft.tableNumber},
            {QStringLiteral("station"), draft.station},
            {QStringLiteral("copy"), draft.copy},
            {QStringLiteral("state"), state},
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("lastError"), lastError},
            {QStringLiteral("createdAt"), time(createdAt)},
            {QStringLiteral("doneAt"), time(doneAt)}};
}

PrintJobRepository::PrintJobRepository(Database &database)
    : m_db(database)
{ }

QJsonObject PrintJobRepository::ticketPayload(const Order &order, const QString &station)
{
    QJsonObject json = order.toJson();
    QJsonArray items;
    for (const OrderItem &item : order.items)
        if (station.isEmpty() || item.station == station)
            items.append(item.toJson());
    json.insert(QStringLiteral("items"), items);
    return json;
}

bool PrintJobRepository::queueForOrder(const Order &order, const QString &trigger,
                                       const QDateTime &now, const QString &station)
{
    const QStringList stations = order.stations();
    for (const PrintRule &rule : std::as_const(m_rules)) {
        if (rule.when != trigger || !stations.contains(rule.station))
            continue;
        if (!station.isEmpty() && rule.station != station)
            continue;
        PrintJobDraft draft;
        draft.printer = rule.printer;
        draft.kind = QStringLiteral("ticket");
        draft.trigger = trigger;
        draft.orderId = order.id;
        draft.tableNumber = order.tableNumber;
        draft.station = rule.station;
        draft.payload = ticketPayload(order, rule.station);
        // One automatic ticket per order, station and trigger on a printer: a recall and a
        // second start do not print again.
        draft.dedupKey = QStringLiteral("%1:%2:%3").arg(trigger, order.id, rule.station);
        if (!queue(draft, now))
            return false;
    }
    return true;
}

std::optional<qint64> PrintJobRepository::queue(const PrintJobDraft &draft, const QDateTime &now)
{
    QSqlQuery &query = m_db.statement(
        Connection::Write,
        QStringLiteral("INSERT INTO print_jobs (printer, kind, trigger_name, order_id, "
                       "table_number, station, copy, payload, dedup_key, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (printer, dedup_key) DO NOTHING RETURNING id"));
    Database::Finisher finisher {query};
    if (!m_db.run(query,
                  {Database::text(draft.printer), Database::text(draft.kind),
                   Database::text(draft.trigger), Database::text(draft.orderId), draft.tableNumber,
                   Database::text(draft.station), draft.copy ? 1 : 0,
                   QString::fromUtf8(QJsonDocument(draft.payload).toJson(QJsonDocument::Compact)),
                   Database::nullableText(draft.dedupKey), nowText(now)}))
        return std::nullopt;
    // No row back: a job with this dedup key was queued already. (RETURNING, not
    // lastInsertId(), which QPSQL answers with a second query.)
    if (!query.next())
        return 0;
    return query.value(0).toLongLong();
}

int PrintJobRepository::changed(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &query = m_db.statement(Connection::Write, sql);
    Database::Finisher finisher {query};
    if (!m_db.run(query, binds))
        return -1;
    return query.numRowsAffected();
}

StoreOutcome<PrintJob> PrintJobRepository::claim(qint64 id)
{
    const int rows = changed(QStringLiteral("UPDATE print_jobs SET state = 'sending', "
                                            "attempts = attempts + 1 "
                                            "WHERE id = ? AND state = 'queued'"),
                             {id});
    if (rows < 0)
        return StoreError::storage();
    const std::optional<PrintJob> job = find(Connection::Write, id);
    if (!job)
        return StoreError::storage();
    if (rows == 0)
        return StoreError {StoreError::Code::InvalidTransition,
                           QStringLiteral("print job %1 is %2").arg(id).arg(job->state),
                           {}};
    return *job;
}

StoreOutcome<bool> PrintJobRepository::finish(qint64 id, const QDateTime &now)
{
    const int rows = changed(QStringLiteral("UPDATE print_jobs SET state = 'done', done_at = ?, "
                                            "last_error = '' WHERE id = ? AND state = 'sending'"),
                             {nowText(now), id});
    if (rows < 0)
        return StoreError::storage();
    return rows == 1;
}

StoreOutcome<bool> PrintJobRepository::defer(qint64 id, const QString &error,
                                             const QDateTime &notBefore, bool asCopy)
{
    const int rows
        = changed(QStringLiteral("UPDATE print_jobs SET state = 'queued', "
                                 "last_error = ?, not_before = ?, "
                                 "copy = CASE WHEN copy > ? THEN copy ELSE ? END "
                                 "WHERE id = ? AND state = 'sending'"),
                  {Database::text(error), nowText(notBefore), asCopy ? 1 : 0, asCopy ? 1 : 0, id});
    if (rows < 0)
        return StoreError::storage();
    return rows == 1;
}

StoreOutcome<bool> PrintJobRepository::fail(qint64 id, const QString &error, const QDateTime &now)
{
    const int rows = changed(QStringLiteral("UPDATE print_jobs SET state = 'failed', "
                                            "last_error = ?, done_at = ? "
                                            "WHERE id = ? AND state IN ('queued', 'sending')"),
                             {Database::text(error), nowText(now), id});
    if (rows < 0)
        return StoreError::storage();
    return rows == 1;
}

std::optional<int> PrintJobRepository::markInterrupted(const QStringList &printers)
{
    // Only the printers this process sends to: with several instances on one database
    // (issue 21) another live instance may be sending to its own printers right now.
    int total = 0;
    for (const QString &printer : printers) {
        const int rows = changed(QStringLiteral("UPDATE print_jobs SET state = 'uncertain', "
                                                "last_error = 'interrupted while sending' "
                                                "WHERE state = 'sending' AND printer = ?"),
                                 {printer});
        if (rows < 0)
            return std::nullopt;
        total += rows;
    }
    return total;
}

std::optional<bool> PrintJobRepository::recordState(const QString &printer, const QString &state,
                                                    const QString &message, const QDateTime &now)
{
    QString previous;
    bool known = false;
    if (!m_db.select(Connection::Write,
                     QStringLiteral("SELECT state FROM printer_states WHERE printer = ?"),
                     {printer}, [&](const QSqlQuery &row) {
                         previous = row.value(0).toString();
                         known = true;
                     }))
        return std::nullopt;
    if (known && previous == state)
        return false;
    if (!m_db.exec(
            Connection::Write,
            QStringLiteral("INSERT INTO printer_states (printer, state, message, changed_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (printer) DO UPDATE SET "
                           "state = excluded.state, message = excluded.message, "
                           "changed_at = excluded.changed_at"),
            {printer, state, Database::text(message), nowText(now)}))
        return std::nullopt;
    return true;
}

QList<PrintJob> PrintJobRepository::load(Connection connection, const QString &where,
                                         const QVariantList &binds, const QString &tail)
{
    QList<PrintJob> jobs;
    m_db.select(connection,
                QStringLiteral("SELECT %1 FROM print_jobs %2 %3").arg(Columns, where, tail), binds,
                [&](const QSqlQuery &row) { jobs.append(jobFromRow(row)); });
    return jobs;
}

std::optional<PrintJob> PrintJobRepository::find(Connection connection, qint64 id)
{
    const QList<PrintJob> jobs = load(connection, QStringLiteral("WHERE id = ?"), {id}, {});
    if (jobs.isEmpty())
        return std::nullopt;
    return jobs.first();
}

std::optional<PrintJob> PrintJobRepository::nextQueued(const QString &printer)
{
    const QList<PrintJob> jobs
        = load(Connection::Read, QStringLiteral("WHERE printer = ? AND state = 'queued'"),
               {printer}, QStringLiteral("ORDER BY id LIMIT 1"));
    if (jobs.isEmpty())
        return std::nullopt;
    return jobs.first();
}

QList<PrintJob> PrintJobRepository::recent(const QString &printer, int limit)
{
    if (printer.isEmpty())
        return load(Connection::Read, {}, {},
                    QStringLiteral("ORDER BY id DESC LIMIT %1").arg(limit));
    return load(Connection::Read, QStringLiteral("WHERE printer = ?"), {printer},
                QStringLiteral("ORDER BY id DESC LIMIT %1").arg(limit));
}

QJsonObject PrintJobRepository::counts(const QString &printer)
{
    QJsonObject counts;
    m_db.select(Connection::Read,
                QStringLiteral("SELECT state, COUNT(*) FROM print_jobs WHERE printer = ? "
                               "GROUP BY state"),
                {printer}, [&](const QSqlQuery &row) {
                    counts.insert(row.value(0).toString(), row.value(1).toInt());
                });
    return counts;
}

QList<PrinterStateRecord> PrintJobRepository::states()
{
    QList<PrinterStateRecord> states;
    m_db.select(Connection::Read,
                QStringLiteral("SELECT printer, state, message, changed_at FROM printer_states "
                               "ORDER BY printer"),
                {}, [&](const QSqlQuery &row) {
                    states.append({row.value(0).toString(), row.value(1).toString(),
                                   row.value(2).toString(), Database::timeFrom(row.value(3))});
                });
    return states;
}

} // namespace tableside::server
