#include "readyorderalerts.h"

#include "callattention.h"
#include "dashboardsettings.h"
#include "labels.h"
#include "logging.h"
#include "orderlistmodel.h"
#include "soundplayer.h"

namespace tableside::dashboard {

ReadyOrderAlerts::ReadyOrderAlerts(SyncEngine *sync, OrderListModel *orders,
                                   CallAttention *attention, SoundPlayer *sounds,
                                   DashboardSettings *settings, QObject *parent)
    : QObject(parent)
    , m_orders(orders)
    , m_attention(attention)
    , m_sounds(sounds)
    , m_settings(settings)
{
    connect(sync, &SyncEngine::eventApplied, this, &ReadyOrderAlerts::onEvent);
    connect(attention, &CallAttention::escalated, this, &ReadyOrderAlerts::onEscalated);
}

void ReadyOrderAlerts::onEvent(const StaffEvent &event, Via via)
{
    // A snapshot is the state, not news: what turned ready meanwhile shows in the column.
    if (via == Via::Snapshot || event.type() != StaffEventType::OrderStatusChange)
        return;
    const QJsonObject data = event.data();
    if (data.value(QStringLiteral("status")).toString() != toWireString(OrderStatus::Ready))
        return;
    // Whoever marked it ready knows already: no ring on their own devices.
    const auto staff = m_settings->staff();
    if (staff && data.value(QStringLiteral("changedBy")).toString() == staff->name)
        return;
    const QString id = data.value(QStringLiteral("orderId")).toString();
    if (const auto order = m_orders->order(id))
        alert(*order, m_attention->level(id));
}

void ReadyOrderAlerts::onEscalated(const QString &kind, const QString &id, int level, int)
{
    if (kind != QStringLiteral("order"))
        return;
    // Picked up meanwhile (a later event already applied): nothing to remind anyone of.
    const auto order = m_orders->order(id);
    if (order && order->status == OrderStatus::Ready)
        alert(*order, level);
}

void ReadyOrderAlerts::alert(const Order &order, int level)
{
    if (!m_attention->isOrderLoud(order.id, order.tableNumber))
        return; // another waiter's table: quietly in the Ready column
    ++m_alerts;
    qCInfo(lcAlerts).noquote() << QStringLiteral("Alert: order #%1 ready, table %2, level %3")
                                      .arg(order.orderNumber)
                                      .arg(order.tableNumber)
                                      .arg(level);
    const AlertOptions options = m_settings->alerts();
    // A reminder sounds like a call: someone has waited too long already.
    if (options.orderSound)
        m_sounds->play(level > 0 ? Sound::WaiterCall : Sound::NewOrder);
    if (!options.orderToast)
        return;
    const QString table = Labels::table(order.tableNumber);
    if (level == 0)
        emit alertRaised(tr("Order #%1 is ready · %2").arg(order.orderNumber).arg(table),
                         tr("Ready to serve."), order, level);
    else
        emit alertRaised(
            tr("Order #%1 still waiting · %2").arg(order.orderNumber).arg(table),
            level >= 2 ? tr("Nobody picked it up: managers alerted (level %1).").arg(level)
                       : tr("Nobody picked it up: all waiters reminded (level %1).").arg(level),
            order, level);
}

} // namespace tableside::dashboard
