#pragma once

#include "database.h"
#include "order.h"
#include "stationprogress.h"
#include "store.h"
#include "storeoutcome.h"

#include <functional>
#include <optional>

namespace tableside::server {

class BusinessClock;
class EventLog;
class IdempotencyKeys;
class MenuRepository;
class TableRepository;
class WriteBatch;

/// Guests' orders with their items and per-station progress: creating one (prices from the
/// menu, a daily order number), status changes by StatusTransitions and station steps by
/// StationProgress, including who may recall and for how long. Each change appends its staff
/// events in the same job.
class OrderRepository
{
public:
    OrderRepository(Database &database, WriteBatch &batch, EventLog &log,
                    const BusinessClock &clock, TableRepository &tables, MenuRepository &menu,
                    IdempotencyKeys &keys, int recallWindowSeconds);

    std::optional<Order> find(const QString &id);
    /// Open orders (pending, preparing, ready) of any day, oldest first.
    QList<Order> active();
    /// Ready orders (waiting to be taken to the table) of any day, oldest first.
    QList<Order> ready();
    /// Orders of the business day @p day in order-number order.
    QList<Order> ofDay(const QString &day);
    /// Completed orders of @p day, newest first.
    QList<Order> completedOn(const QString &day);
    /// What a dashboard shows: orders of @p day plus open ones, oldest first.
    QList<Order> forStaff(const QString &day);

    // Inside a job:
    StoreOutcome<Store::CreatedOrder> create(const Store::OrderDraft &draft);
    StoreOutcome<Order> changeStatus(const QString &orderId, OrderStatus to, const StaffMember &by);
    StoreOutcome<Order> stepStation(const QString &orderId, const QString &station,
                                    StationProgress::Step step, const StaffMember &by);

    /// Orders matching @p where (SQL on the orders table) with their items; for the bill's
    /// TabRepository, which reads tables' orders on either connection.
    QList<Order> load(Database::Connection connection, const QString &where,
                      const QVariantList &binds, const QString &orderBy);
    /// Called inside the job when an order opens or changes its table's tab (created,
    /// cancelled): the bill appends its table-tab-change event. False = storage failed.
    using TabObserver = std::function<bool(const Order &order)>;
    void setTabObserver(TabObserver observer) { m_tabObserver = std::move(observer); }

private:
    std::optional<Order> load(Database::Connection connection, const QString &id);
    StoreOutcome<Order> loadForChange(const QString &orderId);
    std::optional<StoreError> refuseRecall(const Order &order, const QString &station,
                                           const StaffMember &by, const QDateTime &now);
    StoreOutcome<OrderItem> itemFor(const Store::OrderLineDraft &line);
    /// Gives @p order the day's next number and inserts it with its items.
    bool insert(Order &order, const QString &day);
    bool saveProgress(const Order &order);

    Database &m_db;
    WriteBatch &m_batch;
    EventLog &m_log;
    const BusinessClock &m_clock;
    TableRepository &m_tables;
    MenuRepository &m_menu;
    IdempotencyKeys &m_keys;
    int m_recallWindowSeconds = 300;
    TabObserver m_tabObserver;
};

} // namespace tableside::server
