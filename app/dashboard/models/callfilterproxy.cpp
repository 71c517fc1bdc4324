#include "callfilterproxy.h"

#include "calllistmodel.h"

namespace tableside::dashboard {

CallFilterProxy::CallFilterProxy(Show show, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_show(show)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

bool CallFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool open = isOpen(CallStatus(index.data(CallListModel::StatusRole).toInt()));
    return m_show == Show::Open ? open : !open;
}

bool CallFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QDateTime l = left.data(CallListModel::CreatedAtRole).toDateTime();
    const QDateTime r = right.data(CallListModel::CreatedAtRole).toDateTime();
    if (m_show == Show::Completed)
        return l > r; // history: newest first
    // Unanswered calls before those someone is already walking to.
    const int ls = left.data(CallListModel::StatusRole).toInt();
    const int rs = right.data(CallListModel::StatusRole).toInt();
    if (ls != rs)
        return ls < rs;
    return l < r;
}

} // namespace tableside::dashboard
