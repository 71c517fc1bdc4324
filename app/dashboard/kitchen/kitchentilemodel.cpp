#include "kitchentilemodel.h"

#include "orderlistmodel.h"

namespace tableside::dashboard {

KitchenTileModel::KitchenTileModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // Status and station changes arrive as dataChanged: re-filter and re-sort those rows.
    setDynamicSortFilter(true);
    sort(0);
}

void KitchenTileModel::setOrders(OrderListModel *orders)
{
    setSourceModel(orders);
    sort(0);
}

void KitchenTileModel::setStation(const QString &station)
{
    if (station == m_station)
        return;
    m_station = station;
    invalidateFilter();
}

void KitchenTileModel::setClock(KitchenClock clock)
{
    m_clock = std::move(clock);
}

void KitchenTileModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {TileRole, Qt::DisplayRole});
}

bool KitchenTileModel::hasWorkFor(const Order &order, const QString &station)
{
    if (order.status != OrderStatus::Pending && order.status != OrderStatus::Preparing)
        return false;
    if (station.isEmpty())
        return true;
    return order.stations().contains(station)
        && order.stationStatus.value(station) != QLatin1String("ready");
}

bool KitchenTileModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    return hasWorkFor(source.data(OrderListModel::OrderRole).value<Order>(), m_station);
}

bool KitchenTileModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Arrival order: the order number breaks ties within the same millisecond.
    const QDateTime a = left.data(OrderListModel::CreatedAtRole).toDateTime();
    const QDateTime b = right.data(OrderListModel::CreatedAtRole).toDateTime();
    if (a != b)
        return a < b;
    return left.data(OrderListModel::OrderNumberRole).toInt()
        < right.data(OrderListModel::OrderNumberRole).toInt();
}

QVariant KitchenTileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("#%1 · table %2")
            .arg(index.data(OrderListModel::OrderNumberRole).toInt())
            .arg(index.data(OrderListModel::TableNumberRole).toInt());
    case TileRole:
        return QVariant::fromValue(tileAt(index.row()));
    case StageRole: {
        const Order order = index.data(OrderListModel::OrderRole).value<Order>();
        return int(KitchenTile::stageOf(order, m_station));
    }
    case ElapsedSecondsRole: {
        const QDateTime created = index.data(OrderListModel::CreatedAtRole).toDateTime();
        return created.isValid() ? created.secsTo(m_clock()) : qint64(0);
    }
    case AgeLevelRole:
        return int(
            m_colours.levelAt(index.data(OrderListModel::CreatedAtRole).toDateTime(), m_clock()));
    default:
        return QSortFilterProxyModel::data(index, role);
    }
}

QHash<int, QByteArray> KitchenTileModel::roleNames() const
{
    QHash<int, QByteArray> names = QSortFilterProxyModel::roleNames();
    names.insert({{TileRole, "tile"},
                  {StageRole, "stage"},
                  {ElapsedSecondsRole, "elapsedSeconds"},
                  {AgeLevelRole, "ageLevel"}});
    return names;
}

KitchenTile KitchenTileModel::tileAt(int row) const
{
    const QModelIndex i = index(row, 0);
    if (!i.isValid())
        return {};
    return KitchenTile::fromOrder(i.data(OrderListModel::OrderRole).value<Order>(), m_station,
                                  m_language);
}

int KitchenTileModel::rowOf(const QString &orderId) const
{
    const auto *orders = qobject_cast<const OrderListModel *>(sourceModel());
    if (!orders)
        return -1;
    const int sourceRow = orders->rowOf(orderId);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(orders->index(sourceRow, 0)).row();
}

} // namespace tableside::dashboard
