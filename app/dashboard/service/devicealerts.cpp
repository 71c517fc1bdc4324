#include "devicealerts.h"

#include "dashboardsettings.h"
#include "logging.h"
#include "soundplayer.h"

namespace tableside::dashboard {

DeviceAlerts::DeviceAlerts(SyncEngine *sync, SoundPlayer *sounds, DashboardSettings *settings,
                           QObject *parent)
    : QObject(parent)
    , m_sounds(sounds)
    , m_settings(settings)
{
    connect(sync, &SyncEngine::eventApplied, this, &DeviceAlerts::onEvent);
}

QString DeviceAlerts::kitchenLine() const
{
    QStringList parts = m_kitchenProblems.values();
    parts.sort();
    return parts.join(QStringLiteral(" · "));
}

void DeviceAlerts::onEvent(const StaffEvent &event, Via via)
{
    if (event.type() != StaffEventType::DeviceStatus)
        return;
    const QJsonObject d = event.data();
    const QString id = d.value(QStringLiteral("deviceId")).toString();
    const QString name = d.value(QStringLiteral("name")).toString().isEmpty()
        ? id.left(8)
        : d.value(QStringLiteral("name")).toString();
    const bool online = d.value(QStringLiteral("online")).toBool();
    const bool expected = d.value(QStringLiteral("expected")).toBool(true);
    const bool muted = d.value(QStringLiteral("muted")).toBool();
    const bool lagging = d.value(QStringLiteral("lagging")).toBool();

    QString problem;
    if (!online && expected)
        problem = tr("%1 is offline").arg(name);
    else if (online && lagging)
        problem = tr("%1 is behind").arg(name);
    else if (online && muted)
        problem = tr("%1 is muted").arg(name);

    if (d.value(QStringLiteral("mode")).toString() == QLatin1String("kitchen")) {
        const QString before = kitchenLine();
        if (problem.isEmpty() || (!online && !expected))
            m_kitchenProblems.remove(id);
        else
            m_kitchenProblems.insert(id, problem);
        if (kitchenLine() != before)
            emit kitchenLineChanged(kitchenLine());
    }

    // Alerts only for what happens now (a replay after a reconnect says it again otherwise).
    const auto staff = m_settings->staff();
    if (problem.isEmpty() || via == Via::Snapshot || !staff || staff->role != StaffRole::Manager)
        return;
    ++m_alerts;
    qCInfo(lcAlerts).noquote() << "Alert: device" << id << problem;
    m_sounds->play(Sound::WaiterCall);
    const QString who = d.value(QStringLiteral("staff")).toString();
    emit alertRaised(problem, who.isEmpty() ? QString() : tr("Signed in: %1").arg(who));
}

} // namespace tableside::dashboard
