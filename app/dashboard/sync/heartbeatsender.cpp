#include "heartbeatsender.h"

#include "apiresult.h"
#include "dashboardsettings.h"
#include "kitchensettings.h"
#include "logging.h"
#include "soundplayer.h"
#include "staffapi.h"
#include "syncengine.h"

#include <QAudioDevice>
#include <QGuiApplication>
#include <QMediaDevices>
#include <QSettings>
#include <QSysInfo>
#include <QUuid>
#include <QWindow>

namespace tableside::dashboard {

namespace {
constexpr int DefaultIntervalMs = 5'000;
const QString IdKey = QStringLiteral("device/id");
const QString NameKey = QStringLiteral("device/name");
} // namespace

HeartbeatSender::HeartbeatSender(StaffApi *api, SyncEngine *sync, SoundPlayer *sounds,
                                 DashboardSettings *settings, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_sync(sync)
    , m_sounds(sounds)
    , m_settings(settings)
{
    // The id lives in the profile's own file: two profiles on one machine are two devices.
    QSettings file(settings->filePath(), QSettings::IniFormat);
    m_deviceId = file.value(IdKey).toString();
    if (m_deviceId.isEmpty()) {
        m_deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        file.setValue(IdKey, m_deviceId);
    }
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &HeartbeatSender::sendNow);
    // Caught up after a reconnect: say so at once, the server shows the device back.
    connect(sync, &SyncEngine::snapshotApplied, this, [this] {
        if (isRunning())
            sendNow();
    });
    connect(settings, &DashboardSettings::changed, this, [this] {
        if (isRunning())
            sendNow();
    });
    m_visible = [] {
        const auto windows = QGuiApplication::topLevelWindows();
        for (const QWindow *window : windows)
            if (window->isVisible() && window->visibility() != QWindow::Minimized)
                return true;
        return false;
    };
}

QString HeartbeatSender::deviceName() const
{
    const QString name
        = QSettings(m_settings->filePath(), QSettings::IniFormat).value(NameKey).toString();
    return name.isEmpty() ? QSysInfo::machineHostName() : name.left(64);
}

QJsonObject HeartbeatSender::report() const
{
    const bool kitchen = m_settings->kitchenMode();
    return {
        {QStringLiteral("deviceId"), m_deviceId},
        {QStringLiteral("name"), deviceName()},
        {QStringLiteral("mode"), kitchen ? QStringLiteral("kitchen") : QStringLiteral("dashboard")},
        {QStringLiteral("station"),
         kitchen ? KitchenSettings::load(m_settings->filePath()).station : QString()},
        {QStringLiteral("appliedSeq"), qMax<qint64>(0, m_sync->lastSeq())},
        {QStringLiteral("volume"), m_sounds->volume()},
        {QStringLiteral("muted"), m_sounds->isMuted()},
        {QStringLiteral("audioDevice"),
         m_audio ? m_audio() : !QMediaDevices::defaultAudioOutput().isNull()},
        {QStringLiteral("visible"), m_visible ? m_visible() : true}};
}

void HeartbeatSender::start()
{
    m_timer.start();
    sendNow();
}

void HeartbeatSender::stop(bool signOut)
{
    m_timer.stop();
    if (signOut)
        m_api->staffJson("POST", QStringLiteral("/api/devices/sign-out"),
                         {{QStringLiteral("deviceId"), m_deviceId}}, [](const ApiResult &) {});
}

void HeartbeatSender::sendNow()
{
    // One at a time: a slow server gets no pile of heartbeats.
    if (m_inFlight)
        return;
    m_inFlight = true;
    m_api->staffJson("POST", QStringLiteral("/api/devices/heartbeat"), report(),
                     [this](const ApiResult &result) {
                         m_inFlight = false;
                         const int seconds
                             = result.body.value(QStringLiteral("intervalSeconds")).toInt();
                         if (result.isSuccess() && seconds > 0 && m_timer.isActive()
                             && m_timer.interval() != seconds * 1000)
                             m_timer.setInterval(seconds * 1000);
                         if (!result.isSuccess())
                             qCDebug(lcApi) << "heartbeat not answered" << result.httpStatus;
                         emit sent(result.isSuccess());
                     });
}

} // namespace tableside::dashboard
