#include "healthcontroller.h"

#include "apierror.h"
#include "apirouter.h"
#include "metrics.h"
#include "store.h"

#include <QCoreApplication>

namespace tableside::server {

HealthController::HealthController(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

bool HealthController::mayReadInternals(const ApiRequest &request) const
{
    using Access = ServerSettings::MetricsAccess;
    const Access access = m_context.settings.metricsAccess;
    if (access == Access::Open)
        return true;
    if ((access == Access::Localhost || access == Access::LocalhostOrStaff)
        && request.fromThisMachine())
        return true;
    return (access == Access::Staff || access == Access::LocalhostOrStaff)
        && !request.bearerToken.isEmpty() && m_context.store.staffForToken(request.bearerToken);
}

void HealthController::registerRoutes(ApiRouter &router)
{
    const auto health = [this](const ApiRequest &request, ApiResponder reply) {
        // A read through the read connection proves the database answers.
        const bool databaseOk = m_context.store.isOpen()
            && !m_context.store.appCredentials().appId.isEmpty();
        const QString status
            = databaseOk ? QStringLiteral("ok") : QStringLiteral("degraded");
        // A stranger (a phone on the guest Wi-Fi) learns up or down, not how busy.
        if (!mayReadInternals(request)) {
            reply.json(databaseOk ? 200 : 503, {{QStringLiteral("status"), status}});
            return;
        }
        reply.json(databaseOk ? 200 : 503,
                   {{QStringLiteral("status"), status},
                    {QStringLiteral("database"),
                     databaseOk ? QStringLiteral("ok") : QStringLiteral("error")},
                    {QStringLiteral("seq"), m_context.store.latestSeq()},
                    {QStringLiteral("version"), QStringLiteral(TABLESIDE_VERSION)}});
    };
    router.add(QStringLiteral("GET"), QStringLiteral("/healthz"), ApiRouter::Access::Guest,
               ApiRouter::Body::None, health);
    // /api/health: the origin app's name for the same answer.
    router.add(QStringLiteral("GET"), QStringLiteral("/api/health"), ApiRouter::Access::Guest,
               ApiRouter::Body::None, health);
    router.add(QStringLiteral("GET"), QStringLiteral("/metrics"), ApiRouter::Access::Guest,
               ApiRouter::Body::None, [this](const ApiRequest &request, ApiResponder reply) {
                   if (!mayReadInternals(request)) {
                       using Access = ServerSettings::MetricsAccess;
                       if (m_context.settings.metricsAccess == Access::Localhost)
                           reply.error(ApiError::forbidden(QCoreApplication::translate(
                               "HealthController", "Metrics are served to this machine only.")));
                       else
                           reply.error(ApiError::unauthorized());
                       return;
                   }
                   reply.raw(200, m_context.metrics.render(), "text/plain; version=0.0.4");
               });
}

} // namespace tableside::server
