#pragma once

#include "kitchentile.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

namespace tableside::dashboard {

class KitchenTileModel;

/// The kitchen screen's tile grid, painted in one widget: large type, header colour by age,
/// a bump button on every tile, numbered slots for the bump bar, pages when there are more
/// tiles than fit. It never ticks by itself: tick() (the window's one timer) repaints just the
/// tiles' headers, so an idle screen costs almost nothing.
class KitchenBoard : public QWidget
{
    Q_OBJECT
public:
    explicit KitchenBoard(KitchenTileModel *tiles, QWidget *parent = nullptr);

    /// Tiles per page at the current size.
    int tilesPerPage() const;
    int page() const { return m_page; }
    int pageCount() const;
    void setPage(int page);

    /// The selected order (bump-bar keys act on it), or "".
    QString selectedOrderId() const { return m_selected; }
    /// Selects the tile in slot @p slot (1-based, on the current page); false if empty.
    bool selectSlot(int slot);
    void clearSelection();
    /// Order id of the tile in @p slot (1-based) on the current page, or "".
    QString orderAtSlot(int slot) const;
    /// Order id under @p pos, or "".
    QString orderAt(const QPoint &pos) const;
    /// Whether @p pos is on the bump button of a tile.
    bool isOnBumpButton(const QPoint &pos) const;
    /// The bump button of slot @p slot (1-based), in widget coordinates (for tests).
    QRect bumpButtonRect(int slot) const;

    /// Marks a new order: its tile flashes until @p until.
    void highlight(const QString &orderId, const QDateTime &until);
    bool isHighlighted(const QString &orderId) const;

    /// How many paint events painted each part (tests and the benchmark check idle cost).
    int headerPaints() const { return m_headerPaints; }
    int bodyPaints() const { return m_bodyPaints; }

public slots:
    /// Repaints what depends on time (elapsed, colours, pulse, highlights) for @p now.
    void tick(const QDateTime &now);

signals:
    void bumpRequested(const QString &orderId);
    void selectionChanged(const QString &orderId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Grid
    {
        int columns = 1;
        int rows = 1;
        QSize tile;
    };
    Grid grid() const;
    /// Rectangle of slot @p index (0-based on the page).
    QRect slotRect(int index) const;
    QRect headerRect(const QRect &tile) const;
    QRect buttonRect(const QRect &tile) const;
    int rowForSlot(int index) const;
    void paintTile(QPainter &painter, const QRect &rect, int row, int slot, bool paintBody);
    void paintMore(QPainter &painter);
    qreal scale() const;
    void onModelChanged();

    KitchenTileModel *m_tiles;
    int m_page = 0;
    QString m_selected;
    QHash<QString, QDateTime> m_highlights;
    QDateTime m_now;
    int m_headerPaints = 0;
    int m_bodyPaints = 0;
};

} // namespace tableside::dashboard
