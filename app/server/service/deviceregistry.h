#pragma once

#include "servicerecords.h"
#include "staffevent.h"
#include "staffmember.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace tableside::server {

class Store;

/// The server's picture of every signed-in dashboard and kitchen screen: heartbeats update it in
/// memory; only state changes (came online, went offline, muted / unmuted, started or stopped
/// lagging) become device-status events and a row in the devices table, so the event log does
/// not grow with every heartbeat. With several instances (PostgreSQL) a device's heartbeats may
/// reach any of them: each stores when it last heard a device (a few times per offline period),
/// follows the others' device-status events, and a device goes silent only when no instance has
/// heard it (decided inside the store's batch).
class DeviceRegistry : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int offlineAfterSeconds = 20;
        int lagAlertSeconds = 30;
        int maxDevices = 200; ///< /metrics labels and memory stay bounded
        std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    };

    /// What one device reported, and what the server derived from it.
    struct Device
    {
        DeviceRecord record;
        qint64 appliedSeq = 0;
        int volume = 100;
        bool audioDevice = true;
        bool visible = true;
        bool lagging = false;
        QDateTime offlineSince; ///< invalid while online
        QDateTime storedSeenAt; ///< when lastSeenAt was last written to the store
    };

    DeviceRegistry(Store &store, Options options, QObject *parent = nullptr);

    /// Loads the devices known from before a restart (online ones get a grace period).
    void load();
    /// Starts the sweep that notices silent devices (every second).
    void start();

    /// Whether @p id is a usable device id: 1–64 of [A-Za-z0-9._-] (it ends up in labels).
    static bool isValidId(const QString &id);
    /// A heartbeat from @p staff's device; false when the registry is full (a new id).
    bool heartbeat(const StaffMember &staff, const QJsonObject &report);
    /// A device signing out: offline, expected (no alert).
    void signOut(const QString &deviceId);
    /// Marks devices silent for longer than offlineAfterSeconds offline, updates lagging.
    void sweep();

    QList<Device> devices() const;
    /// Events behind the latest seq for @p device (0 when up to date).
    qint64 lagSeq(const Device &device) const;
    /// Seconds the oldest event @p device has not applied has been waiting (0 when up to date).
    qint64 lagSeconds(const Device &device) const;
    QJsonObject toJson(const Device &device) const;
    /// The /metrics lines: online and lag per device.
    QByteArray metricsText() const;

    /// Feeds committed events (their times make lagSeconds()).
    void eventCommitted(const tableside::StaffEvent &event);

private:
    static bool isMuted(const Device &device);
    /// The event's seq; 0 when the store found the change made already (or refused it as the
    /// device was heard elsewhere), -1 on failure.
    qint64 publish(Device &device, const QString &reason, bool expected = true);
    /// Another instance's device-status event: follow it (no event of our own).
    void follow(const StaffEvent &event);
    /// Takes the stored row of @p device after the store refused a change.
    void adoptStored(Device &device);

    Store &m_store;
    Options m_options;
    QHash<QString, Device> m_devices;
    QDateTime m_startedAt;
    QMap<qint64, QDateTime> m_eventTimes; ///< recent seqs' commit times
    QTimer m_sweep;
};

} // namespace tableside::server
