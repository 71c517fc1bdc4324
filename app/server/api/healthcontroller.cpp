#include "healthcontroller.h"

#include "apirouter.h"
#include "metrics.h"
#include "store.h"

namespace tableside::server {

HealthController::HealthController(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void HealthController::registerRoutes(ApiRouter &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/healthz"), ApiRouter::Access::Guest,
               ApiRouter::Body::None, [this](const ApiRequest &, ApiResponder reply) {
                   // A read through the read connection proves the database answers.
                   const bool databaseOk = m_context.store.isOpen()
                       && !m_context.store.appCredentials().appId.isEmpty();
                   reply.json(databaseOk ? 200 : 503,
                              {{QStringLiteral("status"),
                                databaseOk ? QStringLiteral("ok") : QStringLiteral("degraded")},
                               {QStringLiteral("database"),
                                databaseOk ? QStringLiteral("ok") : QStringLiteral("error")},
                               {QStringLiteral("seq"), m_context.store.latestSeq()},
                               {QStringLiteral("version"), QStringLiteral(TABLESIDE_VERSION)}});
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/metrics"), ApiRouter::Access::Guest,
               ApiRouter::Body::None, [this](const ApiRequest &, ApiResponder reply) {
                   reply.raw(200, m_context.metrics.render(), "text/plain; version=0.0.4");
               });
}

} // namespace tableside::server
