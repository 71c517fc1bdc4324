#include "deviceregistry.h"

#include "logging.h"
#include "store.h"

#include <QRegularExpression>

namespace tableside::server {

namespace {
constexpr int SweepIntervalMs = 1000;
constexpr int MaxEventTimes = 20'000;

QByteArray gauge(const QByteArray &name, const QByteArray &help)
{
    return "# HELP " + name + ' ' + help + "\n# TYPE " + name + " gauge\n";
}
} // namespace

DeviceRegistry::DeviceRegistry(Store &store, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
    , m_startedAt(m_options.clock())
{
    m_sweep.setInterval(SweepIntervalMs);
    connect(&m_sweep, &QTimer::timeout, this, &DeviceRegistry::sweep);
}

void DeviceRegistry::load()
{
    const QDateTime now = m_options.clock();
    for (const DeviceRecord &record : m_store.devices()) {
        Device device;
        device.record = record;
        // A device online when the server stopped gets offlineAfterSeconds from now to come
        // back; only then is it reported offline.
        if (record.online)
            device.record.lastSeenAt = now;
        else
            device.offlineSince = record.changedAt;
        m_devices.insert(record.deviceId, device);
    }
}

void DeviceRegistry::start()
{
    m_sweep.start();
}

bool DeviceRegistry::isValidId(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return valid.match(id).hasMatch();
}

bool DeviceRegistry::isMuted(const Device &device)
{
    return device.record.muted || device.volume <= 0 || !device.audioDevice;
}

bool DeviceRegistry::heartbeat(const StaffMember &staff, const QJsonObject &report)
{
    const QString id = report.value(QStringLiteral("deviceId")).toString();
    auto it = m_devices.find(id);
    const bool isNew = it == m_devices.end();
    if (isNew) {
        if (m_devices.size() >= m_options.maxDevices)
            return false;
        it = m_devices.insert(id, Device());
        it->record.deviceId = id;
    }
    Device &device = *it;
    const QDateTime now = m_options.clock();
    const bool wasOnline = device.record.online && !isNew;
    const bool wasMuted = isMuted(device);
    const QString name = report.value(QStringLiteral("name")).toString().left(64);
    const QString mode = report.value(QStringLiteral("mode")).toString().left(16);
    const QString station = report.value(QStringLiteral("station")).toString().left(32);
    const bool identityChanged = device.record.name != name || device.record.mode != mode
        || device.record.station != station || device.record.staffName != staff.name;
    device.record.name = name;
    device.record.mode = mode;
    device.record.station = station;
    device.record.staffName = staff.name;
    device.record.lastSeenAt = now;
    device.record.muted = report.value(QStringLiteral("muted")).toBool(false);
    device.appliedSeq = qMax<qint64>(0, report.value(QStringLiteral("appliedSeq")).toInteger());
    device.volume = int(
        qBound(qint64(0), report.value(QStringLiteral("volume")).toInteger(100), qint64(100)));
    device.audioDevice = report.value(QStringLiteral("audioDevice")).toBool(true);
    device.visible = report.value(QStringLiteral("visible")).toBool(true);
    device.record.online = true;
    device.offlineSince = QDateTime();
    const bool lagging = lagSeconds(device) > m_options.lagAlertSeconds;

    if (!wasOnline) {
        device.lagging = lagging;
        publish(device, isNew ? QStringLiteral("new") : QStringLiteral("back"));
    } else if (wasMuted != isMuted(device)) {
        device.lagging = lagging;
        publish(device, isMuted(device) ? QStringLiteral("muted") : QStringLiteral("unmuted"));
    } else if (lagging != device.lagging) {
        device.lagging = lagging;
        publish(device, lagging ? QStringLiteral("lagging") : QStringLiteral("caught-up"));
    } else if (identityChanged) {
        publish(device, QStringLiteral("changed"));
    }
    // Several instances: the others learn that this device is alive from the store, a few
    // times per offline period (a published change wrote it already).
    if (m_store.isPostgres()) {
        const qint64 every = qMax(1, m_options.offlineAfterSeconds / 2);
        if (!device.storedSeenAt.isValid() || device.storedSeenAt.secsTo(now) >= every) {
            device.storedSeenAt = now;
            m_store.touchDevice(id, now);
        }
    }
    return true;
}

void DeviceRegistry::signOut(const QString &deviceId)
{
    auto it = m_devices.find(deviceId);
    if (it == m_devices.end() || !it->record.online)
        return;
    it->record.online = false;
    it->offlineSince = m_options.clock();
    publish(*it, QStringLiteral("signed-out"), false);
}

void DeviceRegistry::sweep()
{
    const QDateTime now = m_options.clock();
    for (Device &device : m_devices) {
        if (!device.record.online)
            continue;
        if (device.record.lastSeenAt.msecsTo(now) > qint64(m_options.offlineAfterSeconds) * 1000) {
            device.record.online = false;
            device.offlineSince = device.record.lastSeenAt;
            if (publish(device, QStringLiteral("silent")) == 0)
                adoptStored(device); // another instance hears it, or reported it already
            continue;
        }
        // A device that stopped applying events while still sending heartbeats.
        const bool lagging = lagSeconds(device) > m_options.lagAlertSeconds;
        if (lagging && !device.lagging) {
            device.lagging = true;
            publish(device, QStringLiteral("lagging"));
        }
    }
}

qint64 DeviceRegistry::publish(Device &device, const QString &reason, bool expected)
{
    device.record.changedAt = m_options.clock();
    device.storedSeenAt = device.record.changedAt;
    const QJsonObject data {{QStringLiteral("name"), device.record.name},
                            {QStringLiteral("staff"), device.record.staffName},
                            {QStringLiteral("mode"), device.record.mode},
                            {QStringLiteral("station"), device.record.station},
                            {QStringLiteral("muted"), isMuted(device)},
                            {QStringLiteral("lagging"), device.lagging},
                            {QStringLiteral("lagSeq"), lagSeq(device)},
                            {QStringLiteral("appliedSeq"), device.appliedSeq},
                            {QStringLiteral("reason"), reason},
                            // Signing out is no cause for alarm; going silent is.
                            {QStringLiteral("expected"), expected}};
    DeviceRecord saved = device.record;
    saved.muted = isMuted(device);
    const StoreOutcome<qint64> outcome = m_store.recordDeviceStatus(saved, data);
    if (!outcome.ok())
        return -1;
    if (outcome.value() > 0)
        qCInfo(lcService).noquote() << "device" << device.record.deviceId << reason;
    return outcome.value();
}

void DeviceRegistry::adoptStored(Device &device)
{
    for (const DeviceRecord &stored : m_store.devices()) {
        if (stored.deviceId != device.record.deviceId)
            continue;
        device.record.online = stored.online;
        device.record.lastSeenAt = qMax(device.record.lastSeenAt, stored.lastSeenAt);
        device.offlineSince = stored.online ? QDateTime() : stored.changedAt;
        return;
    }
}

void DeviceRegistry::follow(const StaffEvent &event)
{
    const QJsonObject &data = event.data();
    const QString id = data.value(QStringLiteral("deviceId")).toString();
    const bool online = data.value(QStringLiteral("online")).toBool();
    auto it = m_devices.find(id);
    if (it == m_devices.end()) {
        if (!isValidId(id) || m_devices.size() >= m_options.maxDevices)
            return;
        it = m_devices.insert(id, Device());
        it->record.deviceId = id;
    } else if (it->record.online == online) {
        return; // ours, or nothing new for this instance
    }
    Device &device = *it;
    const QDateTime now = m_options.clock();
    device.record.name = data.value(QStringLiteral("name")).toString();
    device.record.staffName = data.value(QStringLiteral("staff")).toString();
    device.record.mode = data.value(QStringLiteral("mode")).toString();
    device.record.station = data.value(QStringLiteral("station")).toString();
    device.record.muted = data.value(QStringLiteral("muted")).toBool();
    device.lagging = data.value(QStringLiteral("lagging")).toBool();
    device.appliedSeq = data.value(QStringLiteral("appliedSeq")).toInteger();
    device.record.online = online;
    device.record.changedAt = now;
    // Heard by another instance just now: this one's sweep gives it a full period.
    if (online) {
        device.record.lastSeenAt = now;
        device.offlineSince = QDateTime();
    } else {
        device.offlineSince = now;
    }
}

QList<DeviceRegistry::Device> DeviceRegistry::devices() const
{
    QList<Device> list = m_devices.values();
    std::sort(list.begin(), list.end(), [](const Device &a, const Device &b) {
        return std::tie(a.record.name, a.record.deviceId)
            < std::tie(b.record.name, b.record.deviceId);
    });
    return list;
}

qint64 DeviceRegistry::lagSeq(const Device &device) const
{
    return qMax<qint64>(0, m_store.latestSeq() - device.appliedSeq);
}

qint64 DeviceRegistry::lagSeconds(const Device &device) const
{
    if (lagSeq(device) == 0)
        return 0;
    // Seqs arrive contiguous; one not remembered is from before the start or was forgotten
    // (older than every one remembered).
    QDateTime since = m_startedAt;
    const auto next = m_eventTimes.constFind(device.appliedSeq + 1);
    if (next != m_eventTimes.cend())
        since = next.value();
    else if (!m_eventTimes.isEmpty())
        since = qMin(m_startedAt, m_eventTimes.first());
    return qMax<qint64>(0, since.secsTo(m_options.clock()));
}

QJsonObject DeviceRegistry::toJson(const Device &device) const
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return {{QStringLiteral("deviceId"), device.record.deviceId},
            {QStringLiteral("name"), device.record.name},
            {QStringLiteral("staff"), device.record.staffName},
            {QStringLiteral("mode"), device.record.mode},
            {QStringLiteral("station"), device.record.station},
            {QStringLiteral("online"), device.record.online},
            {QStringLiteral("lastSeenAt"), time(device.record.lastSeenAt)},
            {QStringLiteral("offlineSince"), time(device.offlineSince)},
            {QStringLiteral("appliedSeq"), device.appliedSeq},
            {QStringLiteral("lagSeq"), device.record.online ? lagSeq(device) : 0},
            {QStringLiteral("lagSeconds"), device.record.online ? lagSeconds(device) : 0},
            {QStringLiteral("lagging"), device.record.online && device.lagging},
            {QStringLiteral("muted"), isMuted(device)},
            {QStringLiteral("volume"), device.volume},
            {QStringLiteral("audioDevice"), device.audioDevice},
            {QStringLiteral("visible"), device.visible}};
}

QByteArray DeviceRegistry::metricsText() const
{
    // Labels come only from ids isValidId() accepted, at most maxDevices of them.
    QByteArray online = gauge("tableside_device_online", "1 when the device reported recently.");
    QByteArray lag = gauge("tableside_device_lag_seq", "Events the device has not applied yet.");
    QByteArray lagTime = gauge("tableside_device_lag_seconds",
                               "Age of the oldest event the device has not applied.");
    for (const Device &device : m_devices) {
        const QByteArray label = "{device=\"" + device.record.deviceId.toLatin1() + "\"} ";
        online += "tableside_device_online" + label + (device.record.online ? "1\n" : "0\n");
        lag += "tableside_device_lag_seq" + label
            + QByteArray::number(device.record.online ? lagSeq(device) : 0) + '\n';
        lagTime += "tableside_device_lag_seconds" + label
            + QByteArray::number(device.record.online ? lagSeconds(device) : 0) + '\n';
    }
    return online + lag + lagTime;
}

void DeviceRegistry::eventCommitted(const StaffEvent &event)
{
    if (event.type() == StaffEventType::DeviceStatus)
        follow(event);
    m_eventTimes.insert(event.seq(), m_options.clock());
    while (m_eventTimes.size() > MaxEventTimes)
        m_eventTimes.erase(m_eventTimes.begin());
}

} // namespace tableside::server
