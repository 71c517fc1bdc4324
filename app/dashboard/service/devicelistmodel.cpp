#include "devicelistmodel.h"

#include "apiresult.h"
#include "staffapi.h"

#include <QBrush>
#include <QColor>
#include <QJsonObject>
#include <QLocale>

namespace tableside::dashboard {

namespace {
constexpr int PollIntervalMs = 5'000;

QDateTime timeFrom(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime() : QDateTime();
}
} // namespace

DeviceListModel::DeviceListModel(StaffApi *api, SyncEngine *sync, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
    m_poll.setInterval(PollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &DeviceListModel::reload);
    m_soon.setSingleShot(true);
    m_soon.setInterval(100);
    connect(&m_soon, &QTimer::timeout, this, &DeviceListModel::reload);
    if (sync) {
        connect(sync, &SyncEngine::eventApplied, this, &DeviceListModel::onEvent);
        connect(sync, &SyncEngine::snapshotApplied, this, [this] {
            if (m_active)
                m_soon.start();
        });
    }
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Device");
    case StaffColumn:
        return tr("Signed in");
    case ModeColumn:
        return tr("Screen");
    case StatusColumn:
        return tr("Status");
    case LagColumn:
        return tr("Behind");
    case SoundColumn:
        return tr("Sound");
    }
    return {};
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Device &d = m_devices.at(index.row());
    switch (role) {
    case DeviceIdRole:
        return d.id;
    case OnlineRole:
        return d.online;
    case MutedRole:
        return d.muted;
    case LaggingRole:
        return d.lagging;
    case LagSeqRole:
        return d.lagSeq;
    case OfflineSinceRole:
        return d.offlineSince;
    case ModeRole:
        return d.mode;
    case ProblemRole:
        return !d.online || d.muted || d.lagging;
    case Qt::ForegroundRole:
        if ((index.column() == StatusColumn && !d.online)
            || (index.column() == LagColumn && d.lagging)
            || (index.column() == SoundColumn && d.muted))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return d.name.isEmpty() ? d.id.left(8) : d.name;
    case StaffColumn:
        return d.staff;
    case ModeColumn:
        if (d.mode == QLatin1String("kitchen"))
            return d.station.isEmpty() ? tr("Kitchen") : tr("Kitchen (%1)").arg(d.station);
        return tr("Dashboard");
    case StatusColumn:
        if (d.online)
            return tr("Online");
        return d.offlineSince.isValid()
            ? tr("Offline since %1")
                  .arg(QLocale().toString(d.offlineSince.time(), QLocale::ShortFormat))
            : tr("Offline");
    case LagColumn:
        if (!d.online || d.lagSeq == 0)
            return tr("Up to date");
        return tr("%n event(s), %1 s", nullptr, int(d.lagSeq)).arg(d.lagSeconds);
    case SoundColumn:
        return d.muted ? tr("Muted") : tr("On");
    }
    return {};
}

void DeviceListModel::setActive(bool active)
{
    m_active = active;
    if (active) {
        m_poll.start();
        reload();
    } else {
        m_poll.stop();
    }
}

void DeviceListModel::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    m_api->staffJson("GET", QStringLiteral("/api/devices"), {}, [this](const ApiResult &result) {
        m_loading = false;
        if (result.isSuccess())
            setDevices(result.body.value(QStringLiteral("devices")).toArray());
    });
}

void DeviceListModel::setDevices(const QJsonArray &devices)
{
    QList<Device> list;
    for (const QJsonValue &value : devices) {
        const QJsonObject o = value.toObject();
        Device d;
        d.id = o.value(QStringLiteral("deviceId")).toString();
        d.name = o.value(QStringLiteral("name")).toString();
        d.staff = o.value(QStringLiteral("staff")).toString();
        d.mode = o.value(QStringLiteral("mode")).toString();
        d.station = o.value(QStringLiteral("station")).toString();
        d.online = o.value(QStringLiteral("online")).toBool();
        d.muted = o.value(QStringLiteral("muted")).toBool();
        d.lagging = o.value(QStringLiteral("lagging")).toBool();
        d.lagSeq = o.value(QStringLiteral("lagSeq")).toInteger();
        d.lagSeconds = o.value(QStringLiteral("lagSeconds")).toInteger();
        d.lastSeenAt = timeFrom(o.value(QStringLiteral("lastSeenAt")));
        d.offlineSince = timeFrom(o.value(QStringLiteral("offlineSince")));
        if (!d.id.isEmpty())
            list.append(d);
    }
    // The same devices in the same order (the usual poll): update in place, keep selection.
    bool sameRows = list.size() == m_devices.size();
    for (qsizetype i = 0; sameRows && i < list.size(); ++i)
        sameRows = list.at(i).id == m_devices.at(i).id;
    if (sameRows) {
        m_devices = list;
        if (!list.isEmpty())
            emit dataChanged(index(0, 0), index(int(list.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_devices = list;
        endResetModel();
    }
    emit reloaded();
}

int DeviceListModel::rowOf(const QString &deviceId) const
{
    for (qsizetype i = 0; i < m_devices.size(); ++i)
        if (m_devices.at(i).id == deviceId)
            return int(i);
    return -1;
}

void DeviceListModel::onEvent(const StaffEvent &event, Via)
{
    if (event.type() == StaffEventType::DeviceStatus && m_active)
        m_soon.start();
}

} // namespace tableside::dashboard
