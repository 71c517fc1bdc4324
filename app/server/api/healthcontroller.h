#pragma once

#include "apicontext.h"

#include <QObject>

namespace tableside::server {

class ApiRouter;
struct ApiRequest;

/// GET /healthz (liveness and database) and GET /metrics (Prometheus text). Both show
/// internals (order volume, connections, seq) only to whom server/metricsAccess allows (by
/// default this machine and signed-in staff); a stranger gets ok / not ok and a 401 or 403.
class HealthController : public QObject
{
    Q_OBJECT
public:
    explicit HealthController(ApiContext context, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

private:
    bool mayReadInternals(const ApiRequest &request) const;
    ApiContext m_context;
};

} // namespace tableside::server
