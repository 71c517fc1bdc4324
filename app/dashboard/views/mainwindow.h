#pragma once

#include "orderstatus.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QLabel;
class QMenu;
class QTabWidget;
class QToolButton;
class QAction;

namespace tableside::dashboard {

class BillDialog;
class CallAlertPopup;
class CallFilterProxy;
class CardListView;
class ConsoleWindow;
class ConnectionIndicator;
class OnShiftLabel;
class StatusColumnSwitcher;
class DashboardSession;
class OrderFilterProxy;
class TablesModel;
class TablesView;
class ToastArea;

/// The waiter's main window: open waiter calls on top, active orders below in one column per
/// status, a history tab, the connection state, toasts and the urgent call popup.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DashboardSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Kept for the kitchen display (a later issue); the normal view is shown for now.
    void setKitchenMode(bool kitchen) { m_kitchenMode = kitchen; }
    bool kitchenMode() const { return m_kitchenMode; }
    void applyFullScreen(bool fullScreen);

    ToastArea *toasts() const { return m_toasts; }
    CallAlertPopup *callPopup() const { return m_callPopup; }
    ConnectionIndicator *connectionIndicator() const { return m_indicator; }
    OnShiftLabel *onShiftLabel() const { return m_onShift; }
    CardListView *ordersView(OrderStatus status) const;
    CardListView *callsView() const { return m_callsView; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The tables tab (issue 15) and its model.
    TablesView *tablesView() const { return m_tablesView; }
    TablesModel *tablesModel() const { return m_tablesModel; }
    /// The bill dialog open now (nullptr when none).
    BillDialog *billDialog() const;
    /// The New / Preparing / Ready buttons that show one column at a time in portrait.
    StatusColumnSwitcher *statusSwitcher() const { return m_switcher; }
    /// Fires once, after the first paint of the window.
    bool hasPainted() const { return m_painted; }
    QAction *consoleAction() const { return m_consoleAction; }
    /// The console while it is open (tests), else nullptr.
    ConsoleWindow *console() const { return m_console; }

signals:
    void logoutRequested();
    void quitRequested();
    void firstPaint();

public slots:
    void openSettings();
    /// Opens (non-modal) the bill of @p tableNumber, replacing another table's bill.
    BillDialog *openBill(int tableNumber);
    /// The manager's console (managers only; the menu entry is hidden for others).
    void openConsole();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column
    {
        OrderStatus status;
        QLabel *header;
        OrderFilterProxy *proxy;
        CardListView *view;
    };
    void buildUi();
    void retranslate();
    void updateCounts();
    void refreshViews();
    /// The red line under the top bar while the server's backups fail (managers only).
    void refreshBackupLine();

    DashboardSession *m_session;
    bool m_kitchenMode = false;
    bool m_painted = false;
    QLabel *m_title;
    QLabel *m_staff;
    QLabel *m_backupLine = nullptr;
    ConnectionIndicator *m_indicator;
    OnShiftLabel *m_onShift;
    QToolButton *m_menuButton;
    StatusColumnSwitcher *m_switcher = nullptr;
    QMenu *m_menu;
    QAction *m_settingsAction;
    QAction *m_consoleAction = nullptr;
    ConsoleWindow *m_console = nullptr;
    QAction *m_fullScreenAction;
    QAction *m_logoutAction;
    QAction *m_quitAction;
    QTabWidget *m_tabs;
    QWidget *m_callsSection;
    QLabel *m_callsHeader;
    CallFilterProxy *m_openCalls;
    CardListView *m_callsView;
    QList<Column> m_columns;
    QLabel *m_historyOrdersHeader;
    QLabel *m_historyCallsHeader;
    OrderFilterProxy *m_historyOrders;
    CallFilterProxy *m_historyCalls;
    CardListView *m_historyOrdersView;
    CardListView *m_historyCallsView;
    ToastArea *m_toasts;
    CallAlertPopup *m_callPopup;
    TablesModel *m_tablesModel = nullptr;
    TablesView *m_tablesView = nullptr;
    QPointer<BillDialog> m_billDialog;
    QTimer m_clock;
};

} // namespace tableside::dashboard
