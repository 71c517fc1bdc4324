#include "paymentrepository.h"

#include "auditlog.h"
#include "businessclock.h"
#include "idempotencykeys.h"
#include "orderrepository.h"
#include "splitmath.h"
#include "store.h"
#include "tablerepository.h"
#include "tabrepository.h"
#include "writebatch.h"

#include <QJsonArray>
#include <QUuid>

namespace tableside::server {

using Connection = Database::Connection;
using Finisher = Database::Finisher;

namespace {

const QString Scope = QStringLiteral("payment");

StoreError refusal(StoreError::Code code, const QString &message, const TableTab &tab)
{
    return StoreError {code, message, {{QStringLiteral("tab"), tab.toJson()}}};
}

QJsonArray idArray(const QStringList &ids)
{
    QJsonArray array;
    for (const QString &id : ids)
        array.append(id);
    return array;
}

} // namespace

PaymentRepository::PaymentRepository(Database &database, WriteBatch &batch,
                                     const BusinessClock &clock, TabRepository &tabs,
                                     OrderRepository &orders, TableRepository &tables,
                                     IdempotencyKeys &keys, AuditLog &audit)
    : m_db(database)
    , m_batch(batch)
    , m_clock(clock)
    , m_tabs(tabs)
    , m_orders(orders)
    , m_tables(tables)
    , m_keys(keys)
    , m_audit(audit)
{ }

// ---------------------------------------------------------------- reads

QString PaymentRepository::newId(const QDateTime &now)
{
    // UUID version 7's layout (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter
    // that orders ids of one millisecond, then random bits. Ties on created_at used to be
    // ordered by SQLite's rowid, which PostgreSQL does not have; the ids order them instead.
    // (Ids from before this change are random: only their same-millisecond ties differ.)
    qint64 ms = std::max<qint64>(0, now.toMSecsSinceEpoch());
    if (ms <= m_lastIdMs) {
        ms = m_lastIdMs;
        if (++m_idCounter > 0xFFF) { // 4096 in one millisecond: borrow the next one
            ++ms;
            m_idCounter = 0;
        }
    } else {
        m_idCounter = 0;
    }
    m_lastIdMs = ms;
    QByteArray bytes = QUuid::createUuid().toRfc4122(); // random bits, variant set
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (8 * (5 - i))) & 0xFF);
    bytes[6] = char(0x70 | ((m_idCounter >> 8) & 0x0F));
    bytes[7] = char(m_idCounter & 0xFF);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

std::optional<Payment> PaymentRepository::find(Connection connection, const QString &id)
{
    const QList<Payment> found = load(connection, QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Payment> PaymentRepository::ofTable(int tableNumber, const QString &day)
{
    return load(Connection::Read, QStringLiteral("table_number = ? AND business_day = ?"),
                {tableNumber, day});
}

QList<Payment> PaymentRepository::load(Connection connection, const QString &where,
                                       const QVariantList &binds)
{
    QList<Payment> payments;
    QHash<QString, qsizetype> index;
    const bool ok = m_db.select(
        connection,
        QStringLiteral("SELECT id, table_number, method, kind, amount_eur_cents, tip_eur_cents, "
                       "tendered_eur_cents, part, (SELECT s.parts FROM tab_splits s WHERE "
                       "s.id = payments.split_id), taken_by, taken_by_id, created_at, voided_at, "
                       "voided_by, void_reason FROM payments WHERE %1 "
                       "ORDER BY created_at DESC, id DESC")
            .arg(where),
        binds, [&](const QSqlQuery &row) {
            Payment payment;
            payment.id = row.value(0).toString();
            payment.tableNumber = row.value(1).toInt();
            payment.method = row.value(2).toString();
            payment.kind = Payment::kindFromName(row.value(3).toString());
            payment.amount = Money::fromEuroCents(row.value(4).toLongLong());
            payment.tip = Money::fromEuroCents(row.value(5).toLongLong());
            payment.hasTendered = !row.value(6).isNull();
            payment.tendered = Money::fromEuroCents(row.value(6).toLongLong());
            payment.part = row.value(7).toInt();
            payment.parts = row.value(8).toInt();
            payment.takenBy = row.value(9).toString();
            payment.takenById = row.value(10).toLongLong();
            payment.createdAt = Database::timeFrom(row.value(11));
            payment.voidedAt = Database::timeFrom(row.value(12));
            payment.voidedBy = row.value(13).toString();
            payment.voidReason = row.value(14).toString();
            index.insert(payment.id, payments.size());
            payments.append(payment);
        });
    if (!ok || payments.isEmpty())
        return payments;
    m_db.select(connection,
                QStringLiteral("SELECT payment_id, order_id, line, quantity, amount_eur_cents "
                               "FROM payment_lines WHERE payment_id IN (SELECT id FROM payments "
                               "WHERE %1) ORDER BY payment_id, order_id, line")
                    .arg(where),
                binds, [&](const QSqlQuery &row) {
                    const auto it = index.constFind(row.value(0).toString());
                    if (it == index.constEnd())
                        return;
                    payments[*it].lines.append({row.value(1).toString(), row.value(2).toInt(),
                                                row.value(3).toInt(),
                                                Money::fromEuroCents(row.value(4).toLongLong())});
                });
    return payments;
}

// ---------------------------------------------------------------- payments

QList<Payment::Line> PaymentRepository::dueLines(const TableTab &tab)
{
    QList<Payment::Line> lines;
    for (const Order &order : tab.orders) {
        for (const OrderItem &item : order.items) {
            const int due = tab.dueQuantity(order, item);
            if (due > 0)
                lines.append({order.id, item.id, due, item.unitPrice * due});
        }
    }
    return lines;
}

StoreOutcome<QList<Payment::Line>>
PaymentRepository::selectedLines(const TableTab &tab, const QList<bill::ItemDraft> &items)
{
    // The same line named twice counts once with both quantities.
    QList<Payment::Line> lines;
    for (const bill::ItemDraft &draft : items) {
        auto same = std::find_if(lines.begin(), lines.end(), [&](const Payment::Line &line) {
            return line.orderId == draft.orderId && line.itemId == draft.itemId;
        });
        if (same != lines.end())
            same->quantity += draft.quantity;
        else
            lines.append({draft.orderId, draft.itemId, draft.quantity, {}});
    }
    for (Payment::Line &line : lines) {
        const auto order = std::find_if(tab.orders.cbegin(), tab.orders.cend(),
                                        [&](const Order &o) { return o.id == line.orderId; });
        if (order == tab.orders.cend()) {
            const QList<Order> found = m_orders.load(Connection::Write, QStringLiteral("id = ?"),
                                                     {line.orderId}, QStringLiteral("id"));
            if (!found.isEmpty() && found.first().isPaid
                && found.first().tableNumber == tab.tableNumber)
                return refusal(
                    StoreError::Code::AlreadyPaid,
                    Store::tr("Order %1 is paid already.").arg(found.first().orderNumber), tab);
            return refusal(StoreError::Code::PaymentInvalid,
                           Store::tr("Order %1 is not on table %2's bill.")
                               .arg(line.orderId)
                               .arg(tab.tableNumber),
                           tab);
        }
        const auto item = std::find_if(order->items.cbegin(), order->items.cend(),
                                       [&](const OrderItem &i) { return i.id == line.itemId; });
        if (item == order->items.cend())
            return refusal(
                StoreError::Code::PaymentInvalid,
                Store::tr("Order %1 has no item %2.").arg(order->orderNumber).arg(line.itemId),
                tab);
        const int due = tab.dueQuantity(*order, *item);
        if (due == 0)
            return refusal(StoreError::Code::AlreadyPaid,
                           Store::tr("%1 of order %2 is paid already.")
                               .arg(item->productNameEn)
                               .arg(order->orderNumber),
                           tab);
        if (line.quantity > due)
            return refusal(StoreError::Code::PaymentInvalid,
                           Store::tr("Only %1 of %2 × %3 is left to pay.")
                               .arg(due)
                               .arg(item->quantity)
                               .arg(item->productNameEn),
                           tab);
        line.amount = item->unitPrice * line.quantity;
    }
    return lines;
}

bool PaymentRepository::insert(const Payment &payment, qint64 splitId)
{
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("INSERT INTO payments (id, business_day, table_number, method, "
                                  "kind, amount_eur_cents, tip_eur_cents, tendered_eur_cents, "
                                  "split_id, part, taken_by, taken_by_id, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {payment.id, m_clock.dayText(payment.createdAt), payment.tableNumber,
                    payment.method, Payment::kindName(payment.kind), payment.amount.euroCents(),
                    payment.tip.euroCents(),
                    payment.hasTendered ? QVariant(payment.tendered.euroCents()) : QVariant(),
                    splitId > 0 ? QVariant(splitId) : QVariant(),
                    payment.part > 0 ? QVariant(payment.part) : QVariant(), payment.takenBy,
                    payment.takenById, Database::timeText(payment.createdAt)}))
        return false;
    for (const Payment::Line &line : payment.lines) {
        if (!m_db.exec(
                Connection::Write,
                QStringLiteral("INSERT INTO payment_lines (payment_id, order_id, line, "
                               "quantity, amount_eur_cents) VALUES (?, ?, ?, ?, ?)"),
                {payment.id, line.orderId, line.itemId, line.quantity, line.amount.euroCents()}))
            return false;
    }
    return true;
}

StoreOutcome<bill::PaymentResult> PaymentRepository::pay(const bill::PaymentDraft &draft,
                                                         const StaffMember &by)
{
    using Outcome = StoreOutcome<bill::PaymentResult>;
    if (auto replayed = m_keys.replay<Outcome>(
            Scope, draft.idempotencyKey, draft.requestHash,
            Store::tr("This idempotency key was used for a different payment."),
            [&](const QString &paymentId) -> Outcome {
                auto payment = find(Connection::Write, paymentId);
                if (!payment)
                    return StoreError::storage();
                return bill::PaymentResult {
                    *payment, m_tabs.tab(Connection::Write, payment->tableNumber), true};
            }))
        return *replayed;
    if (!m_tabs.table(Connection::Write, draft.tableNumber))
        return StoreError {StoreError::Code::UnknownTable,
                           Store::tr("There is no table %1.").arg(draft.tableNumber),
                           {}};
    const TableTab tab = m_tabs.tab(Connection::Write, draft.tableNumber);
    if (tab.isEmpty())
        return refusal(StoreError::Code::TabEmpty,
                       Store::tr("Table %1 has nothing left to pay.").arg(draft.tableNumber), tab);

    Payment payment;
    payment.id = newId(m_clock.now());
    payment.tableNumber = draft.tableNumber;
    payment.method = draft.method;
    payment.tip = Money::fromEuroCents(draft.tipEurCents);
    payment.hasTendered = draft.hasTendered;
    payment.tendered = Money::fromEuroCents(draft.tenderedEurCents);
    payment.takenBy = by.name;
    payment.takenById = by.id;
    payment.createdAt = m_clock.now();
    qint64 splitId = 0;
    QList<Payment::Line> splitLines;
    if (draft.parts > 0) {
        payment.kind = Payment::Kind::Part;
        payment.parts = draft.parts;
        Money base;
        if (tab.split) {
            if (tab.split->parts != draft.parts)
                return refusal(StoreError::Code::SplitConflict,
                               Store::tr("The bill is being split in %1 parts, not %2.")
                                   .arg(tab.split->parts)
                                   .arg(draft.parts),
                               tab);
            splitId = tab.split->id;
            base = tab.split->base;
            payment.part = tab.split->nextPart();
        } else {
            // The split is fixed now: the tab as it stands, in N parts.
            base = tab.total();
            if (base.euroCents() < draft.parts)
                return refusal(StoreError::Code::PaymentInvalid,
                               Store::tr("%1 cannot be split in %2 parts.")
                                   .arg(base.toDecimalString())
                                   .arg(draft.parts),
                               tab);
            splitLines = dueLines(tab);
            payment.part = 1;
        }
        payment.amount
            = Money::fromEuroCents(SplitMath::part(base.euroCents(), draft.parts, payment.part));
        if (splitId == 0) {
            QSqlQuery &query = m_db.statement(
                Connection::Write,
                QStringLiteral("INSERT INTO tab_splits (table_number, parts, base_eur_cents, "
                               "created_at) VALUES (?, ?, ?, ?) RETURNING id"));
            Finisher finisher {query};
            if (!m_db.run(query,
                          {draft.tableNumber, draft.parts, base.euroCents(),
                           Database::timeText(payment.createdAt)})
                || !query.next())
                return StoreError::storage();
            splitId = query.value(0).toLongLong();
        }
        for (const Payment::Line &line : std::as_const(splitLines)) {
            if (!m_db.exec(Connection::Write,
                           QStringLiteral("INSERT INTO tab_split_lines (split_id, order_id, line, "
                                          "quantity) VALUES (?, ?, ?, ?)"),
                           {splitId, line.orderId, line.itemId, line.quantity}))
                return StoreError::storage();
        }
    } else if (!draft.items.isEmpty()) {
        if (tab.split)
            return refusal(StoreError::Code::SplitInProgress,
                           Store::tr("The bill is being split in %1 parts: pay the next part or "
                                     "the whole rest.")
                               .arg(tab.split->parts),
                           tab);
        auto lines = selectedLines(tab, draft.items);
        if (!lines.ok())
            return lines.error();
        payment.kind = Payment::Kind::Items;
        payment.lines = lines.value();
        for (const Payment::Line &line : std::as_const(payment.lines))
            payment.amount += line.amount;
    } else {
        payment.kind = Payment::Kind::Whole;
        payment.lines = dueLines(tab);
        payment.amount = tab.total();
    }
    if (payment.hasTendered && payment.method != QLatin1String("cash"))
        return refusal(StoreError::Code::PaymentInvalid,
                       Store::tr("Cash tendered is only for cash payments."), tab);
    if (payment.hasTendered
        && payment.tendered.euroCents() < payment.amount.euroCents() + payment.tip.euroCents())
        return refusal(
            StoreError::Code::PaymentInvalid,
            Store::tr("%1 tendered is less than the %2 due.")
                .arg(payment.tendered.toDecimalString(),
                     Money::fromEuroCents(payment.amount.euroCents() + payment.tip.euroCents())
                         .toDecimalString()),
            tab);
    QStringList orderIds;
    for (const Order &order : tab.orders)
        orderIds.append(order.id);
    if (!insert(payment, payment.kind == Payment::Kind::Part ? splitId : 0)
        || (payment.kind == Payment::Kind::Whole && tab.split
            && !m_db.exec(Connection::Write,
                          QStringLiteral("UPDATE tab_splits SET closed_by = ? WHERE id = ?"),
                          {payment.id, tab.split->id}))
        || !m_tabs.refreshPaid(orderIds)
        || !m_keys.remember(Scope, draft.idempotencyKey, draft.requestHash, payment.id,
                            payment.createdAt)
        || !m_tabs.announce(draft.tableNumber, QStringLiteral("paid"),
                            {{QStringLiteral("paymentId"), payment.id},
                             {QStringLiteral("method"), payment.method},
                             {QStringLiteral("amountEurCents"), payment.amount.euroCents()},
                             {QStringLiteral("changedBy"), by.name}}))
        return StoreError::storage();
    return bill::PaymentResult {payment, m_tabs.tab(Connection::Write, draft.tableNumber), false};
}

StoreOutcome<bill::PaymentResult> PaymentRepository::voidPayment(const QString &paymentId,
                                                                 const QString &reason,
                                                                 const StaffMember &by)
{
    auto found = find(Connection::Write, paymentId);
    if (!found)
        return StoreError {
            StoreError::Code::NotFound, Store::tr("There is no payment %1.").arg(paymentId), {}};
    Payment payment = *found;
    if (by.role != StaffRole::Manager)
        return StoreError {
            StoreError::Code::Forbidden, Store::tr("Only a manager can void a payment."), {}};
    if (payment.isVoided())
        return StoreError {StoreError::Code::AlreadyVoided,
                           Store::tr("This payment was voided already."),
                           {{QStringLiteral("payment"), payment.toJson()}}};
    qint64 splitId = 0;
    QString settledBy;
    m_db.select(Connection::Write,
                QStringLiteral("SELECT p.split_id, COALESCE((SELECT w.id FROM payments w, "
                               "tab_splits s WHERE s.id = p.split_id AND w.id = s.closed_by AND "
                               "w.voided_at IS NULL), '') FROM payments p WHERE p.id = ?"),
                {paymentId}, [&](const QSqlQuery &row) {
                    splitId = row.value(0).toLongLong();
                    settledBy = row.value(1).toString();
                });
    if (splitId > 0 && !settledBy.isEmpty())
        return StoreError {StoreError::Code::InvalidTransition,
                           Store::tr("A later payment settled this split: void that one first."),
                           {{QStringLiteral("payment"), payment.toJson()}}};
    // Every order this payment touched, directly or through its split's lines.
    QStringList orderIds;
    for (const Payment::Line &line : std::as_const(payment.lines)) {
        if (!orderIds.contains(line.orderId))
            orderIds.append(line.orderId);
    }
    if (splitId > 0)
        m_db.select(Connection::Write,
                    QStringLiteral("SELECT DISTINCT order_id FROM tab_split_lines WHERE "
                                   "split_id = ?"),
                    {splitId}, [&](const QSqlQuery &row) {
                        if (!orderIds.contains(row.value(0).toString()))
                            orderIds.append(row.value(0).toString());
                    });
    const QDateTime now = m_clock.now();
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("UPDATE payments SET voided_at = ?, voided_by = ?, "
                                  "void_reason = ? WHERE id = ? AND voided_at IS NULL"),
                   {Database::timeText(now), by.name, reason, paymentId})
        || !m_tabs.refreshPaid(orderIds)
        || !m_audit.record(now, &by, QStringLiteral("payment.void"), paymentId,
                           {{QStringLiteral("tableNumber"), payment.tableNumber},
                            {QStringLiteral("amountEurCents"), payment.amount.euroCents()},
                            {QStringLiteral("tipEurCents"), payment.tip.euroCents()},
                            {QStringLiteral("method"), payment.method},
                            {QStringLiteral("kind"), Payment::kindName(payment.kind)},
                            {QStringLiteral("takenBy"), payment.takenBy},
                            {QStringLiteral("reason"), reason}}))
        return StoreError::storage();
    // The orders may have moved since: every table they are on now sees its bill reopen.
    QList<int> tables {payment.tableNumber};
    for (const Order &order : m_orders.load(
             Connection::Write,
             QStringLiteral("id IN (SELECT order_id FROM payment_lines WHERE payment_id = ? "
                            "UNION SELECT order_id FROM tab_split_lines WHERE split_id = ?)"),
             {paymentId, splitId}, QStringLiteral("id"))) {
        if (!tables.contains(order.tableNumber))
            tables.append(order.tableNumber);
    }
    for (const int table : std::as_const(tables)) {
        if (!m_tabs.announce(
                table, QStringLiteral("voided"),
                {{QStringLiteral("paymentId"), paymentId}, {QStringLiteral("changedBy"), by.name}}))
            return StoreError::storage();
    }
    payment.voidedAt = now;
    payment.voidedBy = by.name;
    payment.voidReason = reason;
    return bill::PaymentResult {payment, m_tabs.tab(Connection::Write, payment.tableNumber), false};
}

// ---------------------------------------------------------------- moves

std::optional<StoreError> PaymentRepository::refuseMove(int fromTable, int toTable)
{
    if (fromTable == toTable)
        return StoreError {StoreError::Code::Invalid,
                           Store::tr("The order is at table %1 already.").arg(toTable),
                           {}};
    if (auto refused = m_tables.refusalFor(toTable))
        return refused;
    for (const int table : {fromTable, toTable}) {
        const TableTab tab = m_tabs.tab(Connection::Write, table);
        if (tab.split)
            return refusal(StoreError::Code::SplitInProgress,
                           Store::tr("Table %1's bill is being split: finish or void the split "
                                     "first.")
                               .arg(table),
                           tab);
    }
    return std::nullopt;
}

StoreOutcome<bill::TabMove> PaymentRepository::moveOrder(const QString &orderId, int toTable,
                                                         const StaffMember &by)
{
    const QList<Order> found = m_orders.load(Connection::Write, QStringLiteral("id = ?"), {orderId},
                                             QStringLiteral("id"));
    if (found.isEmpty())
        return StoreError {
            StoreError::Code::NotFound, Store::tr("There is no order %1.").arg(orderId), {}};
    const Order &order = found.first();
    if (order.status == OrderStatus::Cancelled)
        return StoreError {StoreError::Code::InvalidTransition,
                           Store::tr("Order %1 is cancelled.").arg(order.orderNumber),
                           {{QStringLiteral("order"), order.toJson()}}};
    if (order.isPaid)
        return StoreError {StoreError::Code::AlreadyPaid,
                           Store::tr("Order %1 is paid already.").arg(order.orderNumber),
                           {{QStringLiteral("order"), order.toJson()}}};
    if (auto refused = refuseMove(order.tableNumber, toTable))
        return *refused;
    return move({orderId}, order.tableNumber, toTable, by);
}

StoreOutcome<bill::TabMove> PaymentRepository::moveTab(int fromTable, int toTable,
                                                       const StaffMember &by)
{
    if (!m_tabs.table(Connection::Write, fromTable))
        return StoreError {
            StoreError::Code::NotFound, Store::tr("There is no table %1.").arg(fromTable), {}};
    const TableTab tab = m_tabs.tab(Connection::Write, fromTable);
    if (tab.isEmpty())
        return refusal(StoreError::Code::TabEmpty,
                       Store::tr("Table %1 has no open bill.").arg(fromTable), tab);
    if (auto refused = refuseMove(fromTable, toTable))
        return *refused;
    QStringList orderIds;
    for (const Order &order : tab.orders)
        orderIds.append(order.id);
    return move(orderIds, fromTable, toTable, by);
}

StoreOutcome<bill::TabMove> PaymentRepository::move(const QStringList &orderIds, int fromTable,
                                                    int toTable, const StaffMember &by)
{
    for (const QString &orderId : orderIds) {
        if (!m_db.exec(Connection::Write,
                       QStringLiteral("UPDATE orders SET table_number = ? WHERE id = ?"),
                       {toTable, orderId}))
            return StoreError::storage();
    }
    const QJsonObject extra {{QStringLiteral("fromTable"), fromTable},
                             {QStringLiteral("toTable"), toTable},
                             {QStringLiteral("orderIds"), idArray(orderIds)},
                             {QStringLiteral("changedBy"), by.name}};
    if (!m_tabs.announce(fromTable, QStringLiteral("moved"), extra)
        || !m_tabs.announce(toTable, QStringLiteral("moved"), extra))
        return StoreError::storage();
    bill::TabMove moved;
    moved.orderIds = orderIds;
    const QList<Order> first = m_orders.load(Connection::Write, QStringLiteral("id = ?"),
                                             {orderIds.first()}, QStringLiteral("id"));
    if (!first.isEmpty())
        moved.order = first.first();
    moved.from = m_tabs.tab(Connection::Write, fromTable);
    moved.to = m_tabs.tab(Connection::Write, toTable);
    return moved;
}

} // namespace tableside::server
