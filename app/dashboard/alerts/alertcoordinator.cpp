#include "alertcoordinator.h"

#include "callattention.h"
#include "calllistmodel.h"
#include "labels.h"
#include "logging.h"
#include "soundplayer.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QWidget>

namespace tableside::dashboard {

AlertCoordinator::AlertCoordinator(SoundPlayer *sounds, CallListModel *calls, QObject *parent)
    : QObject(parent)
    , m_sounds(sounds)
    , m_calls(calls)
{
    m_orderBatch.setSingleShot(true);
    m_orderBatch.setInterval(150);
    connect(&m_orderBatch, &QTimer::timeout, this, &AlertCoordinator::flushOrderAlerts);
    connect(calls, &CallListModel::pendingCountChanged, this,
            &AlertCoordinator::onPendingCallsChanged);
}

AlertCoordinator::~AlertCoordinator() = default;

void AlertCoordinator::setOptions(const AlertOptions &options)
{
    m_options = options;
    onPendingCallsChanged(m_calls->pendingCount());
}

void AlertCoordinator::setAttention(CallAttention *attention)
{
    m_attention = attention;
    connect(attention, &CallAttention::changed, this,
            [this] { onPendingCallsChanged(m_calls->pendingCount()); });
}

void AlertCoordinator::enableTray()
{
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/dashboard/dashboard/tray.svg")), this);
    m_tray->setToolTip(QStringLiteral("Tableside"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        if (m_window) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
    });
    m_tray->show();
}

bool AlertCoordinator::windowIsActive() const
{
    return m_window && m_window->isActiveWindow() && !m_window->isMinimized();
}

void AlertCoordinator::onEventApplied(const StaffEvent &event, Via via)
{
    if (via == Via::Snapshot)
        return;
    if (event.type() == StaffEventType::NewOrder) {
        const auto order = event.order();
        if (!order)
            return;
        ++m_orderAlerts;
        m_pendingOrders.append(*order);
        if (!m_orderBatch.isActive())
            m_orderBatch.start();
    } else if (event.type() == StaffEventType::WaiterCallCreated) {
        const auto call = event.call();
        if (!call || (m_attention && !m_attention->isLoud(*call)))
            return; // another waiter's table: quietly in the list
        ++m_callAlerts;
        qCInfo(lcAlerts).noquote() << QStringLiteral("Alert: waiter call, table %1 (%2)")
                                          .arg(call->tableNumber)
                                          .arg(toWireString(call->type));
        notify(tr("Waiter call: %1").arg(Labels::table(call->tableNumber)),
               Labels::callType(call->type)
                   + (call->message.isEmpty() ? QString() : QStringLiteral(" — ") + call->message),
               true);
    }
}

void AlertCoordinator::flushOrderAlerts()
{
    const QList<Order> orders = std::exchange(m_pendingOrders, {});
    if (orders.isEmpty())
        return;
    for (const Order &order : orders)
        qCInfo(lcAlerts).noquote() << QStringLiteral("Alert: new order #%1, table %2")
                                          .arg(order.orderNumber)
                                          .arg(order.tableNumber);
    if (m_options.orderSound)
        m_sounds->play(Sound::NewOrder);
    if (m_options.orderToast) {
        if (orders.size() <= 3) {
            for (const Order &order : orders)
                emit orderToastRequested(order);
        } else {
            emit ordersToastRequested(orders);
        }
    }
    if (orders.size() == 1)
        notify(tr("New order #%1").arg(orders.first().orderNumber),
               Labels::table(orders.first().tableNumber), false);
    else
        notify(tr("%1 new orders").arg(orders.size()), QString(), false);
}

void AlertCoordinator::onPendingCallsChanged(int pendingCount)
{
    // State-driven: the sound repeats exactly while some call is unacknowledged, so an
    // acknowledgement on any device (an applied event) silences every device. With table
    // assignment only the calls that concern this device count.
    if (m_attention)
        pendingCount = m_attention->loudPendingCount(m_calls);
    if (pendingCount > 0 && m_options.callSound)
        m_sounds->startRepeating();
    else
        m_sounds->stopRepeating();
}

void AlertCoordinator::notify(const QString &title, const QString &message, bool urgent)
{
    if (windowIsActive())
        return;
    if (m_window)
        QApplication::alert(m_window); // taskbar attention until the window is activated
    if (m_tray && m_options.trayNotifications)
        m_tray->showMessage(title, message,
                            urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            urgent ? 15'000 : 8'000);
}

} // namespace tableside::dashboard
