#include "mainwindow.h"

#include "actiondispatcher.h"
#include "alertcoordinator.h"
#include "approvalstrip.h"
#include "backupstatusmodel.h"
#include "printerstatusline.h"
#include "billdialog.h"
#include "callalertpopup.h"
#include "callattention.h"
#include "callcarddelegate.h"
#include "callfilterproxy.h"
#include "calllistmodel.h"
#include "cardlistview.h"
#include "connectionindicator.h"
#include "consolewindow.h"
#include "dashboardsession.h"
#include "dashboardsettings.h"
#include "devicealerts.h"
#include "labels.h"
#include "moneyformatter.h"
#include "mytablesdialog.h"
#include "onshiftlabel.h"
#include "ordercarddelegate.h"
#include "orderfilterproxy.h"
#include "orderlistmodel.h"
#include "readyorderalerts.h"
#include "settingsdialog.h"
#include "syncengine.h"
#include "tablesmodel.h"
#include "tablesview.h"
#include "statuscolumnswitcher.h"
#include "theme.h"
#include "toastarea.h"
#include "windowplacement.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace tableside::dashboard {

namespace {
constexpr int CallCardWidth = 360;

QLabel *sectionHeader()
{
    auto *label = new QLabel;
    QFont font = ThemeManager::baseFont();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(8, 4, 8, 0);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

MainWindow::MainWindow(DashboardSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    buildUi();
    retranslate();
    // Elapsed times are painted by the delegates: repaint, do not touch the models.
    m_clock.setInterval(10'000);
    connect(&m_clock, &QTimer::timeout, this, &MainWindow::refreshViews);
    m_clock.start();
    // The screen's available size, not a fixed one: a 7" tablet is 1024×600 or 800×1280.
    WindowPlacement::fitToScreen(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    auto *central = new QWidget;
    setCentralWidget(central);
    central->installEventFilter(this);

    // Top bar.
    m_title = new QLabel;
    QFont titleFont = ThemeManager::baseFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_staff = new QLabel;
    m_staff->setTextFormat(Qt::PlainText); // a staff name, as a manager typed it
    m_indicator = new ConnectionIndicator(m_session->pusher(), m_session->sync());
    m_onShift = new OnShiftLabel(m_session->onShift());
    m_menuButton = new QToolButton;
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setMinimumSize(120, ThemeManager::TouchTarget);
    m_menu = new QMenu(this);
    // Managers only; shown again each time the menu opens (another member may sign in).
    m_consoleAction = m_menu->addAction(QString(), this, &MainWindow::openConsole);
    connect(m_menu, &QMenu::aboutToShow, this,
            [this] { m_consoleAction->setVisible(m_session->isManager()); });
    m_consoleAction->setVisible(m_session->isManager());
    // Issue 18: a waiter takes tables for the shift when calls/waitersAssignThemselves is on.
    QAction *myTables = m_menu->addAction(QString(), this, [this] {
        const auto staff = m_session->settings()->staff();
        if (!staff)
            return;
        auto *dialog = new MyTablesDialog(m_session->api(), staff->id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    myTables->setObjectName(QStringLiteral("MyTablesAction"));
    const auto updateMyTables = [this, myTables] {
        const auto staff = m_session->settings()->staff();
        myTables->setText(tr("My tables…"));
        myTables->setVisible(staff && staff->role == StaffRole::Waiter
                             && m_session->attention()->waitersAssignThemselves());
    };
    connect(m_menu, &QMenu::aboutToShow, this, updateMyTables);
    connect(m_session->attention(), &CallAttention::changed, this, updateMyTables);
    updateMyTables();
    m_settingsAction = m_menu->addAction(QString(), this, &MainWindow::openSettings);
    m_fullScreenAction = m_menu->addAction(QString());
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        m_session->settings()->setFullScreen(on);
        applyFullScreen(on);
    });
    m_menu->addSeparator();
    m_logoutAction = m_menu->addAction(QString(), this, &MainWindow::logoutRequested);
    m_quitAction = m_menu->addAction(QString(), this, &MainWindow::quitRequested);
    m_menuButton->setMenu(m_menu);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(12, 6, 12, 6);
    top->setSpacing(18);
    top->addWidget(m_title);
    top->addWidget(m_staff);
    top->addStretch();
    top->addWidget(m_onShift);
    top->addWidget(m_indicator);
    top->addWidget(m_menuButton);
    // Long names give way first (clipped; the on-shift tooltip lists everybody), so the menu
    // button and the connection light stay on a 1024-px tablet's screen.
    for (QLabel *label : {m_staff, static_cast<QLabel *>(m_onShift)})
        label->setMinimumWidth(40);
    m_backupLine = new QLabel;
    m_backupLine->setObjectName(QStringLiteral("BackupAlert"));
    m_backupLine->setTextFormat(Qt::PlainText); // the server's message, shown as it is
    m_backupLine->setWordWrap(true);
    m_backupLine->setStyleSheet(
        QStringLiteral("#BackupAlert { background: #b71c1c; color: white; padding: 6px 12px; }"));
    m_backupLine->hide();

    // Active tab: calls strip + one column per status.
    auto *active = new QWidget;
    auto *activeLayout = new QVBoxLayout(active);
    activeLayout->setContentsMargins(6, 6, 6, 6);
    m_callsSection = new QWidget;
    // Header beside the strip, not above it: on a 1024×600 tablet every row of height the
    // calls take is one an order card's button needs.
    auto *callsLayout = new QHBoxLayout(m_callsSection);
    callsLayout->setContentsMargins(0, 0, 0, 0);
    m_callsHeader = sectionHeader();
    m_callsHeader->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_openCalls = new CallFilterProxy(CallFilterProxy::Show::Open, this);
    m_openCalls->setSourceModel(m_session->calls());
    m_callsView = new CardListView(CardListView::Direction::Horizontal);
    auto *callDelegate = new CallCardDelegate(CallCardWidth, m_callsView);
    CallAttention *attention = m_session->attention(); // issue 18: escalation level on the card
    callDelegate->setLevelLookup([attention](const QString &id) { return attention->level(id); });
    connect(attention, &CallAttention::changed, m_callsView->viewport(),
            qOverload<>(&QWidget::update));
    m_callsView->setItemDelegate(callDelegate);
    m_callsView->setModel(m_openCalls);
    // Room for one row of cards, and for the horizontal scroll bar only while it shows.
    const int callsHeight = callDelegate->sizeHint({}, QModelIndex()).height();
    m_callsView->setFixedHeight(callsHeight);
    connect(m_callsView->horizontalScrollBar(), &QScrollBar::rangeChanged, m_callsView,
            [this, callsHeight](int, int max) {
                const int bar = m_callsView->horizontalScrollBar()->sizeHint().height();
                m_callsView->setFixedHeight(callsHeight + (max > 0 ? bar : 0));
            });
    callsLayout->addWidget(m_callsHeader);
    callsLayout->addWidget(m_callsView);
    activeLayout->addWidget(m_callsSection);
    // Orders over the approval thresholds (issue 16): one tap to approve or reject.
    activeLayout->addWidget(new ApprovalStrip(m_session, active));
    connect(callDelegate, &CallCardDelegate::actionRequested, m_session->actions(),
            &ActionDispatcher::setCallStatus);

    // Portrait screens: one column at a time, chosen with these buttons.
    m_switcher = new StatusColumnSwitcher;
    activeLayout->addWidget(m_switcher);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(10);
    for (OrderStatus status : {OrderStatus::Pending, OrderStatus::Preparing, OrderStatus::Ready}) {
        Column column {status, sectionHeader(),
                       new OrderFilterProxy({status}, OrderFilterProxy::Order::OldestFirst, this),
                       new CardListView};
        column.proxy->setSourceModel(m_session->orders());
        auto *delegate = new OrderCardDelegate(column.view);
        if (status == OrderStatus::Ready) { // issue 18: a ready order's escalation level
            delegate->setLevelLookup(
                [attention](const QString &id) { return attention->level(id); });
            connect(attention, &CallAttention::changed, column.view, &QListView::doItemsLayout);
        }
        column.view->setItemDelegate(delegate);
        column.view->setModel(column.proxy);
        connect(delegate, &OrderCardDelegate::actionRequested, m_session->actions(),
                &ActionDispatcher::setOrderStatus);
        auto *columnWidget = new QWidget;
        auto *box = new QVBoxLayout(columnWidget);
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(column.header);
        box->addWidget(column.view, 1);
        columns->addWidget(columnWidget, 1);
        m_switcher->addColumn(columnWidget);
        m_columns.append(column);
    }
    activeLayout->addLayout(columns, 1);

    // History tab.
    auto *history = new QWidget;
    auto *historyLayout = new QHBoxLayout(history);
    m_historyOrdersHeader = sectionHeader();
    m_historyCallsHeader = sectionHeader();
    m_historyOrders = new OrderFilterProxy({OrderStatus::Completed, OrderStatus::Cancelled},
                                           OrderFilterProxy::Order::NewestFirst, this);
    m_historyOrders->setSourceModel(m_session->orders());
    m_historyOrdersView = new CardListView;
    m_historyOrdersView->setItemDelegate(new OrderCardDelegate(m_historyOrdersView));
    m_historyOrdersView->setModel(m_historyOrders);
    m_historyCalls = new CallFilterProxy(CallFilterProxy::Show::Completed, this);
    m_historyCalls->setSourceModel(m_session->calls());
    m_historyCallsView = new CardListView;
    m_historyCallsView->setItemDelegate(new CallCardDelegate(0, m_historyCallsView));
    m_historyCallsView->setModel(m_historyCalls);
    auto *historyOrdersBox = new QVBoxLayout;
    historyOrdersBox->addWidget(m_historyOrdersHeader);
    historyOrdersBox->addWidget(m_historyOrdersView, 1);
    auto *historyCallsBox = new QVBoxLayout;
    historyCallsBox->addWidget(m_historyCallsHeader);
    historyCallsBox->addWidget(m_historyCallsView, 1);
    historyLayout->addLayout(historyOrdersBox, 3);
    historyLayout->addLayout(historyCallsBox, 2);

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(active, QString());
    m_tabs->addTab(history, QString());
    // Tables tab: every table's state and bill (issue 15).
    m_tablesModel = new TablesModel(m_session->api(), m_session->sync(), this);
    m_tablesView = new TablesView(m_tablesModel);
    m_tabs->addTab(m_tablesView, QString());
    connect(m_tablesView, &TablesView::tableActivated, this, &MainWindow::openBill);
    connect(callDelegate, &CallCardDelegate::billRequested, this, &MainWindow::openBill);
    if (m_session->sync()->lastSeq() >= 0)
        m_tablesModel->refresh(); // signed in before this window existed

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_backupLine);
    layout->addWidget(new PrinterStatusLine(m_session->api(), m_session->sync())); // issue 19
    layout->addWidget(m_tabs, 1);

    // Overlays above everything.
    m_toasts = new ToastArea(central);
    m_toasts->setAnchor(m_menuButton); // below the top bar: a toast never covers ☰ Menu
    m_callPopup = new CallAlertPopup(m_session->calls(), central);
    m_callPopup->setEnabledByUser(m_session->settings()->alerts().callPopup);
    connect(m_callPopup, &CallAlertPopup::actionRequested, m_session->actions(),
            &ActionDispatcher::setCallStatus);
    connect(m_callPopup, &CallAlertPopup::billRequested, this, &MainWindow::openBill);
    // Issue 18: the popup rings for this waiter's tables (everyone's after an escalation), and
    // a manager's device shows device health alerts.
    m_callPopup->setFilter([attention](const WaiterCall &call) { return attention->isLoud(call); });
    connect(attention, &CallAttention::changed, m_callPopup,
            [this] { m_callPopup->setEnabledByUser(m_session->settings()->alerts().callPopup); });
    connect(m_session->deviceAlerts(), &DeviceAlerts::alertRaised, this,
            [this](const QString &title, const QString &text) {
                m_toasts->showToast(Toast::Kind::Error, title, text, 30'000);
            });
    connect(m_session->settings(), &DashboardSettings::changed, this, [this] {
        m_callPopup->setEnabledByUser(m_session->settings()->alerts().callPopup);
        refreshViews();
    });

    connect(m_session->readyAlerts(), &ReadyOrderAlerts::alertRaised, this,
            [this](const QString &title, const QString &text, const Order &, int level) {
                m_toasts->showToast(level > 0 ? Toast::Kind::Warning : Toast::Kind::Order, title,
                                    text);
            });
    connect(m_session->alerts(), &AlertCoordinator::orderToastRequested, this,
            [this](const Order &order) {
                const MoneyFormatter money(QLocale().language() == QLocale::Bulgarian
                                               ? Language::Bulgarian
                                               : Language::English);
                int items = 0;
                for (const OrderItem &item : order.items)
                    items += item.quantity;
                m_toasts->showToast(
                    Toast::Kind::Order,
                    tr("New order #%1 · %2")
                        .arg(order.orderNumber)
                        .arg(Labels::table(order.tableNumber)),
                    tr("%n item(s) · %1", nullptr, items)
                        .arg(money.formatDual(order.totalEur(), QDate::currentDate())));
            });
    connect(m_session->alerts(), &AlertCoordinator::ordersToastRequested, this,
            [this](const QList<Order> &orders) {
                QStringList numbers;
                for (const Order &order : orders)
                    numbers << QStringLiteral("#%1").arg(order.orderNumber);
                if (numbers.size() > 12)
                    numbers = numbers.mid(0, 12) << QStringLiteral("…");
                m_toasts->showToast(Toast::Kind::Order, tr("%1 new orders").arg(orders.size()),
                                    numbers.join(QStringLiteral(", ")));
            });
    connect(m_session->actions(), &ActionDispatcher::conflict, this,
            [this](const QString &message) {
                m_toasts->showToast(Toast::Kind::Warning, tr("Someone was faster"), message);
            });
    connect(m_session->backupStatus(), &BackupStatusModel::changed, this,
            &MainWindow::refreshBackupLine);
    connect(m_session->backupStatus(), &BackupStatusModel::failed, this,
            [this](const BackupStatusModel::Status &status) {
                if (m_session->isManager())
                    m_toasts->showToast(Toast::Kind::Error, tr("Backup failed"), status.message,
                                        30'000);
            });
    connect(m_session->actions(), &ActionDispatcher::failed, this, [this](const QString &message) {
        m_toasts->showToast(Toast::Kind::Error, tr("Not saved"), message, 30'000);
    });

    for (QAbstractItemModel *model :
         QList<QAbstractItemModel *> {m_openCalls, m_historyOrders, m_historyCalls,
                                      m_columns[0].proxy, m_columns[1].proxy, m_columns[2].proxy}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    }
    m_session->alerts()->setWindow(this);
}

CardListView *MainWindow::ordersView(OrderStatus status) const
{
    for (const Column &column : m_columns)
        if (column.status == status)
            return column.view;
    if (status == OrderStatus::Completed || status == OrderStatus::Cancelled)
        return m_historyOrdersView;
    return nullptr;
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Tableside Dashboard"));
    m_title->setText(tr("Tableside"));
    const QString staff = m_session->staffName();
    m_staff->setText(staff.isEmpty() ? QString() : tr("Signed in: %1").arg(staff));
    m_menuButton->setText(tr("☰ Menu"));
    m_consoleAction->setText(tr("Manage…"));
    m_settingsAction->setText(tr("Settings…"));
    m_fullScreenAction->setText(tr("Full screen"));
    m_logoutAction->setText(tr("Switch staff / log out"));
    m_quitAction->setText(tr("Quit"));
    m_callsView->setEmptyText(tr("No open waiter calls"));
    for (const Column &column : m_columns)
        column.view->setEmptyText(tr("Nothing here"));
    m_historyOrdersView->setEmptyText(tr("No completed orders yet"));
    m_historyCallsView->setEmptyText(tr("No completed calls yet"));
    updateCounts();
    refreshViews();
    refreshBackupLine();
}

void MainWindow::updateCounts()
{
    int active = 0;
    for (const Column &column : m_columns) {
        const int count = column.proxy->rowCount();
        active += count;
        column.header->setText(
            QStringLiteral("%1 (%2)").arg(Labels::orderColumn(column.status)).arg(count));
        m_switcher->setLabel(int(&column - m_columns.constData()), column.header->text());
    }
    const int calls = m_openCalls->rowCount();
    m_callsHeader->setText(tr("Waiter calls (%1)").arg(calls));
    m_callsSection->setVisible(calls > 0);
    m_tabs->setTabText(0, tr("Active (%1)").arg(active + calls));
    m_tabs->setTabText(1, tr("History"));
    m_tabs->setTabText(m_tabs->indexOf(m_tablesView), tr("Tables"));
    m_historyOrdersHeader->setText(tr("Completed orders (%1)").arg(m_historyOrders->rowCount()));
    m_historyCallsHeader->setText(tr("Completed calls (%1)").arg(m_historyCalls->rowCount()));
}

void MainWindow::refreshBackupLine()
{
    const auto last = m_session->backupStatus()->last();
    const bool show = m_session->isManager() && last && !last->ok;
    if (show)
        m_backupLine->setText(
            tr("The last backup failed (%1): %2. Orders are safe on the server, but there is no "
               "fresh copy; see docs/backups.md.")
                .arg(QLocale().toString(last->at.toLocalTime(), QLocale::ShortFormat),
                     last->message));
    m_backupLine->setVisible(show);
}

void MainWindow::refreshViews()
{
    for (const Column &column : m_columns)
        column.view->viewport()->update();
    m_callsView->viewport()->update();
    m_historyOrdersView->viewport()->update();
    m_historyCallsView->viewport()->update();
    m_tablesView->refreshTimes();
}

BillDialog *MainWindow::billDialog() const
{
    return m_billDialog.data();
}

BillDialog *MainWindow::openBill(int tableNumber)
{
    if (m_billDialog && m_billDialog->tableNumber() == tableNumber) {
        m_billDialog->raise();
        m_billDialog->activateWindow();
        return m_billDialog;
    }
    if (m_billDialog)
        m_billDialog->close();
    auto *dialog = new BillDialog(m_session->api(), m_session->sync(), tableNumber,
                                  m_session->isManager(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BillDialog::closedElsewhere, this,
            [this, tableNumber](const QString &change) {
                const QString table = Labels::table(tableNumber);
                m_toasts->showToast(Toast::Kind::Order,
                                    change == QLatin1String("moved")
                                        ? tr("%1: the tab was moved").arg(table)
                                        : tr("%1 is paid").arg(table),
                                    tr("The bill was closed on another device."));
            });
    // A move, merge or void from the bill: confirmed the same way.
    connect(dialog, &BillDialog::actionConfirmed, this, [this, tableNumber](const QString &text) {
        m_toasts->showToast(Toast::Kind::Info, Labels::table(tableNumber), text);
    });
    m_billDialog = dialog;
    // Non-modal: orders and calls keep coming in behind it, and the bill follows them.
    dialog->show();
    return dialog;
}

void MainWindow::applyFullScreen(bool fullScreen)
{
    {
        const QSignalBlocker blocker(m_fullScreenAction);
        m_fullScreenAction->setChecked(fullScreen);
    }
    // Also without a window manager (kiosk sessions): the geometry follows the screen.
    if (fullScreen)
        WindowPlacement::showFullScreen(this);
    else if (isFullScreen())
        WindowPlacement::showNormal(this);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_session->settings(), m_session->sounds(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyFullScreen(m_session->settings()->fullScreen());
    if (dialog.serverChanged())
        emit logoutRequested();
}

void MainWindow::openConsole()
{
    if (!m_session->isManager() || m_console)
        return;
    m_console = new ConsoleWindow(m_session, this);
    m_console->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_console, &QObject::destroyed, this, [this] { m_console = nullptr; });
    connect(m_console, &QDialog::finished, m_console, &QWidget::close);
    if (isFullScreen())
        m_console->showFullScreen();
    else
        m_console->show();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_switcher->setPortrait(height() > width());
    m_toasts->reposition();
    m_callPopup->reposition();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == centralWidget()) {
        if (event->type() == QEvent::Resize) {
            m_toasts->reposition();
            m_callPopup->reposition();
        } else if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QMetaObject::invokeMethod(this, &MainWindow::firstPaint, Qt::QueuedConnection);
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace tableside::dashboard
