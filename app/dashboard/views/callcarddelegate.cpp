#include "callcarddelegate.h"

#include "calllistmodel.h"
#include "labels.h"
#include "moneyformatter.h"
#include "theme.h"

#include <QAbstractItemView>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace tableside::dashboard {

namespace {
constexpr int Margin = 6;
constexpr int Padding = 14;
constexpr int ButtonGap = 8;

QFont scaled(qreal factor, bool bold = false)
{
    QFont f = ThemeManager::baseFont();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}
} // namespace

CallCardDelegate::CallCardDelegate(int cardWidth, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_cardWidth(cardWidth)
{ }

QList<CallStatus> CallCardDelegate::actionsFor(CallStatus status)
{
    switch (status) {
    case CallStatus::Pending:
        return {CallStatus::Acknowledged, CallStatus::Completed};
    case CallStatus::Acknowledged:
        return {CallStatus::Completed};
    case CallStatus::Completed:
        break;
    }
    return {};
}

QList<QRect> CallCardDelegate::buttonSlots(const QRect &rect, int count) const
{
    QList<QRect> result;
    if (count <= 0)
        return result;
    const QRect card = rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QRect row(card.left() + Padding, card.bottom() - Padding - ThemeManager::TouchTarget + 1,
                    card.width() - 2 * Padding, ThemeManager::TouchTarget);
    const int width = (row.width() - (count - 1) * ButtonGap) / count;
    for (int i = 0; i < count; ++i)
        result.append(QRect(row.left() + i * (width + ButtonGap), row.top(), width, row.height()));
    return result;
}

QList<QPair<QRect, CallStatus>> CallCardDelegate::buttonsFor(const QRect &rect,
                                                             const WaiterCall &call) const
{
    QList<QPair<QRect, CallStatus>> buttons;
    const QList<CallStatus> actions = actionsFor(call.status);
    const QList<QRect> places = buttonSlots(rect, int(actions.size()) + (hasBill(call) ? 1 : 0));
    for (int i = 0; i < actions.size(); ++i)
        buttons.append({places.at(i), actions.at(i)});
    return buttons;
}

QRect CallCardDelegate::billButton(const QRect &rect, const WaiterCall &call) const
{
    if (!hasBill(call))
        return {};
    // The last slot, after "On my way" / "Done".
    return buttonSlots(rect, int(actionsFor(call.status).size()) + 1).constLast();
}

QRect CallCardDelegate::cardRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QRect rect = option.rect;
    rect.setHeight(qMin(rect.height(), sizeHint(option, index).height()));
    return rect;
}

QSize CallCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const WaiterCall call = index.data(CallListModel::CallRole).value<WaiterCall>();
    int height = Margin * 2 + Padding * 2 + QFontMetrics(scaled(1.4, true)).height() + 6
        + 2 * (QFontMetrics(scaled(1.0)).height() + 4);
    if (!actionsFor(call.status).isEmpty() || hasBill(call))
        height += 8 + ThemeManager::TouchTarget;
    int width = m_cardWidth;
    if (width <= 0) {
        width = 300;
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            width = qMax(width, view->viewport()->width());
    }
    return {width, height};
}

void CallCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const WaiterCall call = index.data(CallListModel::CallRole).value<WaiterCall>();
    const bool busy = index.data(CallListModel::ActionPendingRole).toBool();
    const ThemeColors &c = ThemeManager::colors();
    // A horizontal strip may give the item more height than it asked for: keep the card compact.
    const QRect itemRect = cardRect(option, index);
    const QRect card = itemRect.adjusted(Margin, Margin, -Margin, -Margin);
    const bool pending = call.status == CallStatus::Pending;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    const QColor fill = pending ? c.urgent : c.card;
    const QColor text = pending ? c.urgentText : c.text;
    const QColor muted = pending ? c.urgentText : c.mutedText;
    painter->fillPath(path, fill);
    painter->setPen(QPen(call.status == CallStatus::Acknowledged ? c.acknowledged : c.cardBorder,
                         call.status == CallStatus::Acknowledged ? 3 : 1));
    painter->drawPath(path);

    const QRect content = card.adjusted(Padding, Padding, -Padding, -Padding);
    painter->setFont(scaled(1.4, true));
    painter->setPen(text);
    const int titleHeight = QFontMetrics(painter->font()).height() + 6;
    const QRect title(content.left(), content.top(), content.width(), titleHeight);
    painter->drawText(title, Qt::AlignLeft | Qt::AlignVCenter, Labels::table(call.tableNumber));
    painter->setFont(scaled(1.0));
    painter->setPen(muted);
    const QString time = isOpen(call.status)
        ? Labels::elapsed(call.createdAt, QDateTime::currentDateTimeUtc())
        : QLocale().toString(call.createdAt.toLocalTime().time(), QLocale::ShortFormat);
    painter->drawText(title, Qt::AlignRight | Qt::AlignVCenter, time);

    const int line = QFontMetrics(scaled(1.0)).height() + 4;
    QRect reason(content.left(), title.bottom() + 1, content.width(), line);
    painter->setFont(scaled(1.0, true));
    painter->setPen(text);
    QString what = Labels::callType(call.type);
    if (hasBill(call)) {
        const MoneyFormatter money(QLocale().language() == QLocale::Bulgarian
                                       ? Language::Bulgarian
                                       : Language::English);
        what += QStringLiteral(" · ")
            + money.formatDual(Money::fromEuroCents(
                                   call.tab.value(QStringLiteral("totalEurCents")).toInteger()),
                               QDate::currentDate());
    }
    if (!call.message.isEmpty() && call.message != Labels::callType(call.type))
        what += QStringLiteral(" — ") + call.message;
    painter->drawText(
        reason, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(painter->font()).elidedText(what, Qt::ElideRight, reason.width()));
    QRect who(content.left(), reason.bottom() + 1, content.width(), line);
    painter->setFont(scaled(1.0));
    painter->setPen(call.status == CallStatus::Acknowledged
                        ? c.acknowledged.darker(c.window.lightness() > 128 ? 130 : 100)
                        : muted);
    QString status = Labels::callStatus(call.status);
    if (!call.acknowledgedBy.isEmpty())
        status = tr("%1 is on the way").arg(call.acknowledgedBy);
    if (call.status == CallStatus::Completed)
        status = call.acknowledgedBy.isEmpty() ? Labels::callStatus(call.status)
                                               : tr("Done · %1").arg(call.acknowledgedBy);
    // An escalated call says how far it went (level 1: every waiter; 2: managers, kitchen).
    if (const int level = m_level && call.status == CallStatus::Pending ? m_level(call.id) : 0) {
        status = level >= 2 ? tr("⚠ Escalated to managers (level %1)").arg(level)
                            : tr("⚠ Reminded all waiters (level %1)").arg(level);
        painter->setPen(text); // a pending call's card is red already: its own text colour
        painter->setFont(scaled(1.0, true));
    }
    painter->drawText(who, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(painter->font()).elidedText(status, Qt::ElideRight, who.width()));

    painter->setFont(scaled(1.05, true));
    for (const auto &[rect, target] : buttonsFor(itemRect, call)) {
        QPainterPath button;
        button.addRoundedRect(QRectF(rect), 8, 8);
        QColor b = pending ? c.urgentText : c.button;
        if (busy)
            b.setAlpha(110);
        painter->fillPath(button, b);
        painter->setPen(pending ? c.urgent : c.buttonText);
        painter->drawText(rect, Qt::AlignCenter,
                          busy ? QStringLiteral("…") : Labels::callAction(target));
    }
    if (const QRect bill = billButton(itemRect, call); !bill.isEmpty()) {
        QPainterPath button;
        button.addRoundedRect(QRectF(bill).adjusted(1, 1, -1, -1), 8, 8);
        painter->setPen(QPen(pending ? c.urgentText : c.button, 2));
        painter->drawPath(button);
        painter->drawText(bill, Qt::AlignCenter, tr("Bill"));
    }
    painter->restore();
}

bool CallCardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    Q_UNUSED(model);
    if (event->type() != QEvent::MouseButtonRelease && event->type() != QEvent::MouseButtonPress
        && event->type() != QEvent::MouseButtonDblClick)
        return false;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    const WaiterCall call = index.data(CallListModel::CallRole).value<WaiterCall>();
    if (billButton(cardRect(option, index), call).contains(mouse->position().toPoint())) {
        if (event->type() == QEvent::MouseButtonRelease)
            emit billRequested(call.tableNumber);
        return true;
    }
    for (const auto &[rect, target] : buttonsFor(cardRect(option, index), call)) {
        if (!rect.contains(mouse->position().toPoint()))
            continue;
        if (event->type() == QEvent::MouseButtonRelease
            && !index.data(CallListModel::ActionPendingRole).toBool())
            emit actionRequested(call.id, target);
        return true;
    }
    return false;
}

} // namespace tableside::dashboard
