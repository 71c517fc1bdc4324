#pragma once

#include "database.h"
#include "store.h"
#include "storeoutcome.h"
#include "waitercall.h"

#include <functional>
#include <optional>

namespace tableside::server {

class BusinessClock;
class IdempotencyKeys;
class TableRepository;
class WriteBatch;

/// Waiter calls: a table's call (one open call per table and type), and staff taking and
/// closing it. Each change appends its staff event in the same job.
class CallRepository
{
public:
    CallRepository(Database &database, WriteBatch &batch, const BusinessClock &clock,
                   TableRepository &tables, IdempotencyKeys &keys);

    std::optional<WaiterCall> find(const QString &id);
    /// Open calls (pending, acknowledged) of any day, oldest first.
    QList<WaiterCall> open();
    /// Calls of the business day @p day plus open ones, oldest first.
    QList<WaiterCall> ofDay(const QString &day);

    // Inside a job:
    StoreOutcome<Store::CreatedCall> create(const Store::CallDraft &draft);
    StoreOutcome<WaiterCall> acknowledge(const QString &callId, const StaffMember &by);
    StoreOutcome<WaiterCall> complete(const QString &callId, const StaffMember &by);

    /// The tab summary a payment call carries (the bill's TabRepository, inside the job).
    using TabSummary = std::function<QJsonObject(int tableNumber)>;
    void setTabSummary(TabSummary summary) { m_tabSummary = std::move(summary); }

private:
    QList<WaiterCall> load(Database::Connection connection, const QString &where,
                           const QVariantList &binds, const QString &orderBy);
    std::optional<WaiterCall> load(Database::Connection connection, const QString &id);
    StoreOutcome<WaiterCall> loadForChange(const QString &callId);
    StoreOutcome<WaiterCall> save(const WaiterCall &call, const QDateTime &now, const QString &sql,
                                  const QVariantList &binds);

    Database &m_db;
    WriteBatch &m_batch;
    const BusinessClock &m_clock;
    TableRepository &m_tables;
    IdempotencyKeys &m_keys;
    TabSummary m_tabSummary;
};

} // namespace tableside::server
