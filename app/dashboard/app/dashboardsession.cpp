#include "dashboardsession.h"

#include "actiondispatcher.h"
#include "alertcoordinator.h"
#include "backupstatusmodel.h"
#include "callattention.h"
#include "calllistmodel.h"
#include "dashboardsettings.h"
#include "devicealerts.h"
#include "heartbeatsender.h"
#include "logging.h"
#include "onshiftmodel.h"
#include "orderlistmodel.h"
#include "pusherclient.h"
#include "readyorderalerts.h"
#include "servertrust.h"
#include "soundplayer.h"
#include "staffapi.h"
#include "syncengine.h"
#include "wakedetector.h"

namespace tableside::dashboard {

DashboardSession::DashboardSession(DashboardSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_trust(new ServerTrust(settings, this))
    , m_api(new StaffApi(this))
    , m_orders(new OrderListModel(this))
    , m_calls(new CallListModel(this))
    , m_onShift(new OnShiftModel(this))
    , m_pusher(new PusherClient(m_api, this))
    , m_sync(new SyncEngine(m_api, m_orders, m_calls, this))
    , m_wake(new WakeDetector(this))
    , m_actions(new ActionDispatcher(m_api, m_orders, m_calls, this))
    , m_sounds(new SoundPlayer(this))
    , m_alerts(new AlertCoordinator(m_sounds, m_calls, this))
    , m_backupStatus(new BackupStatusModel(this))
    , m_heartbeat(new HeartbeatSender(m_api, m_sync, m_sounds, settings, this))
    , m_attention(new CallAttention(m_api, m_sync, settings, this))
    , m_deviceAlerts(new DeviceAlerts(m_sync, m_sounds, settings, this))
    , m_readyAlerts(new ReadyOrderAlerts(m_sync, m_orders, m_attention, m_sounds, settings, this))
{
    m_alerts->setAttention(m_attention);
    m_api->setTrust(m_trust);
    m_pusher->setTrust(m_trust);
    m_configRetry.setSingleShot(true);
    connect(&m_configRetry, &QTimer::timeout, this, [this] { start(); });

    connect(m_pusher, &PusherClient::subscribed, m_sync, &SyncEngine::onSubscribed);
    connect(m_pusher, &PusherClient::channelEvent, m_sync, &SyncEngine::onChannelEvent);
    connect(m_sync, &SyncEngine::backupStatusReported, m_backupStatus, &BackupStatusModel::report);
    connect(m_pusher, &PusherClient::stateChanged, this, [this](ConnectionState state) {
        if (state != ConnectionState::Subscribed)
            m_sync->onLinkLost();
    });
    connect(m_pusher, &PusherClient::presenceMembers, m_onShift, &OnShiftModel::setMembers);
    connect(m_pusher, &PusherClient::presenceMemberAdded, m_onShift, &OnShiftModel::addMember);
    connect(m_pusher, &PusherClient::presenceMemberRemoved, m_onShift, &OnShiftModel::removeMember);
    connect(m_pusher, &PusherClient::presenceLost, m_onShift, &OnShiftModel::forget);
    // After a sleep the socket may look open yet be dead: replace it now (and catch up).
    connect(m_wake, &WakeDetector::resumed, m_pusher, &PusherClient::reconnectNow);
    connect(m_sync, &SyncEngine::eventApplied, m_alerts, &AlertCoordinator::onEventApplied);
    connect(m_api, &StaffApi::unauthorized, this, [this] {
        if (!m_running)
            return;
        qCWarning(lcUi) << "The server no longer accepts our token; asking for the PIN again";
        stop();
        emit sessionExpired();
    });
    connect(m_pusher, &PusherClient::authorizationFailed, this, [this] {
        if (!m_running)
            return;
        stop();
        emit sessionExpired();
    });
    connect(settings, &DashboardSettings::changed, this, &DashboardSession::applySettings);
    applySettings();
}

DashboardSession::~DashboardSession() = default;

void DashboardSession::applySettings()
{
    m_sounds->setVolume(m_settings->volume());
    m_sounds->setMuted(m_settings->isMuted());
    m_alerts->setOptions(m_settings->alerts());
}

bool DashboardSession::hasSession() const
{
    return !m_settings->token().isEmpty();
}

bool DashboardSession::isManager() const
{
    const auto staff = m_settings->staff();
    return staff && staff->role == StaffRole::Manager;
}

QString DashboardSession::staffName() const
{
    const auto staff = m_settings->staff();
    return staff ? staff->name : QString();
}

void DashboardSession::loginWithPin(const QString &pin, std::function<void(const ApiResult &)> done)
{
    m_api->setServerUrl(m_settings->serverUrl());
    m_api->login(pin, [this, done = std::move(done)](const ApiResult &result) {
        if (result.isSuccess()) {
            if (const auto session = StaffSession::fromLoginResponse(result.body)) {
                adoptSession(*session, m_settings->serverUrl());
                if (done)
                    done(result);
                // Start with the realtime settings the login returned: saves a round trip.
                start(session->realtime);
                return;
            }
        }
        if (done)
            done(result);
    });
}

void DashboardSession::adoptSession(const StaffSession &session, const QUrl &serverUrl)
{
    m_settings->setServerUrl(serverUrl);
    m_settings->setSession(session.token, session.staff);
    m_api->setServerUrl(serverUrl);
    m_api->setToken(session.token);
    m_actions->setStaffName(session.staff.name);
    qCInfo(lcUi).noquote() << "Signed in as" << session.staff.name << "at" << serverUrl.toString();
}

void DashboardSession::start(const QJsonObject &realtime)
{
    m_running = true;
    m_api->setServerUrl(m_settings->serverUrl());
    m_api->setToken(m_settings->token());
    m_actions->setStaffName(staffName());
    if (!realtime.isEmpty()) {
        startRealtime(realtime);
        return;
    }
    m_api->fetchRealtimeConfig([this](const ApiResult &result) {
        if (!m_running)
            return;
        if (result.isSuccess()) {
            // Accept both the bare object and {"realtime":{…}}.
            const QJsonObject body = result.body.contains(QStringLiteral("realtime"))
                ? result.body.value(QStringLiteral("realtime")).toObject()
                : result.body;
            startRealtime(body);
        } else if (!result.isUnauthorized()) {
            // Server not reachable yet (tablet booted before the server): keep trying.
            m_configRetry.start(3'000);
        }
    });
}

void DashboardSession::startRealtime(const QJsonObject &realtime)
{
    PusherConfig config = PusherConfig::fromServer(realtime, m_settings->serverUrl());
    // Overrides for a Pusher-compatible service other than tableside-server itself.
    if (!m_settings->pusherHost().isEmpty())
        config.host = m_settings->pusherHost();
    if (m_settings->pusherPort() > 0)
        config.port = m_settings->pusherPort();
    if (!m_settings->pusherHost().isEmpty() || m_settings->pusherTls())
        config.tls = m_settings->pusherTls();
    if (!m_settings->pusherKey().isEmpty())
        config.key = m_settings->pusherKey();
    if (!m_settings->pusherCluster().isEmpty()) {
        config.cluster = m_settings->pusherCluster();
        if (m_settings->pusherHost().isEmpty())
            config.host.clear();
    }
    if (!m_settings->pusherChannel().isEmpty())
        config.channel = m_settings->pusherChannel();
    m_pusher->stop();
    m_pusher->setConfig(config);
    m_pusher->start();
    m_wake->start();
    m_heartbeat->start();
}

void DashboardSession::stop()
{
    m_running = false;
    m_configRetry.stop();
    m_wake->stop();
    m_heartbeat->stop();
    m_pusher->stop();
    m_sounds->stopRepeating();
}

void DashboardSession::logout()
{
    m_heartbeat->stop(true); // leaving on purpose: managers get no "offline" alert
    stop();
    m_settings->clearSession();
    m_api->setToken({});
    m_orders->replaceAll({});
    m_calls->replaceAll({});
    m_backupStatus->clear();
    m_sync->resetForNewSession();
}

} // namespace tableside::dashboard
