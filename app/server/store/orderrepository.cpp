#include "orderrepository.h"

#include "businessclock.h"
#include "eventlog.h"
#include "idempotencykeys.h"
#include "menurepository.h"
#include "statustransitions.h"
#include "tablerepository.h"
#include "writebatch.h"

#include <QJsonDocument>
#include <QUuid>

namespace tableside::server {

using Connection = Database::Connection;
using Finisher = Database::Finisher;

namespace {

const QString Scope = QStringLiteral("order");
const QString ActiveStatuses
    = QStringLiteral("status IN ('pending', 'preparing', 'ready', 'pending_approval')");

QJsonObject current(const Order &order)
{
    return {{QStringLiteral("order"), order.toJson()}};
}

// The orders.station_status column: each station's progress as compact JSON.
QString stationStatusText(const Order &order)
{
    QJsonObject stations;
    for (auto it = order.stationStatus.cbegin(); it != order.stationStatus.cend(); ++it)
        stations.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(stations).toJson(QJsonDocument::Compact));
}

Order orderFromRow(const QSqlQuery &row)
{
    Order order;
    order.id = row.value(0).toString();
    order.orderNumber = row.value(1).toInt();
    order.tableNumber = row.value(2).toInt();
    order.notes = row.value(3).toString();
    order.status = orderStatusFromWire(row.value(4).toString()).value_or(OrderStatus::Pending);
    order.createdAt = Database::timeFrom(row.value(5));
    order.updatedAt = Database::timeFrom(row.value(6));
    order.completedAt = Database::timeFrom(row.value(7));
    order.changedBy = row.value(8).toString();
    const QJsonObject stations = QJsonDocument::fromJson(row.value(9).toString().toUtf8()).object();
    for (auto it = stations.begin(); it != stations.end(); ++it)
        order.stationStatus.insert(it.key(), it.value().toString());
    order.isPaid = !row.value(10).isNull(); // the bill's paid_at
    order.paymentMethod = row.value(11).toString();
    return order;
}

OrderItem itemFromRow(const QSqlQuery &row)
{
    OrderItem item;
    item.productId = row.value(1).toLongLong();
    item.productName = row.value(2).toString();
    item.productNameEn = row.value(3).toString();
    item.quantity = row.value(4).toInt();
    item.unitPrice = Money::fromEuroCents(row.value(5).toLongLong());
    item.notes = row.value(6).toString();
    item.station = row.value(7).toString();
    item.id = row.value(8).toInt(); // the line number: what a payment names
    return item;
}

} // namespace

OrderRepository::OrderRepository(Database &database, WriteBatch &batch, EventLog &log,
                                 const BusinessClock &clock, TableRepository &tables,
                                 MenuRepository &menu, IdempotencyKeys &keys,
                                 int recallWindowSeconds)
    : m_db(database)
    , m_batch(batch)
    , m_log(log)
    , m_clock(clock)
    , m_tables(tables)
    , m_menu(menu)
    , m_keys(keys)
    , m_recallWindowSeconds(recallWindowSeconds)
{ }

// ---------------------------------------------------------------- reads

std::optional<Order> OrderRepository::find(const QString &id)
{
    return load(Connection::Read, id);
}

QList<Order> OrderRepository::active()
{
    // Two orders in the same millisecond keep the order their numbers were given in, as the
    // kitchen screen sorts them (createdAt, then orderNumber).
    return load(Connection::Read, ActiveStatuses, {},
                QStringLiteral("created_at, order_number, id"));
}

QList<Order> OrderRepository::ready()
{
    // The escalation check runs every few seconds: only the ready orders (orders_status
    // index), not every open one with its items.
    return load(Connection::Read, QStringLiteral("status = 'ready'"), {},
                QStringLiteral("created_at, order_number, id"));
}

QList<Order> OrderRepository::ofDay(const QString &day)
{
    return load(Connection::Read, QStringLiteral("business_day = ?"), {day},
                QStringLiteral("order_number"));
}

QList<Order> OrderRepository::completedOn(const QString &day)
{
    return load(Connection::Read, QStringLiteral("business_day = ? AND status = 'completed'"),
                {day}, QStringLiteral("completed_at DESC, id"));
}

QList<Order> OrderRepository::forStaff(const QString &day)
{
    return load(Connection::Read, QStringLiteral("business_day = ? OR ") + ActiveStatuses, {day},
                QStringLiteral("created_at, order_number, id"));
}

// Loads orders matching @p where, with their items (two queries, not one per order).
QList<Order> OrderRepository::load(Connection connection, const QString &where,
                                   const QVariantList &binds, const QString &orderBy)
{
    QList<Order> orders;
    QHash<QString, qsizetype> index;
    if (!m_db.select(connection,
                     QStringLiteral("SELECT id, order_number, table_number, notes, status, "
                                    "created_at, updated_at, completed_at, changed_by, "
                                    "station_status, paid_at, payment_method FROM orders "
                                    "WHERE %1 ORDER BY %2")
                         .arg(where, orderBy),
                     binds, [&](const QSqlQuery &row) {
                         index.insert(row.value(0).toString(), orders.size());
                         orders.append(orderFromRow(row));
                     }))
        return {};
    if (orders.isEmpty())
        return orders;
    if (!m_db.select(connection,
                     QStringLiteral("SELECT order_id, product_id, product_name, product_name_en, "
                                    "quantity, unit_price_eur_cents, notes, station, line "
                                    "FROM order_items WHERE order_id IN (SELECT id FROM orders "
                                    "WHERE %1) ORDER BY order_id, line")
                         .arg(where),
                     binds, [&](const QSqlQuery &row) {
                         const auto it = index.constFind(row.value(0).toString());
                         if (it != index.constEnd())
                             orders[*it].items.append(itemFromRow(row));
                     }))
        return {};
    return orders;
}

std::optional<Order> OrderRepository::load(Connection connection, const QString &id)
{
    const QList<Order> orders
        = load(connection, QStringLiteral("id = ?"), {id}, QStringLiteral("id"));
    if (orders.isEmpty())
        return std::nullopt;
    return orders.first();
}

// ---------------------------------------------------------------- writes

StoreOutcome<Store::CreatedOrder> OrderRepository::create(const Store::OrderDraft &draft)
{
    using Outcome = StoreOutcome<Store::CreatedOrder>;
    if (auto replayed
        = m_keys.replay<Outcome>(Scope, draft.idempotencyKey, draft.requestHash,
                                 Store::tr("This idempotency key was used for a different order."),
                                 [&](const QString &orderId) -> Outcome {
                                     auto order = load(Connection::Write, orderId);
                                     if (!order)
                                         return StoreError::storage();
                                     return Store::CreatedOrder {*order, true};
                                 }))
        return *replayed;
    if (auto refused = m_tables.refusalFor(draft.tableNumber))
        return *refused;

    const QDateTime now = m_clock.now();
    Order order;
    order.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    order.tableNumber = draft.tableNumber;
    order.notes = draft.notes;
    order.status = draft.awaitApproval ? OrderStatus::PendingApproval : OrderStatus::Pending;
    order.createdAt = now;
    order.updatedAt = now;
    for (const Store::OrderLineDraft &line : draft.items) {
        auto item = itemFor(line);
        if (!item.ok())
            return item.error();
        item.value().id = int(order.items.size());
        order.items.append(item.value());
    }
    if (!insert(order, m_clock.dayText(now))
        || !m_keys.remember(Scope, draft.idempotencyKey, draft.requestHash, order.id, now)
        || !m_batch.appendEvent([&](qint64 seq) { return StaffEvent::newOrder(order, seq); })
        || (m_tabObserver && !m_tabObserver(order)))
        return StoreError::storage();
    return Store::CreatedOrder {order, false};
}

StoreOutcome<OrderItem> OrderRepository::itemFor(const Store::OrderLineDraft &line)
{
    // Prices, names and stations come from the menu as it is in this batch.
    const auto product = m_menu.findForOrderLine(line.productId);
    if (!product || product->isHidden)
        return StoreError {StoreError::Code::UnknownProduct,
                           Store::tr("There is no product %1 on the menu.").arg(line.productId),
                           {}};
    if (!product->isAvailable)
        return StoreError {StoreError::Code::ProductUnavailable,
                           Store::tr("%1 is sold out.").arg(product->nameEn),
                           {}};
    OrderItem item;
    item.productId = line.productId;
    item.productName = product->nameBg;
    item.productNameEn = product->nameEn;
    item.quantity = line.quantity;
    item.unitPrice = product->price;
    item.notes = line.notes;
    item.station = product->station;
    return item;
}

bool OrderRepository::insert(Order &order, const QString &day)
{
    {
        QSqlQuery &query = m_db.statement(
            Connection::Write,
            QStringLiteral("INSERT INTO order_numbers (business_day, last_number) "
                           "VALUES (?, 1) ON CONFLICT (business_day) DO UPDATE SET "
                           "last_number = order_numbers.last_number + 1 RETURNING last_number"));
        Finisher finisher {query};
        if (!m_db.run(query, {day}) || !query.next())
            return false;
        order.orderNumber = query.value(0).toInt();
    }
    if (!m_db.exec(
            Connection::Write,
            QStringLiteral("INSERT INTO orders (id, business_day, order_number, "
                           "table_number, notes, status, created_at, updated_at, "
                           "due_eur_cents) "
                           "VALUES (?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?)"),
            {order.id, day, order.orderNumber, order.tableNumber, order.notes,
             toWireString(order.status), Database::timeText(order.createdAt),
             Database::timeText(order.updatedAt),
             // A new order is due in full on its table's tab (0 when cancelled).
             order.status == OrderStatus::Cancelled ? qint64(0) : order.totalEur().euroCents()}))
        return false;
    for (int line = 0; line < order.items.size(); ++line) {
        const OrderItem &item = order.items.at(line);
        if (!m_db.exec(Connection::Write,
                       QStringLiteral("INSERT INTO order_items (order_id, line, product_id, "
                                      "product_name, product_name_en, quantity, "
                                      "unit_price_eur_cents, notes, station) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?)"),
                       {order.id, line, item.productId, item.productName, item.productNameEn,
                        item.quantity, item.unitPrice.euroCents(), item.notes, item.station}))
            return false;
    }
    return true;
}

StoreOutcome<Order> OrderRepository::loadForChange(const QString &orderId)
{
    auto found = load(Connection::Write, orderId);
    if (!found)
        return StoreError {
            StoreError::Code::NotFound, Store::tr("There is no order %1.").arg(orderId), {}};
    return *found;
}

StoreOutcome<Order> OrderRepository::changeStatus(const QString &orderId, OrderStatus to,
                                                  const StaffMember &by)
{
    auto found = loadForChange(orderId);
    if (!found.ok())
        return found;
    Order order = found.value();
    const OrderStatus from = order.status;
    if (!StatusTransitions::isAllowed(from, to))
        return StoreError {StoreError::Code::InvalidTransition,
                           Store::tr("Order %1 is %2 and cannot become %3.")
                               .arg(order.orderNumber)
                               .arg(toWireString(from), toWireString(to)),
                           current(order)};
    const QDateTime now = m_clock.now();
    const bool recall = StatusTransitions::isRecall(from, to);
    if (recall) {
        if (auto refused = refuseRecall(order, QString(), by, now))
            return *refused;
    }
    order.status = to;
    order.updatedAt = now;
    order.changedBy = by.name;
    if (to == OrderStatus::Completed)
        order.completedAt = now;
    // A plate taken back is no longer ready anywhere: stations that reported it ready are
    // working on it again (else they could never report it ready a second time).
    QStringList recalledStations;
    if (recall) {
        for (const QString &station : order.stations()) {
            if (StationProgress::statusOf(order, station) == StationProgress::ready()) {
                order.stationStatus.insert(station, StationProgress::preparing());
                recalledStations.append(station);
            }
        }
    }
    if (!saveProgress(order))
        return StoreError::storage();
    // Kitchen screens follow stations through their progress events: one per reset station,
    // then the status change, the same order as a station's own recall.
    for (const QString &station : std::as_const(recalledStations)) {
        if (!m_batch.appendEvent([&](qint64 seq) {
                return StaffEvent::orderStationProgress(order, station,
                                                        StationProgress::preparing(), seq, now);
            }))
            return StoreError::storage();
    }
    if (!m_batch.appendEvent(
            [&](qint64 seq) { return StaffEvent::orderStatusChange(order, from, seq, now); }))
        return StoreError::storage();
    // A cancelled order leaves its table's tab (a paid one had already left it).
    if (to == OrderStatus::Cancelled && !order.isPaid && m_tabObserver && !m_tabObserver(order))
        return StoreError::storage();
    return order;
}

StoreOutcome<Order> OrderRepository::stepStation(const QString &orderId, const QString &station,
                                                 StationProgress::Step step, const StaffMember &by)
{
    auto found = loadForChange(orderId);
    if (!found.ok())
        return found;
    Order order = found.value();
    const OrderStatus from = order.status;
    const QDateTime now = m_clock.now();
    if (step == StationProgress::Step::Recall) {
        if (auto refused = refuseRecall(order, station, by, now))
            return *refused;
    }
    // The rules are StationProgress's alone; the store maps its refusal to a StoreError.
    if (const auto refusal = StationProgress::apply(order, station, step)) {
        if (refusal->reason == StationProgress::Refusal::Reason::NoSuchStation)
            return StoreError {StoreError::Code::NotFound, refusal->message, {}};
        return StoreError {StoreError::Code::InvalidTransition, refusal->message, current(order)};
    }
    order.updatedAt = now;
    order.changedBy = by.name;
    if (!saveProgress(order))
        return StoreError::storage();
    // Reports' ticket times (station_times, schema 8): a station's first start, last ready.
    const QString at = Database::timeText(now);
    if (step != StationProgress::Step::Recall
        && !m_db.exec(
            Connection::Write,
            QStringLiteral("INSERT INTO station_times VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (order_id, station) DO UPDATE SET "
                           "started_at = COALESCE(station_times.started_at, "
                           "excluded.started_at), "
                           "ready_at = COALESCE(excluded.ready_at, station_times.ready_at)"),
            {order.id, station,
             Database::nullableText(step == StationProgress::Step::Start ? at : QString()),
             Database::nullableText(step == StationProgress::Step::Ready ? at : QString())}))
        return StoreError::storage();
    const QString stationStatus = order.stationStatus.value(station);
    if (!m_batch.appendEvent([&](qint64 seq) {
            return StaffEvent::orderStationProgress(order, station, stationStatus, seq, now);
        }))
        return StoreError::storage();
    if (order.status != from && !m_batch.appendEvent([&](qint64 seq) {
            return StaffEvent::orderStatusChange(order, from, seq, now);
        }))
        return StoreError::storage();
    return order;
}

// Only the kitchen or a manager may recall, and only within the recall window after what is
// recalled (a station's part, or with an empty @p station the whole order) last became ready.
std::optional<StoreError> OrderRepository::refuseRecall(const Order &order, const QString &station,
                                                        const StaffMember &by, const QDateTime &now)
{
    if (by.role == StaffRole::Waiter)
        return StoreError {StoreError::Code::Forbidden,
                           Store::tr("Only the kitchen or a manager can recall a ready order."),
                           current(order)};
    // A station that has not reported ready has nothing to recall: StationProgress says so.
    if (!station.isEmpty() && StationProgress::statusOf(order, station) != StationProgress::ready())
        return std::nullopt;
    // The window is read from the event log, for both kinds of recall. orders.ready_at only
    // knows when the whole order became ready, not when each station reported: a station
    // that was ready for ten minutes while another was still cooking would get a fresh window
    // the moment the last one bumped. The log has every report with its time (and is kept
    // at least 24 h, far longer than any window); nothing found there means too late.
    const std::optional<QDateTime> readyAt = m_log.lastReadyAt(order.id, station);
    if (!readyAt)
        return StoreError::storage();
    if (!readyAt->isValid() || readyAt->secsTo(now) > m_recallWindowSeconds)
        return StoreError {
            StoreError::Code::InvalidTransition,
            Store::tr("Order %1 has been ready too long to be recalled.").arg(order.orderNumber),
            current(order)};
    return std::nullopt;
}

// The one write of an order's progress (status changes and station steps alike). ready_at
// keeps when the order last became ready, for reports; the recall window reads the log.
bool OrderRepository::saveProgress(const Order &order)
{
    const QString status = toWireString(order.status);
    const QString updatedAt = Database::timeText(order.updatedAt);
    return m_db.exec(Connection::Write,
                     QStringLiteral("UPDATE orders SET status = ?, updated_at = ?, "
                                    "completed_at = ?, changed_by = ?, station_status = ?, "
                                    "ready_at = CASE WHEN ? = 'ready' THEN ? ELSE ready_at END "
                                    "WHERE id = ?"),
                     {status, updatedAt,
                      Database::nullableText(Database::timeText(order.completedAt)),
                      order.changedBy, stationStatusText(order), status, updatedAt, order.id});
}

} // namespace tableside::server
