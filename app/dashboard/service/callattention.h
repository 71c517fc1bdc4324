#pragma once

#include "staffevent.h"
#include "syncengine.h"
#include "waitercall.h"

#include <QHash>
#include <QObject>

namespace tableside::dashboard {

class CallListModel;
class DashboardSettings;
class StaffApi;

/// Who a call or a ready order should alert on this device: the waiter a table is assigned to
/// first (sound + popup), everyone else quietly in the list until an escalation step fires —
/// level 1 alerts every waiter, level 2 managers and the kitchen screens too. Keeps the
/// table assignments and the escalation levels (events; GET /api/assignments and
/// /api/service/escalations after every snapshot).
class CallAttention : public QObject
{
    Q_OBJECT
public:
    CallAttention(StaffApi *api, SyncEngine *sync, DashboardSettings *settings,
                  QObject *parent = nullptr);

    /// The escalation level of call or order @p id (0 = none).
    int level(const QString &id) const { return m_levels.value(id); }
    /// The waiter table @p tableNumber is assigned to ("" = nobody).
    QString assignedTo(int tableNumber) const { return m_assignments.value(tableNumber); }
    QHash<int, QString> assignments() const { return m_assignments; }
    /// Whether @p call should ring on this device.
    bool isLoud(const WaiterCall &call) const;
    /// Whether ready order @p orderId of table @p tableNumber should ring here: the assigned
    /// waiter (everyone but the kitchen when nobody has the table), at level 1 every waiter, at
    /// level 2 managers and kitchen screens too.
    bool isOrderLoud(const QString &orderId, int tableNumber) const;
    /// Whether waiters may take tables themselves (calls/waitersAssignThemselves).
    bool waitersAssignThemselves() const { return m_waitersAssignThemselves; }
    /// Pending calls of @p calls that ring here.
    int loudPendingCount(const CallListModel *calls) const;
    /// Re-reads assignments and escalation levels from the server.
    void refresh();

    // Tests feed these directly.
    void setAssignments(const QJsonArray &assignments);
    void setWaitersAssignThemselves(bool allowed);
    void setLevels(const QJsonObject &escalations);

signals:
    void changed();
    /// A call or order reached @p level (an applied call-escalated / order-escalated event).
    void escalated(const QString &kind, const QString &id, int level, int tableNumber);

private:
    void onEvent(const tableside::StaffEvent &event, tableside::dashboard::Via via);

    StaffApi *m_api;
    DashboardSettings *m_settings;
    QHash<int, QString> m_assignments;
    QHash<QString, int> m_levels;
    bool m_waitersAssignThemselves = false;
};

} // namespace tableside::dashboard
