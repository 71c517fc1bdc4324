#pragma once

#include "dashboardsettings.h"
#include "syncengine.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QSystemTrayIcon;
#include <QWidget>

namespace tableside::dashboard {

class CallAttention;
class CallListModel;
class SoundPlayer;

/// Decides which alerts an applied event raises: the new-order sound, toast and tray message;
/// the urgent call sound that repeats while any call is unacknowledged (on any device), tray
/// message and taskbar attention when the window is not active. Snapshots raise no order alerts.
class AlertCoordinator : public QObject
{
    Q_OBJECT
public:
    AlertCoordinator(SoundPlayer *sounds, CallListModel *calls, QObject *parent = nullptr);
    ~AlertCoordinator() override;

    void setOptions(const AlertOptions &options);
    AlertOptions options() const { return m_options; }
    /// The window that asks for attention; tray messages only when it is not active.
    void setWindow(QWidget *window) { m_window = window; }
    /// Shows the tray icon when the platform has a tray.
    void enableTray();
    /// Rings only for the calls @p attention says concern this device (assigned tables first,
    /// everyone after an escalation step).
    void setAttention(CallAttention *attention);

    int orderAlertCount() const { return m_orderAlerts; }
    int callAlertCount() const { return m_callAlerts; }

public slots:
    void onEventApplied(const tableside::StaffEvent &event, tableside::dashboard::Via via);
    void onPendingCallsChanged(int pendingCount);

signals:
    /// Show a toast for this new order (the main window stacks them).
    void orderToastRequested(const tableside::Order &order);
    /// Many orders at once (a rush, or a replay after a reconnect): one summary toast.
    void ordersToastRequested(const QList<tableside::Order> &orders);

private:
    void notify(const QString &title, const QString &message, bool urgent);
    void flushOrderAlerts();
    bool windowIsActive() const;

    SoundPlayer *m_sounds;
    CallListModel *m_calls;
    CallAttention *m_attention = nullptr;
    AlertOptions m_options;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    int m_orderAlerts = 0;
    int m_callAlerts = 0;
    /// New orders are gathered for a moment so a rush gives one beep and one toast, not 100.
    QList<Order> m_pendingOrders;
    QTimer m_orderBatch;
};

} // namespace tableside::dashboard
