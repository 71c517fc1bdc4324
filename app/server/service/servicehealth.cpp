#include "servicehealth.h"

#include "apirouter.h"
#include "metrics.h"
#include "store.h"

namespace tableside::server {

namespace {

DeviceRegistry::Options deviceOptions(const ServerSettings &settings)
{
    DeviceRegistry::Options options;
    options.offlineAfterSeconds = settings.deviceOfflineAfterSeconds;
    options.lagAlertSeconds = settings.deviceLagAlertSeconds;
    return options;
}

EscalationScheduler::Options escalationOptions(const ServerSettings &settings)
{
    EscalationScheduler::Options options;
    options.callLevel1Seconds = settings.escalateAfterSeconds;
    options.callLevel2Seconds = qMax(settings.managerAfterSeconds, settings.escalateAfterSeconds);
    options.orderLevel1Seconds = settings.readyEscalateAfterSeconds;
    options.orderLevel2Seconds
        = qMax(settings.readyManagerAfterSeconds, settings.readyEscalateAfterSeconds);
    return options;
}

} // namespace

ServiceHealth::ServiceHealth(ApiContext context, ApiRouter &router, Metrics &metrics,
                             QObject *parent)
    : QObject(parent)
    , m_devices(context.store, deviceOptions(context.settings))
    , m_escalation(context.store, escalationOptions(context.settings))
    , m_controller(context, m_devices)
{
    connect(&context.store, &Store::eventCommitted, &m_devices, &DeviceRegistry::eventCommitted);
    m_controller.registerRoutes(router);
    metrics.addSource([this] { return m_devices.metricsText(); });
    m_devices.load();
    m_devices.start();
    m_escalation.start();
}

} // namespace tableside::server
