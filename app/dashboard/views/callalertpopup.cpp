#include "callalertpopup.h"

#include "calllistmodel.h"
#include "labels.h"
#include "moneyformatter.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPropertyAnimation>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace tableside::dashboard {

CallAlertPopup::CallAlertPopup(CallListModel *calls, QWidget *parent)
    : QFrame(parent)
    , m_calls(calls)
    , m_title(new QLabel)
    , m_rows(new QVBoxLayout)
    , m_animation(new QPropertyAnimation(this, "pulse", this))
{
    setObjectName(QStringLiteral("callAlertPopup"));
    setAttribute(Qt::WA_StyledBackground, false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);
    QFont titleFont = ThemeManager::baseFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    m_title->setFont(titleFont);
    m_title->setStyleSheet(QStringLiteral("color: white;"));
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    layout->addLayout(m_rows);

    // A heartbeat: bright → dark → bright, forever, while visible.
    m_animation->setDuration(1'100);
    m_animation->setStartValue(0.0);
    m_animation->setKeyValueAt(0.5, 1.0);
    m_animation->setEndValue(0.0);
    m_animation->setEasingCurve(QEasingCurve::InOutSine);
    m_animation->setLoopCount(-1);

    connect(calls, &QAbstractItemModel::rowsInserted, this, &CallAlertPopup::rebuild);
    connect(calls, &QAbstractItemModel::rowsRemoved, this, &CallAlertPopup::rebuild);
    connect(calls, &QAbstractItemModel::dataChanged, this, &CallAlertPopup::rebuild);
    connect(calls, &QAbstractItemModel::modelReset, this, &CallAlertPopup::rebuild);
    hide();
    rebuild();
}

void CallAlertPopup::setPulse(qreal pulse)
{
    m_pulse = pulse;
    update();
}

bool CallAlertPopup::isPulsing() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void CallAlertPopup::setEnabledByUser(bool enabled)
{
    m_enabledByUser = enabled;
    rebuild();
}

void CallAlertPopup::setFilter(std::function<bool(const WaiterCall &)> loud)
{
    m_loud = std::move(loud);
    rebuild();
}

void CallAlertPopup::rebuild()
{
    QList<WaiterCall> pending;
    for (const WaiterCall &call : m_calls->calls())
        if (call.status == CallStatus::Pending && (!m_loud || m_loud(call)))
            pending.append(call);
    std::sort(pending.begin(), pending.end(),
              [](const WaiterCall &a, const WaiterCall &b) { return a.createdAt < b.createdAt; });
    QStringList ids;
    for (const WaiterCall &call : pending)
        ids.append(call.id);

    // Rebuild the rows only when the set changed (dataChanged also fires for busy flags).
    QStringList busy;
    for (const WaiterCall &call : pending)
        if (m_calls->data(m_calls->index(m_calls->rowOf(call.id)), CallListModel::ActionPendingRole)
                .toBool())
            busy.append(call.id);
    const QString signature
        = ids.join(QLatin1Char(',')) + QLatin1Char('|') + busy.join(QLatin1Char(','));
    if (property("signature").toString() != signature || ids.isEmpty()) {
        setProperty("signature", signature);
        while (QLayoutItem *item = m_rows->takeAt(0)) {
            if (QLayout *row = item->layout()) {
                while (QLayoutItem *child = row->takeAt(0)) {
                    delete child->widget();
                    delete child;
                }
            }
            delete item->widget();
            delete item;
        }
        QFont rowFont = ThemeManager::baseFont();
        rowFont.setPointSizeF(rowFont.pointSizeF() * 1.25);
        rowFont.setBold(true);
        for (const WaiterCall &call : pending) {
            auto *row = new QHBoxLayout;
            QString text = Labels::table(call.tableNumber) + QStringLiteral(" — ")
                + Labels::callType(call.type);
            if (!call.message.isEmpty() && call.message != Labels::callType(call.type))
                text += QStringLiteral(" (") + call.message + QStringLiteral(")");
            // A payment call carries the tab: the waiter sees what to bring before walking over.
            if (!call.tab.isEmpty()) {
                const MoneyFormatter money(QLocale().language() == QLocale::Bulgarian
                                               ? Language::Bulgarian
                                               : Language::English);
                text += QStringLiteral(" · ")
                    + money.formatDual(Money::fromEuroCents(call.tab.value(QStringLiteral(
                                                                "totalEurCents"))
                                                                .toInteger()),
                                       QDate::currentDate());
            }
            auto *label = new QLabel(text);
            // The message is the guest's: markup in it must show as typed, not hide or fake
            // the table number (QLabel's AutoText would render "<b>…" as rich text).
            label->setTextFormat(Qt::PlainText);
            // A long message wraps within the popup rather than being cut off at its edge.
            label->setWordWrap(true);
            label->setObjectName(QStringLiteral("call-") + call.id);
            label->setFont(rowFont);
            label->setStyleSheet(QStringLiteral("color: white;"));
            auto *button = new QPushButton(busy.contains(call.id)
                                               ? QStringLiteral("…")
                                               : Labels::callAction(CallStatus::Acknowledged));
            button->setObjectName(QStringLiteral("acknowledge-") + call.id);
            button->setEnabled(!busy.contains(call.id));
            button->setMinimumSize(200, 64);
            button->setFont(rowFont);
            button->setStyleSheet(QStringLiteral(
                "QPushButton { background: white; color: #b71c1c; border-radius: 10px; }"));
            const QString id = call.id;
            connect(button, &QPushButton::clicked, this,
                    [this, id] { emit actionRequested(id, CallStatus::Acknowledged); });
            row->addWidget(label, 1);
            if (!call.tab.isEmpty()) {
                auto *bill = new QPushButton(tr("Open bill"));
                bill->setObjectName(QStringLiteral("bill-") + call.id);
                bill->setMinimumSize(160, 64);
                bill->setFont(rowFont);
                bill->setStyleSheet(QStringLiteral(
                    "QPushButton { background: transparent; color: white; border: 2px solid white;"
                    " border-radius: 10px; }"));
                const int table = call.tableNumber;
                connect(bill, &QPushButton::clicked, this,
                        [this, table] { emit billRequested(table); });
                row->addWidget(bill);
            }
            row->addWidget(button);
            m_rows->addLayout(row);
        }
    }
    m_callIds = ids;
    m_title->setText(ids.size() > 1 ? tr("Waiter calls: %1").arg(ids.size()) : tr("Waiter call!"));
    const bool show = m_enabledByUser && !ids.isEmpty();
    if (show) {
        if (m_animation->state() != QAbstractAnimation::Running)
            m_animation->start();
        setVisible(true);
        raise();
        reposition();
    } else {
        m_animation->stop();
        hide();
    }
}

void CallAlertPopup::reposition()
{
    if (!parentWidget())
        return;
    const int width = qMin(720, parentWidget()->width() - 40);
    // Wrapped rows are taller the narrower the popup: ask the layout for this width.
    resize(width, hasHeightForWidth() ? heightForWidth(width) : sizeHint().height());
    // Centred, a third of the way down: above the order columns, not over the header.
    move((parentWidget()->width() - width) / 2,
         qMax(70, (parentWidget()->height() - height()) / 3));
}

void CallAlertPopup::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor base = ThemeManager::colors().urgent;
    // The pulse shifts the red between its own shade and a brighter one, and thickens the rim.
    const QColor bright = base.lighter(135);
    const auto mix = [](int a, int b, qreal t) { return int(a + (b - a) * t); };
    const QColor fill(mix(base.red(), bright.red(), m_pulse),
                      mix(base.green(), bright.green(), m_pulse),
                      mix(base.blue(), bright.blue(), m_pulse));
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(3, 3, -3, -3), 16, 16);
    painter.fillPath(path, fill);
    painter.setPen(QPen(QColor(255, 255, 255, int(90 + 140 * m_pulse)), 2 + 3 * m_pulse));
    painter.drawPath(path);
}

void CallAlertPopup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setProperty("signature", QString());
        rebuild();
    }
    QFrame::changeEvent(event);
}

} // namespace tableside::dashboard
