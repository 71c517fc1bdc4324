#include "tabletile.h"

#include "labels.h"
#include "moneyformatter.h"
#include "theme.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace tableside::dashboard {

namespace {
QFont scaled(qreal factor, bool bold = false)
{
    QFont f = ThemeManager::baseFont();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

bool isDark()
{
    return ThemeManager::current() == Theme::Dark;
}
} // namespace

TableTile::TableTile(QWidget *parent)
    : QAbstractButton(parent)
{
    setMinimumSize(TileWidth, TileHeight);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
}

void TableTile::setTable(const TablesModel::Table &table)
{
    m_table = table;
    setObjectName(QStringLiteral("table-%1").arg(table.tableNumber));
    setAccessibleName(title(table) + QStringLiteral(", ") + stateLabel(table.state));
    update();
}

QColor TableTile::stateColor(TablesModel::State state)
{
    using State = TablesModel::State;
    switch (state) {
    case State::Free:
        return ThemeManager::colors().card;
    case State::Open:
        return isDark() ? QColor(0x1e, 0x4f, 0x8a) : QColor(0xd6, 0xe6, 0xfb);
    case State::OrderWaiting:
        return isDark() ? QColor(0x8a, 0x56, 0x0a) : QColor(0xfd, 0xe2, 0xb3);
    case State::CallWaiting:
        return ThemeManager::colors().urgent;
    case State::BillRequested:
        return isDark() ? QColor(0x6d, 0x28, 0x9a) : QColor(0xe4, 0xcf, 0xf7);
    case State::Paid:
        return isDark() ? QColor(0x1c, 0x6b, 0x3a) : QColor(0xcf, 0xf0, 0xd9);
    }
    return ThemeManager::colors().card;
}

QString TableTile::stateLabel(TablesModel::State state)
{
    using State = TablesModel::State;
    switch (state) {
    case State::Free:
        return tr("Free");
    case State::Open:
        return tr("Open tab");
    case State::OrderWaiting:
        return tr("Order waiting");
    case State::CallWaiting:
        return tr("Call waiting");
    case State::BillRequested:
        return tr("Bill requested");
    case State::Paid:
        return tr("Paid");
    }
    return {};
}

QString TableTile::title(const TablesModel::Table &table)
{
    // A venue may name its tables ("Bar 2", "Тераса 1"); the number stays visible beside it.
    if (table.name.isEmpty() || table.name == QString::number(table.tableNumber))
        return Labels::table(table.tableNumber);
    return QStringLiteral("%1 · %2").arg(table.name).arg(table.tableNumber);
}

void TableTile::paintEvent(QPaintEvent *)
{
    const ThemeColors &c = ThemeManager::colors();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = stateColor(m_table.state);
    const bool urgent = m_table.state == TablesModel::State::CallWaiting;
    const QColor text = urgent ? c.urgentText : c.text;
    const QColor muted = urgent ? c.urgentText : c.mutedText;
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(2.5, 2.5, -2.5, -2.5), 12, 12);
    painter.fillPath(path, isDown() ? fill.darker(112) : fill);
    painter.setPen(QPen(hasFocus() ? c.button : c.cardBorder, hasFocus() ? 3 : 1));
    painter.drawPath(path);

    const QRect content = rect().adjusted(14, 10, -14, -10);
    painter.setPen(text);
    painter.setFont(scaled(1.35, true));
    const QFontMetrics titleMetrics(painter.font());
    const QRect titleRect(content.left(), content.top(), content.width(), titleMetrics.height());
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(title(m_table), Qt::ElideRight, content.width()));

    painter.setFont(scaled(0.95, true));
    const QFontMetrics stateMetrics(painter.font());
    const QRect stateRect(content.left(), titleRect.bottom() + 2, content.width(),
                          stateMetrics.height());
    painter.setPen(muted);
    painter.drawText(stateRect, Qt::AlignLeft | Qt::AlignVCenter, stateLabel(m_table.state));

    const MoneyFormatter money(QLocale().language() == QLocale::Bulgarian ? Language::Bulgarian
                                                                          : Language::English);
    painter.setFont(scaled(1.1, true));
    painter.setPen(text);
    const QFontMetrics totalMetrics(painter.font());
    const QRect totalRect(content.left(), stateRect.bottom() + 4, content.width(),
                          totalMetrics.height());
    if (!m_table.total.isZero())
        painter.drawText(totalRect, Qt::AlignLeft | Qt::AlignVCenter,
                         money.formatEur(m_table.total));
    painter.setFont(scaled(0.9));
    painter.setPen(muted);
    const QFontMetrics smallMetrics(painter.font());
    const QRect bottom(content.left(), content.bottom() - smallMetrics.height() + 1,
                       content.width(), smallMetrics.height());
    if (!m_table.total.isZero() && money.showsBgnOn(QDate::currentDate()))
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, money.formatBgn(m_table.total));
    if (m_table.lastActivityAt.isValid() && m_table.state != TablesModel::State::Free)
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                         Labels::elapsed(m_table.lastActivityAt, QDateTime::currentDateTimeUtc()));
}

} // namespace tableside::dashboard
