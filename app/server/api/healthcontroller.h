#pragma once

#include "apicontext.h"

#include <QObject>

namespace tableside::server {

class ApiRouter;

/// GET /healthz (liveness and database) and GET /metrics (Prometheus text).
class HealthController : public QObject
{
    Q_OBJECT
public:
    explicit HealthController(ApiContext context, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

private:
    ApiContext m_context;
};

} // namespace tableside::server
