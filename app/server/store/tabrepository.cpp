#include "tabrepository.h"

#include "businessclock.h"
#include "orderrepository.h"
#include "splitmath.h"
#include "writebatch.h"

namespace tableside::server {

using Connection = Database::Connection;

namespace {

// A table's tab: its orders of the current business day that are neither cancelled nor fully
// paid. Earlier days' unpaid orders are not carried over: a venue that does not take payments
// in Tableside would otherwise see every order it ever served on its tables (and each new
// order would read them all); the day's reports list what was left unpaid.
const QString TabOrders
    = QStringLiteral("business_day = ? AND status <> 'cancelled' AND paid_at IS NULL");
// A split is open while it has a part paid, not every part, and no whole payment settled it.
const QString OpenSplit = QStringLiteral(
    "EXISTS (SELECT 1 FROM payments p WHERE p.split_id = s.id AND p.voided_at IS NULL) "
    "AND (SELECT COUNT(DISTINCT p.part) FROM payments p WHERE p.split_id = s.id "
    "AND p.voided_at IS NULL) < s.parts AND NOT EXISTS (SELECT 1 FROM payments w "
    "WHERE w.id = s.closed_by AND w.voided_at IS NULL)");
// A split whose every part has a payment not voided: its lines count as paid.
const QString CompleteSplit = QStringLiteral(
    "s.parts = (SELECT COUNT(DISTINCT p.part) FROM payments p WHERE p.split_id = s.id "
    "AND p.voided_at IS NULL)");

QString stateOf(const bill::TableEntry &entry, const QDateTime &now)
{
    for (const QString &type : entry.openCalls) {
        if (type == QLatin1String("payment_cash") || type == QLatin1String("payment_card"))
            return QStringLiteral("bill_requested");
    }
    if (!entry.openCalls.isEmpty())
        return QStringLiteral("call_waiting");
    for (const Order &order : entry.tab.orders) {
        if (order.status == OrderStatus::Ready)
            return QStringLiteral("order_waiting");
    }
    if (!entry.tab.isEmpty())
        return QStringLiteral("open");
    if (entry.tab.lastPaymentAt.isValid()
        && entry.tab.lastPaymentAt.secsTo(now) <= bill::PaidRecentlySeconds)
        return QStringLiteral("paid");
    return QStringLiteral("free");
}

} // namespace

TabRepository::TabRepository(Database &database, WriteBatch &batch, const BusinessClock &clock,
                             OrderRepository &orders)
    : m_db(database)
    , m_batch(batch)
    , m_clock(clock)
    , m_orders(orders)
{ }

std::optional<TabRepository::TableInfo> TabRepository::table(Connection connection, int tableNumber)
{
    std::optional<TableInfo> info;
    m_db.select(connection,
                QStringLiteral("SELECT table_number, name, area, seats, is_active FROM "
                               "dining_tables WHERE table_number = ?"),
                {tableNumber}, [&](const QSqlQuery &row) {
                    info = TableInfo {row.value(0).toInt(), row.value(1).toString(),
                                      row.value(2).toString(), row.value(3).toInt(),
                                      row.value(4).toBool()};
                });
    return info;
}

QMap<int, TableTab> TabRepository::tabs(Connection connection, int tableNumber)
{
    QMap<int, TableTab> result;
    const QString tableFilter
        = tableNumber > 0 ? QStringLiteral(" AND table_number = ?") : QString();
    const QVariantList binds = tableNumber > 0 ? QVariantList {tableNumber} : QVariantList {};
    const QString where = TabOrders + tableFilter;
    QVariantList orderBinds {m_clock.todayText()};
    orderBinds += binds;
    const auto tabOf = [&](int table) -> TableTab & {
        TableTab &tab = result[table];
        tab.tableNumber = table;
        return tab;
    };
    if (tableNumber > 0)
        tabOf(tableNumber);
    QHash<QString, int> tableOfOrder;
    for (Order &order : m_orders.load(connection, where, orderBinds,
                                      QStringLiteral("created_at, order_number, id"))) {
        tableOfOrder.insert(order.id, order.tableNumber);
        tabOf(order.tableNumber).orders.append(std::move(order));
    }
    m_db.select(connection,
                QStringLiteral("SELECT order_id, line, paid_quantity FROM order_items WHERE "
                               "paid_quantity > 0 AND order_id IN (SELECT id FROM orders "
                               "WHERE %1)")
                    .arg(where),
                orderBinds, [&](const QSqlQuery &row) {
                    const QString orderId = row.value(0).toString();
                    const auto table = tableOfOrder.constFind(orderId);
                    if (table != tableOfOrder.constEnd())
                        result[*table].paidQuantities[orderId].insert(row.value(1).toInt(),
                                                                      row.value(2).toInt());
                });
    QList<qint64> splitIds;
    m_db.select(connection,
                QStringLiteral("SELECT s.id, s.table_number, s.parts, s.base_eur_cents FROM "
                               "tab_splits s WHERE %1%2 ORDER BY s.id")
                    .arg(OpenSplit,
                         tableNumber > 0 ? QStringLiteral(" AND s.table_number = ?") : QString()),
                binds, [&](const QSqlQuery &row) {
                    TableTab::Split split;
                    split.id = row.value(0).toLongLong();
                    split.parts = row.value(2).toInt();
                    split.base = Money::fromEuroCents(row.value(3).toLongLong());
                    tabOf(row.value(1).toInt()).split = split;
                });
    for (TableTab &tab : result) {
        if (!tab.split)
            continue;
        m_db.select(connection,
                    QStringLiteral("SELECT DISTINCT part FROM payments WHERE split_id = ? AND "
                                   "voided_at IS NULL ORDER BY part"),
                    {tab.split->id}, [&](const QSqlQuery &row) {
                        tab.split->paidParts.append(row.value(0).toInt());
                    });
    }
    // Per table, from payments_table (table_number, voided_at, created_at): a GROUP BY over
    // payments read every payment ever taken, for every tables view.
    m_db.select(connection,
                QStringLiteral("SELECT table_number, (SELECT MAX(p.created_at) FROM payments p "
                               "WHERE p.table_number = t.table_number AND p.voided_at IS NULL) "
                               "FROM dining_tables t WHERE 1 = 1%1")
                    .arg(tableFilter),
                binds, [&](const QSqlQuery &row) {
                    if (!row.value(1).isNull())
                        tabOf(row.value(0).toInt()).lastPaymentAt
                            = Database::timeFrom(row.value(1));
                });
    return result;
}

TableTab TabRepository::tab(Connection connection, int tableNumber)
{
    TableTab tab = tabs(connection, tableNumber).value(tableNumber);
    tab.tableNumber = tableNumber;
    if (const auto info = table(connection, tableNumber)) {
        tab.name = info->name;
        tab.area = info->area;
        tab.seats = info->seats;
    }
    return tab;
}

QList<bill::TableEntry> TabRepository::entries()
{
    QList<bill::TableEntry> entries;
    // One read transaction: tabs, calls and payments from the same snapshot.
    if (!m_db.beginSnapshot(Connection::Read))
        return entries;
    m_db.select(Connection::Read,
                QStringLiteral("SELECT table_number, name, area, seats, is_active FROM "
                               "dining_tables ORDER BY table_number"),
                {}, [&](const QSqlQuery &row) {
                    bill::TableEntry entry;
                    entry.tableNumber = row.value(0).toInt();
                    entry.name = row.value(1).toString();
                    entry.area = row.value(2).toString();
                    entry.seats = row.value(3).toInt();
                    entry.active = row.value(4).toBool();
                    entries.append(entry);
                });
    const QMap<int, TableTab> tabs = this->tabs(Connection::Read, 0);
    QHash<int, QStringList> calls;
    QHash<int, QDateTime> callTimes;
    m_db.select(Connection::Read,
                QStringLiteral("SELECT table_number, call_type, created_at FROM waiter_calls "
                               "WHERE status <> 'completed' ORDER BY created_at, id"),
                {}, [&](const QSqlQuery &row) {
                    const int table = row.value(0).toInt();
                    calls[table].append(row.value(1).toString());
                    callTimes.insert(table, Database::timeFrom(row.value(2)));
                });
    m_db.execDirect(Connection::Read, QStringLiteral("COMMIT"));
    const QDateTime now = m_clock.now();
    for (bill::TableEntry &entry : entries) {
        entry.tab = tabs.value(entry.tableNumber);
        entry.tab.tableNumber = entry.tableNumber;
        entry.tab.name = entry.name;
        entry.tab.area = entry.area;
        entry.tab.seats = entry.seats;
        entry.openCalls = calls.value(entry.tableNumber);
        entry.lastActivityAt = entry.tab.lastActivityAt();
        const QDateTime callAt = callTimes.value(entry.tableNumber);
        if (callAt.isValid() && (!entry.lastActivityAt.isValid() || callAt > entry.lastActivityAt))
            entry.lastActivityAt = callAt;
        entry.state = stateOf(entry, now);
    }
    return entries;
}

bill::GuestBill TabRepository::guestBill(int tableNumber)
{
    bill::GuestBill result;
    if (!m_db.beginSnapshot(Connection::Read))
        return result;
    result.orders = m_orders.load(
        Connection::Read,
        QStringLiteral("table_number = ? AND business_day = ? AND status <> 'cancelled'"),
        {tableNumber, m_clock.todayText()}, QStringLiteral("created_at, order_number, id"));
    result.tab = tab(Connection::Read, tableNumber);
    m_db.execDirect(Connection::Read, QStringLiteral("COMMIT"));
    result.lastPaymentAt = result.tab.lastPaymentAt;
    result.paidRecently = result.tab.isEmpty() && result.lastPaymentAt.isValid()
        && result.lastPaymentAt.secsTo(m_clock.now()) <= bill::PaidRecentlySeconds;
    return result;
}

bool TabRepository::refreshPaid(const QStringList &orderIds)
{
    const QString now = Database::timeText(m_clock.now());
    for (const QString &orderId : orderIds) {
        QMap<int, int> quantities; // line → ordered
        QMap<int, qint64> prices; // line → unit price
        QMap<int, int> paid; // line → paid
        bool ok = m_db.select(Connection::Write,
                              QStringLiteral("SELECT line, quantity, unit_price_eur_cents "
                                             "FROM order_items WHERE order_id = ?"),
                              {orderId}, [&](const QSqlQuery &row) {
                                  quantities.insert(row.value(0).toInt(), row.value(1).toInt());
                                  prices.insert(row.value(0).toInt(), row.value(2).toLongLong());
                              });
        ok = ok
            && m_db.select(Connection::Write,
                           QStringLiteral("SELECT pl.line, SUM(pl.quantity) FROM payment_lines pl "
                                          "JOIN payments p ON p.id = pl.payment_id WHERE "
                                          "pl.order_id = ? AND p.voided_at IS NULL "
                                          "GROUP BY pl.line"),
                           {orderId}, [&](const QSqlQuery &row) {
                               paid[row.value(0).toInt()] += row.value(1).toInt();
                           });
        ok = ok
            && m_db.select(Connection::Write,
                           QStringLiteral("SELECT sl.line, SUM(sl.quantity) FROM tab_split_lines "
                                          "sl JOIN tab_splits s ON s.id = sl.split_id WHERE "
                                          "sl.order_id = ? AND %1 GROUP BY sl.line")
                               .arg(CompleteSplit),
                           {orderId}, [&](const QSqlQuery &row) {
                               paid[row.value(0).toInt()] += row.value(1).toInt();
                           });
        // The method of the latest payment that paid any of it (a split's last part counts).
        QString method;
        ok = ok
            && m_db.select(Connection::Write,
                           QStringLiteral("SELECT p.method FROM payments p WHERE "
                                          "p.voided_at IS NULL AND (p.id IN (SELECT payment_id "
                                          "FROM payment_lines WHERE order_id = ?) OR p.split_id "
                                          "IN (SELECT s.id FROM tab_splits s JOIN "
                                          "tab_split_lines sl ON sl.split_id = s.id WHERE "
                                          "sl.order_id = ? AND %1)) "
                                          "ORDER BY p.created_at DESC, p.id DESC LIMIT 1")
                               .arg(CompleteSplit),
                           {orderId, orderId},
                           [&](const QSqlQuery &row) { method = row.value(0).toString(); });
        if (!ok)
            return false;
        bool allPaid = !quantities.isEmpty();
        qint64 due = 0;
        for (auto it = quantities.cbegin(); it != quantities.cend(); ++it) {
            const int paidQuantity = std::min(it.value(), paid.value(it.key()));
            allPaid = allPaid && paidQuantity >= it.value();
            due += prices.value(it.key()) * (it.value() - paidQuantity);
            if (!m_db.exec(Connection::Write,
                           QStringLiteral("UPDATE order_items SET paid_quantity = ? WHERE "
                                          "order_id = ? AND line = ? AND paid_quantity <> ?"),
                           {paidQuantity, orderId, it.key(), paidQuantity}))
                return false;
        }
        if (!m_db.exec(Connection::Write,
                       QStringLiteral("UPDATE orders SET paid_at = CASE WHEN ? = 1 THEN "
                                      "COALESCE(paid_at, ?) ELSE NULL END, payment_method = ?, "
                                      "due_eur_cents = ? WHERE id = ?"),
                       {allPaid ? 1 : 0, now, Database::nullableText(method), due, orderId}))
            return false;
    }
    return true;
}

QJsonObject TabRepository::summary(Connection connection, int tableNumber)
{
    // The same figures as tab(...).summaryJson() without loading the orders: a busy table's
    // every new order reads this (tst_tabs compares both).
    int orders = 0;
    qint64 itemsDue = 0;
    // tab_totals holds COUNT(*) and SUM(due_eur_cents) of TabOrders per day and table, kept by
    // triggers (migrationbill.cpp): one lookup however many orders the tab has.
    m_db.select(connection,
                QStringLiteral("SELECT orders, due_eur_cents FROM tab_totals "
                               "WHERE business_day = ? AND table_number = ?"),
                {m_clock.todayText(), tableNumber}, [&](const QSqlQuery &row) {
                    orders = row.value(0).toInt();
                    itemsDue = row.value(1).toLongLong();
                });
    m_db.select(
        connection,
        // The table's splits first (tab_splits_table), then their payments (payments_split):
        // a DISTINCT subquery over payments was materialised whole, every split ever paid, on
        // every new order.
        QStringLiteral("SELECT s.parts, s.base_eur_cents, paid.part FROM tab_splits s "
                       "JOIN payments paid ON paid.split_id = s.id AND paid.voided_at IS NULL "
                       "WHERE %1 AND s.table_number = ? GROUP BY s.id, paid.part")
            .arg(OpenSplit),
        {tableNumber}, [&](const QSqlQuery &row) {
            itemsDue -= SplitMath::part(row.value(1).toLongLong(), row.value(0).toInt(),
                                        row.value(2).toInt());
        });
    const Money due = Money::fromEuroCents(std::max<qint64>(0, itemsDue));
    return {{QStringLiteral("totalEurCents"), due.euroCents()},
            {QStringLiteral("totalEur"), due.toJsonNumber()},
            {QStringLiteral("totalBgn"), due.bgnToJsonNumber()},
            {QStringLiteral("orders"), orders}};
}

bool TabRepository::announce(int tableNumber, const QString &change, const QJsonObject &extra)
{
    return announce(tableNumber, change, extra, summary(Connection::Write, tableNumber));
}

bool TabRepository::announce(int tableNumber, const QString &change, const QJsonObject &extra,
                             QJsonObject data)
{
    data.insert(QStringLiteral("tableNumber"), tableNumber);
    data.insert(QStringLiteral("change"), change);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        data.insert(it.key(), it.value());
    const QDateTime now = m_clock.now();
    return m_batch.appendEvent([&](qint64 seq) {
        return StaffEvent::make(StaffEventType::TableTabChange, data, seq, now);
    });
}

bool TabRepository::announceOrder(const Order &order)
{
    QJsonObject extra {{QStringLiteral("orderId"), order.id}};
    if (!order.changedBy.isEmpty())
        extra.insert(QStringLiteral("changedBy"), order.changedBy);
    // The order was stored due in full (OrderRepository::insert), so the total counts it.
    const QJsonObject data = summary(Connection::Write, order.tableNumber);
    // A new order that is its table's only tab order opened the tab.
    const bool opened = order.status != OrderStatus::Cancelled
        && data.value(QStringLiteral("orders")).toInt() == 1;
    return announce(order.tableNumber,
                    opened ? QStringLiteral("opened") : QStringLiteral("changed"), extra, data);
}

} // namespace tableside::server
