#pragma once

#include "order.h"

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>
#include <functional>

namespace tableside::dashboard {

/// Draws an order as a touch-friendly card (number, table, items with quantities and notes,
/// EUR total with BGN beside it, live elapsed time, who changed it) with big status buttons,
/// and turns taps on those buttons into actionRequested().
class OrderCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit OrderCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The statuses an order card offers buttons for (forward steps, no cancel, no recall).
    static QList<OrderStatus> actionsFor(OrderStatus status);
    /// Where a ready order's escalation level comes from (issue 18; unset = none shown).
    void setLevelLookup(std::function<int(const QString &orderId)> lookup)
    {
        m_level = std::move(lookup);
    }
    /// "⚠ Reminded all waiters (level 1)" for a ready order nobody picked up; "" below level 1.
    static QString levelText(int level);

signals:
    void actionRequested(const QString &orderId, tableside::OrderStatus status);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Layout
    {
        QRect card;
        QList<QPair<QRect, OrderStatus>> buttons;
    };
    Layout layoutFor(const QRect &rect, const Order &order) const;
    int cardHeight(const QModelIndex &index) const;
    int levelOf(const Order &order) const;

    // Views ask every card's height whenever rows are inserted or removed (a full re-layout):
    // heights are kept per model revision of the row, so only changed orders are measured.
    mutable QHash<quint64, int> m_heights;
    mutable QFont m_metricsFont;
    mutable int m_itemLine = 0;
    mutable int m_noteLine = 0;
    mutable int m_totalLine = 0;
    std::function<int(const QString &)> m_level;
};

} // namespace tableside::dashboard
