#include "orderlistmodel.h"

namespace tableside::dashboard {

OrderListModel::OrderListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int OrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order &o = m_orders.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("#%1").arg(o.orderNumber);
    case IdRole:
        return o.id;
    case OrderNumberRole:
        return o.orderNumber;
    case TableNumberRole:
        return o.tableNumber;
    case StatusRole:
        return int(o.status);
    case CreatedAtRole:
        return o.createdAt;
    case UpdatedAtRole:
        return o.updatedAt;
    case TotalEurCentsRole:
        return o.totalEur().euroCents();
    case ChangedByRole:
        return o.changedBy;
    case OrderRole:
        return QVariant::fromValue(o);
    case ActionPendingRole:
        return m_actionPending.contains(o.id);
    case RevisionRole:
        return m_revisions.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> OrderListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "orderId"},
                  {OrderNumberRole, "orderNumber"},
                  {TableNumberRole, "tableNumber"},
                  {StatusRole, "status"},
                  {CreatedAtRole, "createdAt"},
                  {UpdatedAtRole, "updatedAt"},
                  {TotalEurCentsRole, "totalEurCents"},
                  {ChangedByRole, "changedBy"},
                  {OrderRole, "order"},
                  {ActionPendingRole, "actionPending"},
                  {RevisionRole, "revision"}});
    return names;
}

void OrderListModel::upsert(const Order &order)
{
    const int row = rowOf(order.id);
    if (row >= 0) {
        if (m_orders.at(row) == order)
            return;
        m_orders[row] = order;
        rowChanged(row);
        return;
    }
    appendRows({order});
}

void OrderListModel::appendRows(const QList<Order> &orders)
{
    if (orders.isEmpty())
        return;
    const int first = int(m_orders.size());
    beginInsertRows({}, first, first + int(orders.size()) - 1);
    for (const Order &order : orders) {
        m_rowById.insert(order.id, int(m_orders.size()));
        m_orders.append(order);
        m_revisions.append(m_nextRevision++);
    }
    endInsertRows();
}

void OrderListModel::upsertIfNewer(const Order &order)
{
    const int row = rowOf(order.id);
    if (row >= 0 && m_orders.at(row).updatedAt.isValid() && order.updatedAt.isValid()
        && order.updatedAt < m_orders.at(row).updatedAt)
        return;
    upsert(order);
}

bool OrderListModel::applyStatusChange(const QString &orderId, OrderStatus status,
                                       const QString &changedBy, const QDateTime &updatedAt,
                                       const QDateTime &completedAt)
{
    const int row = rowOf(orderId);
    if (row < 0)
        return false;
    Order &o = m_orders[row];
    o.status = status;
    o.changedBy = changedBy;
    if (updatedAt.isValid())
        o.updatedAt = updatedAt;
    o.completedAt = completedAt;
    rowChanged(row);
    return true;
}

bool OrderListModel::applyStationStatus(const QString &orderId,
                                        const QMap<QString, QString> &stationStatus,
                                        const QString &changedBy, const QDateTime &updatedAt)
{
    const int row = rowOf(orderId);
    if (row < 0)
        return false;
    Order &o = m_orders[row];
    o.stationStatus = stationStatus;
    o.changedBy = changedBy;
    if (updatedAt.isValid())
        o.updatedAt = updatedAt;
    rowChanged(row);
    return true;
}

void OrderListModel::replaceAll(const QList<Order> &orders)
{
    QSet<QString> keep;
    for (const Order &o : orders)
        keep.insert(o.id);
    // Remove from the end so earlier row numbers stay valid; consecutive runs in one step.
    for (int row = int(m_orders.size()) - 1; row >= 0;) {
        if (keep.contains(m_orders.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !keep.contains(m_orders.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_orders.remove(first, row - first + 1);
        m_revisions.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    rebuildIndex();
    // Known orders change in place; new ones are inserted in one range, so proxies and views
    // handle one insertion instead of hundreds (a snapshot of 500 orders after a reconnect).
    QList<Order> added;
    QHash<QString, qsizetype> addedById;
    for (const Order &o : orders) {
        if (rowOf(o.id) >= 0) {
            upsert(o);
        } else if (const auto it = addedById.constFind(o.id); it != addedById.constEnd()) {
            added[*it] = o; // the same id twice in a snapshot: the later one wins, as before
        } else {
            addedById.insert(o.id, added.size());
            added.append(o);
        }
    }
    appendRows(added);
}

void OrderListModel::setActionPending(const QString &orderId, bool pending)
{
    const bool changed
        = pending ? !m_actionPending.contains(orderId) : m_actionPending.remove(orderId);
    if (pending)
        m_actionPending.insert(orderId);
    const int row = rowOf(orderId);
    if (changed && row >= 0)
        emit dataChanged(index(row), index(row), {ActionPendingRole});
}

int OrderListModel::rowOf(const QString &orderId) const
{
    return m_rowById.value(orderId, -1);
}

std::optional<Order> OrderListModel::order(const QString &orderId) const
{
    const int row = rowOf(orderId);
    if (row < 0)
        return std::nullopt;
    return m_orders.at(row);
}

void OrderListModel::rebuildIndex()
{
    m_rowById.clear();
    for (int row = 0; row < m_orders.size(); ++row)
        m_rowById.insert(m_orders.at(row).id, row);
}

void OrderListModel::rowChanged(int row)
{
    m_revisions[row] = m_nextRevision++;
    emit dataChanged(index(row), index(row));
}

} // namespace tableside::dashboard
