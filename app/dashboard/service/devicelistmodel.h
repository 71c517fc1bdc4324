#pragma once

#include "staffevent.h"
#include "syncengine.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

namespace tableside::dashboard {

class StaffApi;

/// The staff devices as the server sees them (GET /api/devices, managers only): one row per
/// device with its name, who is signed in, mode, online / offline since, lag and sound. Reloads
/// on every device-status event and every few seconds while active.
class DeviceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StaffColumn,
        ModeColumn,
        StatusColumn,
        LagColumn,
        SoundColumn,
        ColumnCount
    };
    enum Role {
        DeviceIdRole = Qt::UserRole + 1,
        OnlineRole,
        MutedRole,
        LaggingRole,
        LagSeqRole,
        OfflineSinceRole, ///< QDateTime (local), invalid while online
        ModeRole,
        ProblemRole, ///< bool: offline, lagging or muted
    };

    struct Device
    {
        QString id;
        QString name;
        QString staff;
        QString mode;
        QString station;
        bool online = false;
        bool muted = false;
        bool lagging = false;
        qint64 lagSeq = 0;
        qint64 lagSeconds = 0;
        QDateTime lastSeenAt;
        QDateTime offlineSince;
    };

    DeviceListModel(StaffApi *api, SyncEngine *sync, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Loads (and keeps reloading) while @p active: a manager's device only.
    void setActive(bool active);
    void reload();
    /// Replaces the rows from GET /api/devices's "devices" (tests call it directly).
    void setDevices(const QJsonArray &devices);
    const QList<Device> &devices() const { return m_devices; }
    int rowOf(const QString &deviceId) const;

signals:
    void reloaded();

private:
    void onEvent(const tableside::StaffEvent &event, tableside::dashboard::Via via);

    StaffApi *m_api;
    QList<Device> m_devices;
    QTimer m_poll;
    QTimer m_soon; ///< gathers a burst of device-status events into one reload
    bool m_active = false;
    bool m_loading = false;
};

} // namespace tableside::dashboard
