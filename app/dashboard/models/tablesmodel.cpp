#include "tablesmodel.h"

#include "logging.h"
#include "staffapi.h"
#include "staffevent.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QPointer>
#include <algorithm>

namespace tableside::dashboard {

namespace {
// Events arrive in bursts (an order + its tab change): one fetch for the whole burst.
constexpr int RefreshDelayMs = 120;

const QList<QPair<TablesModel::State, QLatin1String>> &wireNames()
{
    static const QList<QPair<TablesModel::State, QLatin1String>> names {
        {TablesModel::State::Free, QLatin1String("free")},
        {TablesModel::State::Open, QLatin1String("open")},
        {TablesModel::State::OrderWaiting, QLatin1String("order_waiting")},
        {TablesModel::State::CallWaiting, QLatin1String("call_waiting")},
        {TablesModel::State::BillRequested, QLatin1String("bill_requested")},
        {TablesModel::State::Paid, QLatin1String("paid")},
    };
    return names;
}
} // namespace

bool TablesModel::Table::operator==(const Table &other) const
{
    return tableNumber == other.tableNumber && name == other.name && area == other.area
        && seats == other.seats && state == other.state && total == other.total
        && lastActivityAt == other.lastActivityAt;
}

TablesModel::TablesModel(StaffApi *api, SyncEngine *sync, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TablesModel::refresh);
    if (sync) {
        connect(sync, &SyncEngine::eventApplied, this,
                [this](const StaffEvent &event) { onEvent(event); });
        connect(sync, &SyncEngine::snapshotApplied, this, &TablesModel::scheduleRefresh);
    }
}

int TablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

QVariant TablesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Table &t = m_tables.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return t.name.isEmpty() ? QString::number(t.tableNumber) : t.name;
    case TableNumberRole:
        return t.tableNumber;
    case NameRole:
        return t.name;
    case AreaRole:
        return t.area;
    case SeatsRole:
        return t.seats;
    case StateRole:
        return int(t.state);
    case TotalEurCentsRole:
        return t.total.euroCents();
    case LastActivityRole:
        return t.lastActivityAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> TablesModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{TableNumberRole, "tableNumber"},
                  {NameRole, "name"},
                  {AreaRole, "area"},
                  {SeatsRole, "seats"},
                  {StateRole, "state"},
                  {TotalEurCentsRole, "totalEurCents"},
                  {LastActivityRole, "lastActivityAt"}});
    return names;
}

int TablesModel::rowOf(int tableNumber) const
{
    for (int row = 0; row < m_tables.size(); ++row)
        if (m_tables.at(row).tableNumber == tableNumber)
            return row;
    return -1;
}

std::optional<TablesModel::Table> TablesModel::table(int tableNumber) const
{
    const int row = rowOf(tableNumber);
    if (row < 0)
        return std::nullopt;
    return m_tables.at(row);
}

QStringList TablesModel::areas() const
{
    QStringList areas;
    for (const Table &t : m_tables)
        if (!areas.contains(t.area))
            areas.append(t.area);
    return areas;
}

TablesModel::State TablesModel::stateFromWire(const QString &state)
{
    for (const auto &[value, name] : wireNames())
        if (state == name)
            return value;
    return State::Free;
}

QString TablesModel::toWire(State state)
{
    for (const auto &[value, name] : wireNames())
        if (value == state)
            return name;
    return QStringLiteral("free");
}

QList<TablesModel::Table> TablesModel::parse(const QJsonObject &json)
{
    QList<Table> tables;
    for (const QJsonValue &value : json.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject o = value.toObject();
        Table t;
        t.tableNumber = o.value(QStringLiteral("tableNumber")).toInt();
        if (t.tableNumber <= 0)
            continue;
        t.name = o.value(QStringLiteral("name")).toString();
        t.area = o.value(QStringLiteral("area")).toString();
        t.seats = o.value(QStringLiteral("seats")).toInt();
        t.state = stateFromWire(o.value(QStringLiteral("state")).toString());
        const QJsonObject tab = o.value(QStringLiteral("tab")).toObject();
        t.total = Money::fromEuroCents(tab.value(QStringLiteral("totalEurCents")).toInteger());
        t.lastActivityAt
            = QDateTime::fromString(o.value(QStringLiteral("lastActivityAt")).toString(),
                                    Qt::ISODateWithMs)
                  .toUTC();
        tables.append(t);
    }
    return tables;
}

void TablesModel::setTables(QList<Table> tables)
{
    // Areas in the order they first appear by table number, tables by number within an area.
    std::sort(tables.begin(), tables.end(),
              [](const Table &a, const Table &b) { return a.tableNumber < b.tableNumber; });
    QStringList areaOrder;
    for (const Table &t : tables)
        if (!areaOrder.contains(t.area))
            areaOrder.append(t.area);
    std::stable_sort(tables.begin(), tables.end(), [&](const Table &a, const Table &b) {
        return areaOrder.indexOf(a.area) < areaOrder.indexOf(b.area);
    });

    // Remove rows whose table is gone, then update or insert in the new order.
    for (int row = int(m_tables.size()) - 1; row >= 0; --row) {
        const int number = m_tables.at(row).tableNumber;
        const bool kept = std::any_of(tables.begin(), tables.end(),
                                      [number](const Table &t) { return t.tableNumber == number; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_tables.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < tables.size(); ++row) {
        const Table &t = tables.at(row);
        const int current = rowOf(t.tableNumber);
        if (current < 0) {
            beginInsertRows({}, row, row);
            m_tables.insert(row, t);
            endInsertRows();
            continue;
        }
        if (current != row) {
            beginMoveRows({}, current, current, {}, row);
            m_tables.move(current, row);
            endMoveRows();
        }
        if (!(m_tables.at(row) == t)) {
            m_tables[row] = t;
            emit dataChanged(index(row), index(row));
        }
    }
}

void TablesModel::refresh()
{
    if (m_api->token().isEmpty())
        return; // not signed in (yet): the snapshot after sign-in asks again
    if (m_inFlight) {
        m_again = true; // an answer already on its way may predate the latest change
        return;
    }
    m_inFlight = true;
    m_api->staffJson("GET", QStringLiteral("/api/tables"), {},
                     [this, guard = QPointer<TablesModel>(this)](const ApiResult &result) {
                         if (!guard)
                             return; // the model went away while the request was out
                         m_inFlight = false;
                         if (result.isSuccess()) {
                             setTables(parse(result.body));
                             emit refreshed();
                         } else {
                             qCInfo(lcSync).noquote()
                                 << "tables not loaded:" << result.errorMessage();
                             emit refreshFailed(result.errorMessage());
                         }
                         if (m_again) {
                             m_again = false;
                             scheduleRefresh();
                         }
                     });
}

void TablesModel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void TablesModel::onEvent(const StaffEvent &event)
{
    switch (event.type()) {
    case StaffEventType::TableTabChange:
    case StaffEventType::NewOrder:
    case StaffEventType::OrderStatusChange:
    case StaffEventType::WaiterCallCreated:
    case StaffEventType::CallStatusChange:
    case StaffEventType::VenueChange:
        scheduleRefresh();
        break;
    default:
        break;
    }
}

} // namespace tableside::dashboard
