#pragma once

#include "billtypes.h"
#include "database.h"
#include "staffmember.h"
#include "storeoutcome.h"

#include <optional>

namespace tableside::server {

class AuditLog;
class BusinessClock;
class IdempotencyKeys;
class OrderRepository;
class TabRepository;
class TableRepository;
class WriteBatch;

/// Payments of table tabs (whole, selected item quantities, or equal parts of a split fixed
/// at its first part), their voids by a manager, and moving orders or whole tabs between
/// tables. Every change refreshes the paid state and appends table-tab-change in its job.
class PaymentRepository
{
public:
    PaymentRepository(Database &database, WriteBatch &batch, const BusinessClock &clock,
                      TabRepository &tabs, OrderRepository &orders, TableRepository &tables,
                      IdempotencyKeys &keys, AuditLog &audit);

    std::optional<Payment> find(Database::Connection connection, const QString &id);
    /// Payments of @p tableNumber on business day @p day, newest first.
    QList<Payment> ofTable(int tableNumber, const QString &day);

    // Inside a job:
    StoreOutcome<bill::PaymentResult> pay(const bill::PaymentDraft &draft, const StaffMember &by);
    StoreOutcome<bill::PaymentResult> voidPayment(const QString &paymentId, const QString &reason,
                                                  const StaffMember &by);
    StoreOutcome<bill::TabMove> moveOrder(const QString &orderId, int toTable,
                                          const StaffMember &by);
    StoreOutcome<bill::TabMove> moveTab(int fromTable, int toTable, const StaffMember &by);

private:
    QList<Payment> load(Database::Connection connection, const QString &where,
                        const QVariantList &binds);
    /// The lines a payment pays, checked against the tab; or why not.
    StoreOutcome<QList<Payment::Line>> selectedLines(const TableTab &tab,
                                                     const QList<bill::ItemDraft> &items);
    static QList<Payment::Line> dueLines(const TableTab &tab);
    bool insert(const Payment &payment, qint64 splitId);
    std::optional<StoreError> refuseMove(int fromTable, int toTable);
    StoreOutcome<bill::TabMove> move(const QStringList &orderIds, int fromTable, int toTable,
                                     const StaffMember &by);

    Database &m_db;
    WriteBatch &m_batch;
    const BusinessClock &m_clock;
    TabRepository &m_tabs;
    OrderRepository &m_orders;
    TableRepository &m_tables;
    IdempotencyKeys &m_keys;
    AuditLog &m_audit;
    /// A new payment's id: a UUID whose first bits are its time (and a counter within one
    /// millisecond), so ORDER BY created_at, id is insertion order on both back ends.
    QString newId(const QDateTime &now);
    qint64 m_lastIdMs = 0;
    quint32 m_idCounter = 0;
};

} // namespace tableside::server
