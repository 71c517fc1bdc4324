#include "kitchenwindow.h"

#include "alertcoordinator.h"
#include "callattention.h"
#include "calllistmodel.h"
#include "dashboardsession.h"
#include "dashboardsettings.h"
#include "devicealerts.h"
#include "kitchenactions.h"
#include "kitchenboard.h"
#include "kitchensound.h"
#include "kitchentilemodel.h"
#include "labels.h"
#include "logging.h"
#include "orderlistmodel.h"
#include "printerstatusline.h"
#include "pusherclient.h"
#include "screenkeeper.h"
#include "stationnames.h"
#include "syncengine.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace tableside::dashboard {

namespace {
constexpr int HighlightSeconds = 6;
constexpr int MessageSeconds = 8;
constexpr int KeepAwakeEveryTicks = 60;
constexpr int MaxRecallButtons = 4;

Language uiLanguage()
{
    return QLocale().language() == QLocale::Bulgarian ? Language::Bulgarian : Language::English;
}

QFont pixelFont(int pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}
} // namespace

KitchenWindow::KitchenWindow(DashboardSession *session, const KitchenSettings &settings,
                             QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_session(session)
    , m_settings(settings)
    , m_clock([offset = settings.clockOffsetSeconds] {
        return QDateTime::currentDateTimeUtc().addSecs(offset);
    })
    , m_tiles(new KitchenTileModel(this))
    , m_actions(new KitchenActions(session->api(), session->orders(), this))
    , m_sound(new KitchenSound(this))
    , m_keeper(new ScreenKeeper(this))
{
    setObjectName(QStringLiteral("KitchenWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setFocusPolicy(Qt::StrongFocus);
    setStyleSheet(QStringLiteral(
        "#KitchenWindow { background: #121212; }"
        "QLabel { color: #f2f2f2; }"
        "#KitchenBanner { background: #b71c1c; color: white; padding: 10px 16px; }"
        "#KitchenCalls { background: #0d47a1; color: white; padding: 8px 16px; }"
        "#KitchenAllDay { background: #1e1e1e; padding: 8px 16px; }"
        "#KitchenRecall QPushButton { background: #424242; color: white; border: none;"
        "  padding: 10px 18px; font-weight: bold; border-radius: 6px; }"));

    m_tiles->setOrders(session->orders());
    m_tiles->setStation(settings.station);
    m_tiles->setColours(TileColour(settings));
    m_tiles->setClock(m_clock);
    m_tiles->setLanguage(uiLanguage());
    m_actions->setStation(settings.station);
    m_actions->setRecallWindowSeconds(settings.recallWindowSeconds);
    m_actions->setClock(m_clock);

    // The kitchen has its own bell and no waiter alerts (no call sounds, toasts or tray).
    disconnect(session->sync(), &SyncEngine::eventApplied, session->alerts(),
               &AlertCoordinator::onEventApplied);
    connect(session->sync(), &SyncEngine::eventApplied, this,
            [this](const StaffEvent &event, Via via) {
                if (event.type() != StaffEventType::NewOrder || via == Via::Snapshot)
                    return;
                const std::optional<Order> order = event.order();
                if (!order || !KitchenTileModel::hasWorkFor(*order, m_settings.station))
                    return;
                const QDateTime now = m_clock();
                m_sound->newOrder(now);
                m_board->highlight(order->id, now.addSecs(HighlightSeconds));
            });
    const auto applySound = [this] {
        m_sound->setVolume(m_session->settings()->volume());
        m_sound->setMuted(m_session->settings()->isMuted());
    };
    applySound();
    connect(session->settings(), &DashboardSettings::changed, this, applySound);

    // Layout: header, banner, calls, tiles, recall bar, all-day strip.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *header = new QWidget(this);
    header->setStyleSheet(QStringLiteral("background: #000000;"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(20, 8, 20, 8);
    m_title = new QLabel(header);
    m_title->setFont(pixelFont(30, true));
    m_count = new QLabel(header);
    m_count->setFont(pixelFont(26));
    m_connection = new QLabel(header);
    m_connection->setFont(pixelFont(24, true));
    m_clockLabel = new QLabel(header);
    m_clockLabel->setFont(pixelFont(30, true));
    headerLayout->addWidget(m_title);
    headerLayout->addSpacing(30);
    headerLayout->addWidget(m_count);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_connection);
    headerLayout->addSpacing(30);
    headerLayout->addWidget(m_clockLabel);
    layout->addWidget(header);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("KitchenBanner"));
    m_banner->setFont(pixelFont(26, true));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText); // staff names and server messages, shown as typed
    m_banner->hide();
    layout->addWidget(m_banner);

    m_calls = new QLabel(this);
    m_calls->setObjectName(QStringLiteral("KitchenCalls"));
    m_calls->setFont(pixelFont(24, true));
    m_calls->setTextFormat(Qt::PlainText);
    m_calls->hide();
    layout->addWidget(m_calls);
    // Issue 18: kitchen devices in trouble (offline, behind, muted), named on every kitchen
    // screen; calls escalated to level 2 show in the calls line even when it is switched off.
    auto *devices = new QLabel(this);
    devices->setObjectName(QStringLiteral("KitchenDevices"));
    devices->setFont(pixelFont(22, true));
    devices->setTextFormat(Qt::PlainText);
    devices->setStyleSheet(QStringLiteral("QLabel { color: #ffb300; }"));
    devices->hide();
    layout->addWidget(devices);
    layout->addWidget(new PrinterStatusLine(m_session->api(), m_session->sync())); // issue 19
    connect(m_session->deviceAlerts(), &DeviceAlerts::kitchenLineChanged, devices,
            [devices](const QString &line) {
                devices->setText(QStringLiteral("⚠ ") + line);
                devices->setVisible(!line.isEmpty());
            });
    connect(m_session->attention(), &CallAttention::changed, this, &KitchenWindow::refreshCalls);
    connect(m_session->orders(), &QAbstractItemModel::dataChanged, this,
            &KitchenWindow::refreshCalls); // an escalated ready order picked up: off the line

    m_board = new KitchenBoard(m_tiles, this);
    layout->addWidget(m_board, 1);

    m_recallBar = new QWidget(this);
    m_recallBar->setObjectName(QStringLiteral("KitchenRecall"));
    m_recallBar->setStyleSheet(QStringLiteral("background: #1e1e1e;"));
    m_recallLayout = new QHBoxLayout(m_recallBar);
    m_recallLayout->setContentsMargins(16, 6, 16, 6);
    m_recallBar->hide();
    layout->addWidget(m_recallBar);

    m_allDay = new QLabel(this);
    m_allDay->setObjectName(QStringLiteral("KitchenAllDay"));
    m_allDay->setFont(pixelFont(26));
    m_allDay->setWordWrap(true);
    m_allDay->setTextFormat(Qt::RichText);
    m_allDay->setMinimumHeight(56);
    // At most three lines: the tiles matter more than the tail of the list.
    m_allDay->setMaximumHeight(3 * QFontMetrics(m_allDay->font()).lineSpacing() + 20);
    m_allDay->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_allDay);

    connect(m_board, &KitchenBoard::bumpRequested, m_actions, &KitchenActions::bump);
    connect(m_actions, &KitchenActions::failed, this, &KitchenWindow::showMessage);
    connect(m_actions, &KitchenActions::recallableChanged, this, &KitchenWindow::refreshRecallBar);

    m_allDayRefresh.setSingleShot(true);
    m_allDayRefresh.setInterval(0);
    connect(&m_allDayRefresh, &QTimer::timeout, this, [this] {
        refreshAllDay();
        refreshHeader();
    });
    const auto tilesChanged = [this] { m_allDayRefresh.start(); };
    connect(m_tiles, &QAbstractItemModel::rowsInserted, this, tilesChanged);
    connect(m_tiles, &QAbstractItemModel::rowsRemoved, this, tilesChanged);
    connect(m_tiles, &QAbstractItemModel::dataChanged, this, tilesChanged);
    connect(m_tiles, &QAbstractItemModel::modelReset, this, tilesChanged);
    connect(m_tiles, &QAbstractItemModel::layoutChanged, this, tilesChanged);

    if (m_settings.showCalls) {
        CallListModel *calls = session->calls();
        const auto callsChanged = [this] { refreshCalls(); };
        connect(calls, &QAbstractItemModel::rowsInserted, this, callsChanged);
        connect(calls, &QAbstractItemModel::rowsRemoved, this, callsChanged);
        connect(calls, &QAbstractItemModel::dataChanged, this, callsChanged);
        connect(calls, &QAbstractItemModel::modelReset, this, callsChanged);
    }

    connect(session->pusher(), &PusherClient::stateChanged, this,
            &KitchenWindow::refreshConnection);
    connect(session->sync(), &SyncEngine::phaseChanged, this, &KitchenWindow::refreshConnection);

    // THE timer: elapsed times, colours, pulse, highlights, clock, recall expiry, cursor.
    m_timer.setInterval(TickMs);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &KitchenWindow::tick);
    m_timer.start();

    qApp->installEventFilter(this);
    m_sinceActivity.start();
    m_keeper->keepAwake();
    retranslate();
    refreshConnection();
    refreshAllDay();
    refreshCalls();
    qCInfo(lcUi).noquote() << "Kitchen display for"
                           << (m_settings.station.isEmpty() ? QStringLiteral("all stations")
                                                            : m_settings.station);
}

KitchenWindow::~KitchenWindow()
{
    qApp->removeEventFilter(this);
}

void KitchenWindow::showOnWholeScreen()
{
    if (QScreen *target = screen())
        setGeometry(target->geometry());
    showFullScreen();
}

void KitchenWindow::setClock(KitchenClock clock)
{
    m_clock = std::move(clock);
    m_tiles->setClock(m_clock);
    m_actions->setClock(m_clock);
    tick();
}

void KitchenWindow::tick()
{
    const QDateTime now = m_clock();
    m_board->tick(now);
    m_clockLabel->setText(QLocale().toString(now.toLocalTime().time(), QStringLiteral("HH:mm")));
    m_actions->recallable(); // drops expired entries (and refreshes the bar if any)
    if (!m_messageUntil.isNull() && now >= m_messageUntil) {
        m_message.clear();
        m_messageUntil = {};
        refreshBanner();
    }
    if (!m_online)
        refreshBanner(); // "offline for N min" keeps counting
    if (!m_cursorHidden && isVisible()
        && m_sinceActivity.elapsed() >= qint64(m_settings.hideCursorAfterSeconds) * 1000) {
        setCursor(Qt::BlankCursor);
        m_cursorHidden = true;
    }
    if (++m_ticks % KeepAwakeEveryTicks == 0)
        m_keeper->keepAwake();
}

void KitchenWindow::noteActivity()
{
    m_sinceActivity.restart();
    if (m_cursorHidden) {
        unsetCursor();
        m_cursorHidden = false;
    }
}

bool KitchenWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseMove:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        noteActivity();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KitchenWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setFocus();
    activateWindow();
}

void KitchenWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        m_board->selectSlot(key - Qt::Key_0);
        return;
    }
    switch (key) {
    case Qt::Key_0:
        m_board->selectSlot(10);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        bumpSelectedOrFirst();
        return;
    case Qt::Key_Backspace:
    case Qt::Key_Minus:
    case Qt::Key_R:
        if (!m_actions->recallLast())
            showMessage(tr("Nothing to recall: no order was bumped here in the last %n minute(s).",
                           nullptr, qMax(1, m_settings.recallWindowSeconds / 60)));
        return;
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Plus:
        m_board->setPage(m_board->page() + 1);
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        m_board->setPage(m_board->page() - 1);
        return;
    case Qt::Key_Escape:
        m_board->clearSelection();
        return;
    case Qt::Key_Q:
        if (event->modifiers() & Qt::ControlModifier) {
            close();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void KitchenWindow::bumpSelectedOrFirst()
{
    QString id = m_board->selectedOrderId();
    if (id.isEmpty())
        id = m_board->orderAtSlot(1); // no selection: the oldest order on the page
    if (!id.isEmpty())
        m_actions->bump(id);
}

void KitchenWindow::showMessage(const QString &message)
{
    qCInfo(lcUi).noquote() << "Kitchen:" << message;
    m_message = message;
    m_messageUntil = m_clock().addSecs(MessageSeconds);
    refreshBanner();
}

void KitchenWindow::refreshAllDay()
{
    m_allDayEntries
        = AllDayCounter::count(m_session->orders()->orders(), m_settings.station, uiLanguage());
    if (m_allDayEntries.isEmpty()) {
        m_allDay->setText(QStringLiteral("<b>%1</b> —").arg(tr("All day:").toHtmlEscaped()));
        return;
    }
    QStringList groups;
    QString station;
    QStringList items;
    const auto flush = [&] {
        if (!items.isEmpty())
            groups.append(QStringLiteral("<b>%1:</b> %2")
                              .arg(StationNames::displayName(station).toHtmlEscaped(),
                                   items.join(QStringLiteral(" · "))));
        items.clear();
    };
    for (const AllDayCounter::Entry &entry : std::as_const(m_allDayEntries)) {
        if (entry.station != station) {
            flush();
            station = entry.station;
        }
        items.append(QStringLiteral("<b>%1×</b>&nbsp;%2")
                         .arg(entry.quantity)
                         .arg(entry.name.toHtmlEscaped().replace(QLatin1Char(' '),
                                                                 QStringLiteral("&nbsp;"))));
    }
    flush();
    m_allDay->setText(QStringLiteral("<b>%1</b>&nbsp;&nbsp;%2")
                          .arg(tr("All day:").toHtmlEscaped(),
                               groups.join(QStringLiteral("&nbsp;&nbsp;│&nbsp;&nbsp;"))));
}

QString KitchenWindow::allDayText() const
{
    QStringList parts;
    for (const AllDayCounter::Entry &entry : m_allDayEntries)
        parts.append(
            QStringLiteral("%1:%2x%3").arg(entry.station).arg(entry.quantity).arg(entry.name));
    return parts.join(QLatin1Char(','));
}

void KitchenWindow::refreshCalls()
{
    QStringList parts;
    for (const WaiterCall &call : m_session->calls()->calls()) {
        if (call.status == CallStatus::Completed)
            continue;
        const bool escalated = call.status == CallStatus::Pending
            && m_session->attention()->level(call.id) >= 2;
        if (!m_settings.showCalls && !escalated)
            continue;
        const QString text
            = tr("Table %1: %2").arg(call.tableNumber).arg(Labels::callType(call.type));
        parts.append(escalated ? QStringLiteral("⚠ ") + text : text);
    }
    // Ready orders nobody picked up, escalated to level 2, too (issue 18).
    for (const Order &order : m_session->orders()->orders())
        if (order.status == OrderStatus::Ready && m_session->attention()->level(order.id) >= 2)
            parts.append(tr("⚠ Table %1: order #%2 not picked up")
                             .arg(order.tableNumber)
                             .arg(order.orderNumber));
    m_calls->setText(QStringLiteral("🔔 ") + parts.join(QStringLiteral("   ·   ")));
    m_calls->setVisible(!parts.isEmpty());
}

QString KitchenWindow::callsText() const
{
    return m_calls->isVisibleTo(this) ? m_calls->text() : QString();
}

void KitchenWindow::refreshRecallBar()
{
    while (QLayoutItem *item = m_recallLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<KitchenActions::Recallable> list = m_actions->recallable();
    m_recallBar->setVisible(!list.isEmpty());
    if (list.isEmpty())
        return;
    auto *label = new QLabel(tr("Recall (Backspace):"), m_recallBar);
    label->setFont(pixelFont(22, true));
    m_recallLayout->addWidget(label);
    for (int i = 0; i < list.size() && i < MaxRecallButtons; ++i) {
        const KitchenActions::Recallable &entry = list.at(i);
        auto *button = new QPushButton(
            tr("↶ #%1 · table %2").arg(entry.orderNumber).arg(entry.tableNumber), m_recallBar);
        button->setFont(pixelFont(22, true));
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(48);
        connect(button, &QPushButton::clicked, m_actions,
                [this, id = entry.orderId] { m_actions->recall(id); });
        m_recallLayout->addWidget(button);
    }
    m_recallLayout->addStretch(1);
}

void KitchenWindow::refreshConnection()
{
    const ConnectionState state = m_session->pusher()->state();
    const bool live = state == ConnectionState::Subscribed && m_session->sync()->isLive();
    if (live) {
        m_connection->setText(tr("● Online"));
        m_connection->setStyleSheet(QStringLiteral("color: #66bb6a;"));
        m_offlineSince = {};
    } else if (state == ConnectionState::Subscribed || state == ConnectionState::Connected) {
        m_connection->setText(tr("● Syncing…"));
        m_connection->setStyleSheet(QStringLiteral("color: #ffca28;"));
    } else {
        m_connection->setText(tr("● Offline"));
        m_connection->setStyleSheet(QStringLiteral("color: #ef5350;"));
        if (m_offlineSince.isNull())
            m_offlineSince = m_clock();
    }
    if (live != m_online)
        qCInfo(lcUi).noquote() << "Kitchen:" << (live ? "online" : "offline");
    m_online = live;
    refreshBanner();
}

void KitchenWindow::refreshBanner()
{
    QStringList lines;
    if (!m_online && !m_offlineSince.isNull()) {
        const qint64 seconds = m_offlineSince.secsTo(m_clock());
        if (seconds >= 2) // a short blip during a reconnect is not worth a red banner
            lines.append(tr("No connection to the server for %1. Retrying by itself; the orders "
                            "shown may be out of date.")
                             .arg(TileColour::elapsedText(seconds)));
    }
    const auto staff = m_session->settings()->staff();
    if (staff && staff->role == StaffRole::Waiter)
        lines.append(tr("Signed in as a waiter (%1): bumping needs a kitchen or manager PIN.")
                         .arg(staff->name));
    if (!m_message.isEmpty())
        lines.append(m_message);
    m_banner->setText(lines.join(QLatin1Char('\n')));
    m_banner->setVisible(!lines.isEmpty());
}

QString KitchenWindow::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void KitchenWindow::refreshHeader()
{
    m_count->setText(tr("%n order(s) waiting", nullptr, m_tiles->rowCount()));
}

void KitchenWindow::retranslate()
{
    setWindowTitle(tr("Tableside kitchen"));
    m_title->setText(m_settings.station.isEmpty()
                         ? tr("KITCHEN · all stations")
                         : tr("STATION: %1").arg(StationNames::displayName(m_settings.station)));
    m_tiles->setLanguage(uiLanguage());
    refreshHeader();
    refreshConnection();
    refreshAllDay();
    refreshCalls();
    refreshRecallBar();
    tick();
}

void KitchenWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tableside::dashboard
