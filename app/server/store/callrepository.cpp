#include "callrepository.h"

#include "businessclock.h"
#include "idempotencykeys.h"
#include "tablerepository.h"
#include "writebatch.h"

#include <QJsonDocument>
#include <QUuid>

namespace tableside::server {

using Connection = Database::Connection;

namespace {

const QString Scope = QStringLiteral("call");

StoreError alreadyCompleted(const WaiterCall &call)
{
    return StoreError {StoreError::Code::AlreadyCompleted,
                       Store::tr("This call has already been completed."),
                       {{QStringLiteral("call"), call.toJson()}}};
}

} // namespace

CallRepository::CallRepository(Database &database, WriteBatch &batch, const BusinessClock &clock,
                               TableRepository &tables, IdempotencyKeys &keys)
    : m_db(database)
    , m_batch(batch)
    , m_clock(clock)
    , m_tables(tables)
    , m_keys(keys)
{ }

std::optional<WaiterCall> CallRepository::find(const QString &id)
{
    return load(Connection::Read, id);
}

QList<WaiterCall> CallRepository::open()
{
    return load(Connection::Read, QStringLiteral("status <> 'completed'"), {},
                QStringLiteral("created_at, id"));
}

QList<WaiterCall> CallRepository::ofDay(const QString &day)
{
    return load(Connection::Read, QStringLiteral("business_day = ? OR status <> 'completed'"),
                {day}, QStringLiteral("created_at, id"));
}

StoreOutcome<Store::CreatedCall> CallRepository::create(const Store::CallDraft &draft)
{
    using Outcome = StoreOutcome<Store::CreatedCall>;
    if (auto replayed
        = m_keys.replay<Outcome>(Scope, draft.idempotencyKey, draft.requestHash,
                                 Store::tr("This idempotency key was used for a different call."),
                                 [&](const QString &callId) -> Outcome {
                                     auto call = load(Connection::Write, callId);
                                     if (!call)
                                         return StoreError::storage();
                                     return Store::CreatedCall {*call, true};
                                 }))
        return *replayed;
    if (auto refused = m_tables.refusalFor(draft.tableNumber))
        return *refused;
    // A second tap (or a second phone at the table) joins the open call: no second ring.
    const QList<WaiterCall> open
        = load(Connection::Write,
               QStringLiteral("table_number = ? AND call_type = ? AND status <> 'completed'"),
               {draft.tableNumber, toWireString(draft.type)}, QStringLiteral("created_at"));
    if (!open.isEmpty())
        return Store::CreatedCall {open.first(), true};

    const QDateTime now = m_clock.now();
    WaiterCall call;
    call.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    call.tableNumber = draft.tableNumber;
    call.type = draft.type;
    // No message is an empty one (the column is NOT NULL): callers need not know that.
    call.message = Database::text(draft.message);
    call.status = CallStatus::Pending;
    call.createdAt = now;
    // A payment call carries the bill as it is now: the popup shows the amount to bring.
    if ((call.type == CallType::PaymentCash || call.type == CallType::PaymentCard)
        && m_tabSummary)
        call.tab = m_tabSummary(call.tableNumber);
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("INSERT INTO waiter_calls (id, business_day, table_number, "
                                  "call_type, message, status, created_at, tab) "
                                  "VALUES (?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?)"),
                   {call.id, m_clock.dayText(now), call.tableNumber, toWireString(call.type),
                    call.message, toWireString(call.status), Database::timeText(now),
                    call.tab.isEmpty() ? QString(QLatin1String(""))
                                       : QString::fromUtf8(QJsonDocument(call.tab).toJson(
                                           QJsonDocument::Compact))})
        || !m_keys.remember(Scope, draft.idempotencyKey, draft.requestHash, call.id, now)
        || !m_batch.appendEvent([&](qint64 seq) { return StaffEvent::waiterCall(call, seq); }))
        return StoreError::storage();
    return Store::CreatedCall {call, false};
}

StoreOutcome<WaiterCall> CallRepository::acknowledge(const QString &callId, const StaffMember &by)
{
    auto found = loadForChange(callId);
    if (!found.ok())
        return found;
    WaiterCall call = found.value();
    if (call.status == CallStatus::Acknowledged)
        return StoreError {StoreError::Code::AlreadyAcknowledged,
                           Store::tr("%1 has already taken this call.").arg(call.acknowledgedBy),
                           {{QStringLiteral("call"), call.toJson()}}};
    if (call.status == CallStatus::Completed)
        return alreadyCompleted(call);
    const QDateTime now = m_clock.now();
    call.status = CallStatus::Acknowledged;
    call.acknowledgedAt = now;
    call.acknowledgedBy = by.name;
    call.changedBy = by.name;
    return save(call, now,
                QStringLiteral("UPDATE waiter_calls SET status = 'acknowledged', "
                               "acknowledged_at = ?, acknowledged_by = ?, changed_by = ? "
                               "WHERE id = ? AND status = 'pending'"),
                {Database::timeText(now), by.name, by.name, callId});
}

StoreOutcome<WaiterCall> CallRepository::complete(const QString &callId, const StaffMember &by)
{
    auto found = loadForChange(callId);
    if (!found.ok())
        return found;
    WaiterCall call = found.value();
    if (call.status == CallStatus::Completed)
        return alreadyCompleted(call);
    const QDateTime now = m_clock.now();
    call.status = CallStatus::Completed;
    call.completedAt = now;
    call.changedBy = by.name;
    return save(call, now,
                QStringLiteral("UPDATE waiter_calls SET status = 'completed', "
                               "completed_at = ?, changed_by = ? WHERE id = ?"),
                {Database::timeText(now), by.name, callId});
}

StoreOutcome<WaiterCall> CallRepository::loadForChange(const QString &callId)
{
    auto found = load(Connection::Write, callId);
    if (!found)
        return StoreError {
            StoreError::Code::NotFound, Store::tr("There is no call %1.").arg(callId), {}};
    return *found;
}

// Writes a staff member's change of @p call with @p sql and announces it.
StoreOutcome<WaiterCall> CallRepository::save(const WaiterCall &call, const QDateTime &now,
                                              const QString &sql, const QVariantList &binds)
{
    if (!m_db.exec(Connection::Write, sql, binds) || !m_batch.appendEvent([&](qint64 seq) {
            return StaffEvent::callStatusChange(call, seq, now);
        }))
        return StoreError::storage();
    return call;
}

QList<WaiterCall> CallRepository::load(Connection connection, const QString &where,
                                       const QVariantList &binds, const QString &orderBy)
{
    QList<WaiterCall> calls;
    const bool ok = m_db.select(
        connection,
        QStringLiteral("SELECT id, table_number, call_type, message, status, created_at, "
                       "acknowledged_at, completed_at, acknowledged_by, changed_by, tab "
                       "FROM waiter_calls WHERE %1 ORDER BY %2")
            .arg(where, orderBy),
        binds, [&](const QSqlQuery &row) {
            WaiterCall call;
            call.id = row.value(0).toString();
            call.tableNumber = row.value(1).toInt();
            call.type = callTypeFromWire(row.value(2).toString()).value_or(CallType::Help);
            call.message = row.value(3).toString();
            call.status = callStatusFromWire(row.value(4).toString()).value_or(CallStatus::Pending);
            call.createdAt = Database::timeFrom(row.value(5));
            call.acknowledgedAt = Database::timeFrom(row.value(6));
            call.completedAt = Database::timeFrom(row.value(7));
            call.acknowledgedBy = row.value(8).toString();
            call.changedBy = row.value(9).toString();
            call.tab = QJsonDocument::fromJson(row.value(10).toString().toUtf8()).object();
            calls.append(call);
        });
    return ok ? calls : QList<WaiterCall>();
}

std::optional<WaiterCall> CallRepository::load(Connection connection, const QString &id)
{
    const QList<WaiterCall> calls
        = load(connection, QStringLiteral("id = ?"), {id}, QStringLiteral("id"));
    if (calls.isEmpty())
        return std::nullopt;
    return calls.first();
}

} // namespace tableside::server
