#include "ordercarddelegate.h"

#include "labels.h"
#include "moneyformatter.h"
#include "orderlistmodel.h"
#include "stationnames.h"
#include "statustransitions.h"
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
constexpr int HeaderHeight = 36;
constexpr int ButtonGap = 8;

Language uiLanguage()
{
    return QLocale().language() == QLocale::Bulgarian ? Language::Bulgarian : Language::English;
}

QFont scaled(const QFont &base, qreal factor, bool bold = false, bool italic = false)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

int lineHeight(const QFont &font)
{
    return QFontMetrics(font).height() + 4;
}
} // namespace

OrderCardDelegate::OrderCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QList<OrderStatus> OrderCardDelegate::actionsFor(OrderStatus status)
{
    QList<OrderStatus> actions;
    for (OrderStatus next : StatusTransitions::nextStatuses(status)) {
        // A waiting order (issue 16) is approved or rejected in one tap: it shows Cancel too.
        const bool reject = next == OrderStatus::Cancelled && status == OrderStatus::PendingApproval;
        if ((next == OrderStatus::Cancelled && !reject) || StatusTransitions::isRecall(status, next))
            continue;
        actions.append(next);
    }
    return actions;
}

QString OrderCardDelegate::levelText(int level)
{
    if (level <= 0)
        return {};
    return level >= 2 ? tr("⚠ Not picked up: managers alerted (level %1)").arg(level)
                      : tr("⚠ Not picked up: reminded all waiters (level %1)").arg(level);
}

int OrderCardDelegate::levelOf(const Order &order) const
{
    return m_level && order.status == OrderStatus::Ready ? m_level(order.id) : 0;
}

OrderCardDelegate::Layout OrderCardDelegate::layoutFor(const QRect &rect, const Order &order) const
{
    Layout layout;
    layout.card = rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QList<OrderStatus> actions = actionsFor(order.status);
    if (actions.isEmpty())
        return layout;
    const QRect row(layout.card.left() + Padding,
                    layout.card.bottom() - Padding - ThemeManager::TouchTarget + 1,
                    layout.card.width() - 2 * Padding, ThemeManager::TouchTarget);
    const int count = int(actions.size());
    const int width = (row.width() - (count - 1) * ButtonGap) / count;
    for (int i = 0; i < count; ++i)
        layout.buttons.append(
            {QRect(row.left() + i * (width + ButtonGap), row.top(), width, row.height()),
             actions.at(i)});
    return layout;
}

QSize OrderCardDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    int width = 300;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = qMax(width, view->viewport()->width());
    return {width, cardHeight(index)};
}

int OrderCardDelegate::cardHeight(const QModelIndex &index) const
{
    const QFont base = ThemeManager::baseFont();
    if (base != m_metricsFont || m_itemLine == 0) {
        // Font metrics are costly to build: once per font, not once per card and line.
        m_metricsFont = base;
        m_itemLine = lineHeight(base);
        m_noteLine = lineHeight(scaled(base, 0.9));
        m_totalLine = lineHeight(scaled(base, 1.05, true));
        m_heights.clear();
    }
    const QVariant revision = index.data(OrderListModel::RevisionRole);
    // The escalation level changes a card's height without a new revision: part of the key.
    const int level
        = m_level ? qBound(0, m_level(index.data(OrderListModel::IdRole).toString()), 3) : 0;
    const quint64 key = revision.toULongLong() * 4 + quint64(level);
    if (revision.isValid()) {
        const auto cached = m_heights.constFind(key);
        if (cached != m_heights.constEnd())
            return *cached;
    }
    const Order order = index.data(OrderListModel::OrderRole).value<Order>();
    int height = Margin * 2 + Padding * 2 + HeaderHeight;
    for (const OrderItem &item : order.items)
        height += m_itemLine + (item.notes.isEmpty() ? 0 : m_noteLine);
    if (!order.notes.isEmpty())
        height += m_noteLine;
    if (isOpen(order.status)
        && !StationNames::progressLine(order.stations(), order.stationStatus).isEmpty())
        height += m_noteLine; // kitchen stations' progress
    height += 6 + m_totalLine;
    if (levelOf(order) > 0)
        height += m_noteLine; // "⚠ Not picked up: …"
    if (!actionsFor(order.status).isEmpty())
        height += 8 + ThemeManager::TouchTarget;
    if (revision.isValid()) {
        // Old revisions are never asked again: drop them all once they outnumber the rows.
        if (m_heights.size() > 2 * index.model()->rowCount() + 256)
            m_heights.clear();
        m_heights.insert(key, height);
    }
    return height;
}

void OrderCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const Order order = index.data(OrderListModel::OrderRole).value<Order>();
    const bool busy = index.data(OrderListModel::ActionPendingRole).toBool();
    const ThemeColors &c = ThemeManager::colors();
    const Layout layout = layoutFor(option.rect, order);
    const QFont base = ThemeManager::baseFont();
    const Language language = uiLanguage();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(layout.card).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    painter->fillPath(path, c.card);
    painter->setPen(QPen(c.cardBorder, 1));
    painter->drawPath(path);
    painter->setClipPath(path);
    painter->fillRect(QRect(layout.card.left(), layout.card.top(), 7, layout.card.height()),
                      c.statusAccent(order.status));
    painter->setClipping(false);

    QRect content = layout.card.adjusted(Padding + 4, Padding, -Padding, -Padding);
    // Header: number, table, elapsed time (live: the view repaints every few seconds).
    painter->setPen(c.text);
    painter->setFont(scaled(base, 1.45, true));
    const QString number = QStringLiteral("#%1").arg(order.orderNumber);
    QRect header(content.left(), content.top(), content.width(), HeaderHeight);
    painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter, number);
    const int numberWidth = QFontMetrics(painter->font()).horizontalAdvance(number) + 16;
    painter->setFont(scaled(base, 1.3, true));
    painter->drawText(header.adjusted(numberWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      Labels::table(order.tableNumber));
    painter->setFont(scaled(base, 1.05));
    painter->setPen(c.mutedText);
    const bool open = isOpen(order.status);
    const QString time = open
        ? Labels::elapsed(order.createdAt, QDateTime::currentDateTimeUtc())
        : QLocale().toString(order.createdAt.toLocalTime().time(), QLocale::ShortFormat);
    painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, time);

    int y = header.bottom() + 1;
    const QFont itemFont = base;
    const QFont noteFont = scaled(base, 0.9, false, true);
    for (const OrderItem &item : order.items) {
        painter->setFont(itemFont);
        painter->setPen(c.text);
        const QString name = language == Language::English && !item.productNameEn.isEmpty()
            ? item.productNameEn
            : item.productName;
        const QFontMetrics fm(itemFont);
        QRect line(content.left(), y, content.width(), lineHeight(itemFont));
        const QString qty = QStringLiteral("%1 ×").arg(item.quantity);
        QFont qtyFont = itemFont;
        qtyFont.setBold(true);
        painter->setFont(qtyFont);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, qty);
        painter->setFont(itemFont);
        const int qtyWidth = 44;
        painter->drawText(line.adjusted(qtyWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(name, Qt::ElideRight, line.width() - qtyWidth));
        y += line.height();
        if (!item.notes.isEmpty()) {
            painter->setFont(noteFont);
            painter->setPen(c.acknowledged.darker(c.window.lightness() > 128 ? 130 : 100));
            QRect noteLine(content.left() + qtyWidth, y, content.width() - qtyWidth,
                           lineHeight(noteFont));
            painter->drawText(noteLine, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(noteFont).elidedText(QStringLiteral("↳ ") + item.notes,
                                                                Qt::ElideRight, noteLine.width()));
            y += noteLine.height();
        }
    }
    if (!order.notes.isEmpty()) {
        painter->setFont(noteFont);
        painter->setPen(c.acknowledged.darker(c.window.lightness() > 128 ? 130 : 100));
        QRect noteLine(content.left(), y, content.width(), lineHeight(noteFont));
        painter->drawText(noteLine, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(noteFont).elidedText(tr("Note: %1").arg(order.notes),
                                                            Qt::ElideRight, noteLine.width()));
        y += noteLine.height();
    }
    // Per-station progress from the kitchen screens ("Kitchen ✓ · Bar …").
    const QString progress = StationNames::progressLine(order.stations(), order.stationStatus);
    if (open && !progress.isEmpty()) {
        painter->setFont(scaled(base, 0.9, true));
        painter->setPen(c.mutedText);
        QRect progressLine(content.left(), y, content.width(), lineHeight(noteFont));
        painter->drawText(progressLine, Qt::AlignLeft | Qt::AlignVCenter, progress);
        y += progressLine.height();
    }
    y += 6;
    const QFont totalFont = scaled(base, 1.05, true);
    painter->setFont(totalFont);
    painter->setPen(c.text);
    const MoneyFormatter money(language);
    QRect totalLine(content.left(), y, content.width(), lineHeight(totalFont));
    const QString total = money.formatDual(order.totalEur(), QDate::currentDate());
    painter->drawText(totalLine, Qt::AlignLeft | Qt::AlignVCenter, total);
    if (!order.changedBy.isEmpty() || !open) {
        // Right of the total, in the room it leaves (a narrow column: "Manager" alone, then
        // elided), so the line keeps its height and never draws over the price.
        const QFont whoFont = scaled(base, 0.9);
        const QFontMetrics whoMetrics(whoFont);
        const int room = totalLine.width() - QFontMetrics(totalFont).horizontalAdvance(total) - 12;
        QString who = order.changedBy.isEmpty()
            ? Labels::orderStatus(order.status)
            : tr("%1 · %2").arg(Labels::orderStatus(order.status), order.changedBy);
        if (whoMetrics.horizontalAdvance(who) > room && !order.changedBy.isEmpty())
            who = order.changedBy;
        who = whoMetrics.elidedText(who, Qt::ElideRight, room);
        painter->setFont(whoFont);
        painter->setPen(c.mutedText);
        if (room > 0)
            painter->drawText(totalLine, Qt::AlignRight | Qt::AlignVCenter, who);
    }
    if (const int level = levelOf(order)) {
        // A ready order nobody picked up says how far it went, like an escalated call card.
        y += totalLine.height();
        const QFont levelFont = scaled(base, 0.95, true);
        painter->setFont(levelFont);
        painter->setPen(c.urgent);
        QRect levelLine(content.left(), y, content.width(), lineHeight(noteFont));
        painter->drawText(levelLine, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(levelFont).elidedText(levelText(level), Qt::ElideRight,
                                                             levelLine.width()));
    }

    // Buttons.
    QFont buttonFont = scaled(base, 1.05, true);
    painter->setFont(buttonFont);
    for (const auto &[rect, status] : layout.buttons) {
        QPainterPath button;
        button.addRoundedRect(QRectF(rect), 8, 8);
        QColor fill = status == OrderStatus::Completed ? c.mutedText : c.statusAccent(status);
        if (busy)
            fill.setAlpha(110);
        painter->fillPath(button, fill);
        painter->setPen(c.buttonText);
        painter->drawText(rect, Qt::AlignCenter,
                          busy ? QStringLiteral("…") : Labels::orderAction(status));
    }
    painter->restore();
}

bool OrderCardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    Q_UNUSED(model);
    if (event->type() != QEvent::MouseButtonRelease && event->type() != QEvent::MouseButtonPress
        && event->type() != QEvent::MouseButtonDblClick)
        return false;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    const Order order = index.data(OrderListModel::OrderRole).value<Order>();
    const Layout layout = layoutFor(option.rect, order);
    for (const auto &[rect, status] : layout.buttons) {
        if (!rect.contains(mouse->position().toPoint()))
            continue;
        if (event->type() == QEvent::MouseButtonRelease
            && !index.data(OrderListModel::ActionPendingRole).toBool())
            emit actionRequested(order.id, status);
        return true;
    }
    return false;
}

} // namespace tableside::dashboard
