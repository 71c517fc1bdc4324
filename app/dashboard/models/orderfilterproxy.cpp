#include "orderfilterproxy.h"

#include "orderlistmodel.h"

namespace tableside::dashboard {

OrderFilterProxy::OrderFilterProxy(QList<OrderStatus> statuses, Order order, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_statuses(std::move(statuses))
{
    setDynamicSortFilter(true);
    sort(0, order == Order::OldestFirst ? Qt::AscendingOrder : Qt::DescendingOrder);
}

bool OrderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = OrderStatus(index.data(OrderListModel::StatusRole).toInt());
    return m_statuses.contains(status);
}

bool OrderFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QDateTime l = left.data(OrderListModel::CreatedAtRole).toDateTime();
    const QDateTime r = right.data(OrderListModel::CreatedAtRole).toDateTime();
    if (l != r)
        return l < r;
    // Same second: the daily order number keeps a stable order.
    return left.data(OrderListModel::OrderNumberRole).toInt()
        < right.data(OrderListModel::OrderNumberRole).toInt();
}

} // namespace tableside::dashboard
