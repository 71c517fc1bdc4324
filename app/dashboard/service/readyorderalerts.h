#pragma once

#include "order.h"
#include "staffevent.h"
#include "syncengine.h"

#include <QObject>

namespace tableside::dashboard {

class CallAttention;
class DashboardSettings;
class OrderListModel;
class SoundPlayer;

/// Rings for ready orders on the devices CallAttention names: the assigned waiter's when an
/// order turns ready (everyone else sees it quietly in the Ready column), every waiter's at
/// escalation level 1, managers' and kitchen screens' too at level 2.
class ReadyOrderAlerts : public QObject
{
    Q_OBJECT
public:
    ReadyOrderAlerts(SyncEngine *sync, OrderListModel *orders, CallAttention *attention,
                     SoundPlayer *sounds, DashboardSettings *settings, QObject *parent = nullptr);

    /// Alerts raised on this device (sound and toast, as the options allow).
    int alertCount() const { return m_alerts; }

signals:
    /// Show a toast for ready order @p order (level 0 = it just turned ready); the sound was
    /// played already.
    void alertRaised(const QString &title, const QString &text, const tableside::Order &order,
                     int level);

private:
    void onEvent(const tableside::StaffEvent &event, tableside::dashboard::Via via);
    void onEscalated(const QString &kind, const QString &id, int level, int tableNumber);
    void alert(const Order &order, int level);

    OrderListModel *m_orders;
    CallAttention *m_attention;
    SoundPlayer *m_sounds;
    DashboardSettings *m_settings;
    int m_alerts = 0;
};

} // namespace tableside::dashboard
