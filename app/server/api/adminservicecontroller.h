#pragma once

#include "apicontext.h"

#include <QObject>

namespace tableside::server {

class ApiRouter;
struct ApiRequest;
class ApiResponder;

/// The service switches and the audit log: GET/PUT /api/admin/service and
/// GET /api/admin/audit (managers only), and GET /api/service (guests: is ordering / calling
/// on, and the manager's message when not).
class AdminServiceController : public QObject
{
    Q_OBJECT
public:
    explicit AdminServiceController(ApiContext context, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

    static constexpr int MaxMessage = 200;

private:
    void setSwitches(const ApiRequest &request, ApiResponder reply);
    void audit(const ApiRequest &request, ApiResponder reply);
    ApiContext m_context;
};

} // namespace tableside::server
