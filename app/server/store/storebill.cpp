#include "storeprivate.h"

// Store's bill (issue 15): table tabs, payments, voids, moves and the tables view. Reads use
// the read connection (committed data); writes are one WriteBatch job each, whose
// table-tab-change events and audit entries commit with them.

namespace tableside::server {

TableTab Store::tableTab(int tableNumber) const
{
    return d->tabs.tab(Database::Connection::Read, tableNumber);
}

QList<bill::TableEntry> Store::tableEntries() const
{
    return d->tabs.entries();
}

bill::GuestBill Store::guestBill(int tableNumber) const
{
    return d->tabs.guestBill(tableNumber);
}

bool Store::tableExists(int tableNumber) const
{
    return d->tabs.table(Database::Connection::Read, tableNumber).has_value();
}

std::optional<Payment> Store::findPayment(const QString &id) const
{
    return d->payments.find(Database::Connection::Read, id);
}

QList<Payment> Store::tablePayments(int tableNumber) const
{
    return d->payments.ofTable(tableNumber, d->clock.todayText());
}

StoreOutcome<bill::PaymentResult> Store::pay(const bill::PaymentDraft &draft, const StaffMember &by)
{
    return d->batch.run<bill::PaymentResult>([&] { return d->payments.pay(draft, by); });
}

StoreOutcome<bill::PaymentResult> Store::voidPayment(const QString &paymentId,
                                                     const QString &reason, const StaffMember &by)
{
    return d->batch.run<bill::PaymentResult>(
        [&] { return d->payments.voidPayment(paymentId, reason, by); });
}

StoreOutcome<bill::TabMove> Store::moveOrder(const QString &orderId, int toTable,
                                             const StaffMember &by)
{
    return d->batch.run<bill::TabMove>([&] { return d->payments.moveOrder(orderId, toTable, by); });
}

StoreOutcome<bill::TabMove> Store::moveTab(int fromTable, int toTable, const StaffMember &by)
{
    return d->batch.run<bill::TabMove>([&] { return d->payments.moveTab(fromTable, toTable, by); });
}

} // namespace tableside::server
