#include "approvalrule.h"

#include "database.h"
#include "menurepository.h"

namespace tableside::server {

std::optional<bool> ApprovalRule::mustWait(Database &database, MenuRepository &menu,
                                           const ServiceSwitches &switches,
                                           const Store::OrderDraft &draft, const QDateTime &now)
{
    if (!switches.approvalEnabled)
        return false;
    // business_day bounds the scan to the window's days (orders_report's range): without it
    // every order ever stored was read on every new order. An order's business day is its
    // local date or the one before, so the window start's local date − 1 is a safe bound.
    const QDateTime windowStart = now.addSecs(-60LL * switches.approvalWindowMinutes);
    QSqlQuery &query = database.statement(
        Database::Connection::Write,
        QStringLiteral("SELECT count(DISTINCT o.id), COALESCE(SUM(i.quantity * "
                       "i.unit_price_eur_cents), 0) FROM orders o LEFT JOIN order_items i ON "
                       "i.order_id = o.id WHERE o.business_day >= ? AND o.table_number = ? AND "
                       "o.created_at >= ? AND o.status <> 'cancelled'"));
    Database::Finisher finisher {query};
    if (!database.run(query,
                      {windowStart.toLocalTime().date().addDays(-1).toString(Qt::ISODate),
                       draft.tableNumber, Database::timeText(windowStart)})
        || !query.next())
        return std::nullopt;
    const int orders = query.value(0).toInt();
    qint64 cents = query.value(1).toLongLong();
    // This order's own value, at the menu's prices (an unknown product is refused later).
    for (const Store::OrderLineDraft &line : draft.items)
        if (const auto product = menu.findForOrderLine(line.productId))
            cents += product->price.euroCents() * line.quantity;
    return orders + 1 > switches.approvalMaxOrders || cents > switches.approvalMaxEurCents;
}

bool ApprovalRule::recordDecision(AuditLog &audit, const Order &decided, const StaffMember &by,
                                  const QDateTime &now,
                                  const std::function<bool(const Order &)> &printTickets)
{
    const bool approved = decided.status == OrderStatus::Pending;
    return audit.record(now, &by,
                        approved ? QStringLiteral("order.approve") : QStringLiteral("order.reject"),
                        decided.id,
                        {{QStringLiteral("tableNumber"), decided.tableNumber},
                         {QStringLiteral("orderNumber"), decided.orderNumber},
                         {QStringLiteral("totalEurCents"), decided.totalEur().euroCents()}})
        && (!approved || printTickets(decided));
}

} // namespace tableside::server
