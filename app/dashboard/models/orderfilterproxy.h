#pragma once

#include "orderstatus.h"

#include <QList>
#include <QSortFilterProxyModel>

namespace tableside::dashboard {

/// Shows the orders in a set of statuses (one column of the board, or the history), sorted by
/// the time they were placed.
class OrderFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Order { OldestFirst, NewestFirst };

    explicit OrderFilterProxy(QList<OrderStatus> statuses, Order order = Order::OldestFirst,
                              QObject *parent = nullptr);

    QList<OrderStatus> statuses() const { return m_statuses; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QList<OrderStatus> m_statuses;
};

} // namespace tableside::dashboard
