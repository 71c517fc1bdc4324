#include "kitchenboard.h"

#include "kitchentilemodel.h"
#include "orderlistmodel.h"
#include "stationnames.h"
#include "tilecolour.h"

#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

namespace tableside::dashboard {

namespace {
constexpr int Gap = 12;
constexpr int MinimumTileWidth = 340;
constexpr int MinimumTileHeight = 400;
constexpr int MaximumColumns = 6;

const QColor BoardBackground(0x12, 0x12, 0x12);
const QColor TileBackground(0x24, 0x24, 0x26);
const QColor TileText(0xf2, 0xf2, 0xf2);
const QColor NoteText(0xff, 0xd5, 0x4f);
const QColor DoneText(0x80, 0x80, 0x80);
const QColor SelectedBorder(0xff, 0xff, 0xff);
const QColor HighlightBorder(0x29, 0xb6, 0xf6);
const QColor StartButton(0x15, 0x65, 0xc0);
const QColor ReadyButton(0x2e, 0x7d, 0x32);
const QColor BusyButton(0x55, 0x55, 0x55);

QFont pixelFont(qreal pixels, bool bold = false, bool italic = false)
{
    QFont font;
    font.setPixelSize(qMax(10, qRound(pixels)));
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}
} // namespace

KitchenBoard::KitchenBoard(KitchenTileModel *tiles, QWidget *parent)
    : QWidget(parent)
    , m_tiles(tiles)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::NoFocus);
    setMinimumSize(MinimumTileWidth + 2 * Gap, 200);
    const auto changed = [this] { onModelChanged(); };
    connect(m_tiles, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_tiles, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_tiles, &QAbstractItemModel::rowsMoved, this, changed);
    connect(m_tiles, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_tiles, &QAbstractItemModel::layoutChanged, this, changed);
    connect(m_tiles, &QAbstractItemModel::modelReset, this, changed);
    m_now = m_tiles->now();
}

KitchenBoard::Grid KitchenBoard::grid() const
{
    Grid g;
    g.columns = qBound(1, (width() - Gap) / (MinimumTileWidth + Gap), MaximumColumns);
    g.rows = qMax(1, (height() - Gap) / (MinimumTileHeight + Gap));
    g.tile = QSize((width() - (g.columns + 1) * Gap) / g.columns,
                   (height() - (g.rows + 1) * Gap) / g.rows);
    return g;
}

int KitchenBoard::tilesPerPage() const
{
    const Grid g = grid();
    return g.columns * g.rows;
}

int KitchenBoard::pageCount() const
{
    return qMax(1, (m_tiles->rowCount() + tilesPerPage() - 1) / tilesPerPage());
}

void KitchenBoard::setPage(int page)
{
    const int bounded = qBound(0, page, pageCount() - 1);
    if (bounded == m_page)
        return;
    m_page = bounded;
    update();
}

qreal KitchenBoard::scale() const
{
    return qBound(0.6, grid().tile.width() / 370.0, 1.6);
}

QRect KitchenBoard::slotRect(int index) const
{
    const Grid g = grid();
    const int column = index % g.columns;
    const int row = index / g.columns;
    return QRect(Gap + column * (g.tile.width() + Gap), Gap + row * (g.tile.height() + Gap),
                 g.tile.width(), g.tile.height());
}

QRect KitchenBoard::headerRect(const QRect &tile) const
{
    return QRect(tile.left(), tile.top(), tile.width(), qRound(96 * scale()));
}

QRect KitchenBoard::buttonRect(const QRect &tile) const
{
    const int h = qRound(64 * scale());
    return QRect(tile.left(), tile.bottom() - h + 1, tile.width(), h);
}

int KitchenBoard::rowForSlot(int index) const
{
    const int row = m_page * tilesPerPage() + index;
    return row < m_tiles->rowCount() ? row : -1;
}

QString KitchenBoard::orderAtSlot(int slot) const
{
    if (slot < 1 || slot > tilesPerPage())
        return {};
    const int row = rowForSlot(slot - 1);
    return row < 0 ? QString() : m_tiles->index(row, 0).data(OrderListModel::IdRole).toString();
}

bool KitchenBoard::selectSlot(int slot)
{
    const QString id = orderAtSlot(slot);
    if (id.isEmpty())
        return false;
    m_selected = id;
    update();
    emit selectionChanged(id);
    return true;
}

void KitchenBoard::clearSelection()
{
    if (m_selected.isEmpty())
        return;
    m_selected.clear();
    update();
    emit selectionChanged({});
}

QString KitchenBoard::orderAt(const QPoint &pos) const
{
    for (int i = 0; i < tilesPerPage(); ++i) {
        if (slotRect(i).contains(pos))
            return orderAtSlot(i + 1);
    }
    return {};
}

bool KitchenBoard::isOnBumpButton(const QPoint &pos) const
{
    for (int i = 0; i < tilesPerPage(); ++i) {
        if (slotRect(i).contains(pos))
            return buttonRect(slotRect(i)).contains(pos) && rowForSlot(i) >= 0;
    }
    return false;
}

QRect KitchenBoard::bumpButtonRect(int slot) const
{
    return buttonRect(slotRect(slot - 1));
}

void KitchenBoard::highlight(const QString &orderId, const QDateTime &until)
{
    m_highlights.insert(orderId, until);
    const int row = m_tiles->rowOf(orderId);
    if (row >= 0)
        update();
}

bool KitchenBoard::isHighlighted(const QString &orderId) const
{
    const auto it = m_highlights.constFind(orderId);
    return it != m_highlights.constEnd() && m_now < *it;
}

void KitchenBoard::tick(const QDateTime &now)
{
    m_now = now;
    for (auto it = m_highlights.begin(); it != m_highlights.end();) {
        if (now >= it.value()) {
            it = m_highlights.erase(it);
            update(); // the flash ends: repaint the border once
        } else {
            ++it;
        }
    }
    // Only the headers show time: elapsed, colour and pulse. Bodies repaint on model changes.
    for (int i = 0; i < tilesPerPage(); ++i) {
        if (rowForSlot(i) < 0)
            break;
        const QRect tile = slotRect(i);
        update(headerRect(tile));
        if (!m_highlights.isEmpty())
            update(tile.adjusted(-4, -4, 4, 4));
    }
}

void KitchenBoard::onModelChanged()
{
    if (!m_selected.isEmpty() && m_tiles->rowOf(m_selected) < 0) {
        m_selected.clear();
        emit selectionChanged({});
    }
    if (m_page >= pageCount())
        m_page = pageCount() - 1;
    update();
}

void KitchenBoard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_page >= pageCount())
        m_page = pageCount() - 1;
}

void KitchenBoard::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRegion region = event->region();
    painter.fillRect(event->rect(), BoardBackground);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_tiles->rowCount() == 0) {
        painter.setPen(DoneText);
        painter.setFont(pixelFont(40 * scale()));
        painter.drawText(rect(), Qt::AlignCenter, tr("No orders waiting"));
        return;
    }
    for (int i = 0; i < tilesPerPage(); ++i) {
        const int row = rowForSlot(i);
        if (row < 0)
            break;
        const QRect tile = slotRect(i);
        const QRect outer = tile.adjusted(-4, -4, 4, 4);
        if (!region.intersects(outer))
            continue;
        // A tick only invalidates headers: paint the body only when it was asked for.
        const QRect body(tile.left(), headerRect(tile).bottom() + 1, tile.width(),
                         tile.height() - headerRect(tile).height());
        paintTile(painter, tile, row, i + 1, region.intersects(body.adjusted(-4, 0, 4, 4)));
    }
    if (pageCount() > 1)
        paintMore(painter);
}

void KitchenBoard::paintTile(QPainter &painter, const QRect &rect, int row, int slot,
                             bool paintBody)
{
    const QModelIndex index = m_tiles->index(row, 0);
    const KitchenTile tile = m_tiles->tileAt(row);
    const bool busy = index.data(OrderListModel::ActionPendingRole).toBool();
    const qint64 elapsed = tile.createdAt.isValid() ? tile.createdAt.secsTo(m_now) : 0;
    const TileColour::Level level = m_tiles->colours().levelFor(elapsed);
    const bool pulse = (m_now.toSecsSinceEpoch() % 2) == 1;
    const qreal s = scale();
    const QRect header = headerRect(rect);
    ++m_headerPaints;

    QPainterPath shape;
    shape.addRoundedRect(QRectF(rect), 12 * s, 12 * s);
    painter.save();
    painter.setClipPath(shape);
    if (paintBody) {
        ++m_bodyPaints;
        painter.fillRect(rect, TileBackground);
    }
    painter.fillRect(header, TileColour::background(level, pulse));

    // Header: slot number, order number, table, elapsed time.
    const QColor fg = TileColour::foreground(level);
    const int pad = qRound(14 * s);
    const QRect badge(header.left() + pad, header.top() + pad, qRound(34 * s), qRound(34 * s));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 90));
    painter.drawEllipse(badge);
    painter.setPen(Qt::white);
    painter.setFont(pixelFont(22 * s, true));
    painter.drawText(badge, Qt::AlignCenter, QString::number(slot % 10));
    painter.setPen(fg);
    painter.setFont(pixelFont(44 * s, true));
    const QRect numberRect(badge.right() + pad / 2, header.top(), header.width() / 2,
                           qRound(60 * s));
    painter.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("#%1").arg(tile.orderNumber));
    painter.setFont(pixelFont(26 * s, true));
    painter.drawText(QRect(header.left() + pad, header.top() + qRound(56 * s), header.width() / 2,
                           qRound(36 * s)),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Table %1").arg(tile.tableNumber));
    painter.setFont(pixelFont(44 * s, true));
    painter.drawText(header.adjusted(0, 0, -pad, -qRound(36 * s)),
                     Qt::AlignRight | Qt::AlignVCenter, TileColour::elapsedText(elapsed));
    painter.setFont(pixelFont(22 * s, true));
    const QString stage = tile.stage == KitchenTile::Stage::New ? tr("NEW") : tr("COOKING");
    painter.drawText(header.adjusted(0, qRound(56 * s), -pad, 0), Qt::AlignRight | Qt::AlignTop,
                     stage);

    if (paintBody) {
        const QRect button = buttonRect(rect);
        int y = header.bottom() + qRound(10 * s);
        const int bottom = button.top() - qRound(8 * s);
        const int left = rect.left() + pad;
        const int textWidth = rect.width() - 2 * pad;
        if (m_tiles->station().isEmpty() && tile.stations.size() > 1) {
            painter.setPen(DoneText);
            painter.setFont(pixelFont(20 * s, true));
            const QString progress = StationNames::progressLine(tile.stations, tile.stationStatus);
            painter.drawText(QRect(left, y, textWidth, qRound(28 * s)), Qt::AlignLeft, progress);
            y += qRound(30 * s);
        }
        const QFont quantityFont = pixelFont(28 * s, true);
        const QFont nameFont = pixelFont(27 * s, true);
        const QFont noteFont = pixelFont(22 * s, false, true);
        const int lineHeight = QFontMetrics(nameFont).height() + qRound(2 * s);
        const int noteHeight = QFontMetrics(noteFont).height();
        const int quantityWidth
            = QFontMetrics(quantityFont).horizontalAdvance(QStringLiteral("99×")) + qRound(8 * s);
        int shown = 0;
        for (const KitchenTile::Line &line : tile.lines) {
            // Long names wrap (two lines at most) rather than lose their end.
            QFont name = nameFont;
            name.setStrikeOut(line.done);
            const QFontMetrics nm(name);
            const int nameWidth = textWidth - quantityWidth;
            const int nameHeight = qMin(
                nm.boundingRect(QRect(0, 0, nameWidth, 1000), Qt::TextWordWrap, line.name).height(),
                2 * nm.lineSpacing());
            const int needed = nameHeight + qRound(2 * s) + (line.notes.isEmpty() ? 0 : noteHeight);
            const bool lastRoom = y + needed + lineHeight > bottom;
            if (y + needed > bottom || (lastRoom && shown < tile.lines.size() - 1)) {
                painter.setPen(NoteText);
                painter.setFont(pixelFont(22 * s, true));
                painter.drawText(QRect(left, y, textWidth, lineHeight), Qt::AlignLeft,
                                 tr("+%n more", nullptr, int(tile.lines.size() - shown)));
                break;
            }
            painter.setPen(line.done ? DoneText : TileText);
            painter.setFont(quantityFont);
            painter.drawText(QRect(left, y, quantityWidth, lineHeight), Qt::AlignLeft,
                             QStringLiteral("%1×").arg(line.quantity));
            painter.setFont(name);
            painter.drawText(QRect(left + quantityWidth, y, nameWidth, nameHeight),
                             Qt::AlignLeft | Qt::TextWordWrap, line.name);
            y += nameHeight + qRound(2 * s);
            if (!line.notes.isEmpty()) {
                painter.setPen(line.done ? DoneText : NoteText);
                painter.setFont(noteFont);
                painter.drawText(QRect(left + quantityWidth, y, nameWidth, noteHeight),
                                 Qt::AlignLeft,
                                 QFontMetrics(noteFont).elidedText(
                                     QStringLiteral("→ ") + line.notes, Qt::ElideRight, nameWidth));
                y += noteHeight;
            }
            ++shown;
        }
        if (!tile.notes.isEmpty() && y + noteHeight * 2 <= bottom) {
            y += qRound(4 * s);
            painter.setPen(NoteText);
            painter.setFont(pixelFont(22 * s, true, true));
            painter.drawText(QRect(left, y, textWidth, bottom - y),
                             Qt::AlignLeft | Qt::TextWordWrap, tr("Note: %1").arg(tile.notes));
        }

        // Bump button: what the next press does.
        painter.fillRect(button,
                         busy                                        ? BusyButton
                             : tile.stage == KitchenTile::Stage::New ? StartButton
                                                                     : ReadyButton);
        painter.setPen(Qt::white);
        painter.setFont(pixelFont(28 * s, true));
        const QString action = busy                 ? tr("Sending…")
            : tile.stage == KitchenTile::Stage::New ? tr("▶ Start")
                                                    : tr("✓ Ready");
        painter.drawText(button, Qt::AlignCenter, action);
    }
    painter.restore();

    // Border: selection (bump-bar keys act on it) and the new-order flash.
    const bool selected = tile.orderId == m_selected;
    const bool flashing = isHighlighted(tile.orderId);
    if (selected || flashing) {
        painter.save();
        const bool flashOn = (m_now.toSecsSinceEpoch() % 2) == 0;
        painter.setPen(QPen(selected ? SelectedBorder
                                     : (flashOn ? HighlightBorder : HighlightBorder.darker(160)),
                            6 * s));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect).adjusted(-1, -1, 1, 1), 12 * s, 12 * s);
        painter.restore();
    }
}

void KitchenBoard::paintMore(QPainter &painter)
{
    const int hidden = m_tiles->rowCount() - (m_page + 1) * tilesPerPage();
    const QString text = hidden > 0
        ? tr("Page %1/%2 · %n more ▸ (PgDn)", nullptr, hidden).arg(m_page + 1).arg(pageCount())
        : tr("Page %1/%2 ◂ (PgUp)").arg(m_page + 1).arg(pageCount());
    painter.setFont(pixelFont(22 * scale(), true));
    const QRect box(width() - qRound(420 * scale()), height() - qRound(40 * scale()),
                    qRound(410 * scale()), qRound(34 * scale()));
    painter.fillRect(box, QColor(0, 0, 0, 180));
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, text);
}

void KitchenBoard::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QString id = orderAt(pos);
    if (id.isEmpty()) {
        clearSelection();
        return;
    }
    if (isOnBumpButton(pos)) {
        emit bumpRequested(id);
        return;
    }
    m_selected = id;
    update();
    emit selectionChanged(id);
}

} // namespace tableside::dashboard
