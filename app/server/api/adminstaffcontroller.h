#pragma once

#include "apicontext.h"

#include <QObject>

namespace tableside::server {

class ApiRouter;
struct ApiRequest;
class ApiResponder;

/// The console's staff routes (managers only): GET/POST /api/admin/staff,
/// PATCH/DELETE /api/admin/staff/{id}, POST /api/admin/staff/{id}/reset-pin. A new PIN (add,
/// reset) is made by the server and answered once, never stored in clear or logged.
class AdminStaffController : public QObject
{
    Q_OBJECT
public:
    explicit AdminStaffController(ApiContext context, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

private:
    void add(const ApiRequest &request, ApiResponder reply);
    void change(const ApiRequest &request, ApiResponder reply);
    ApiContext m_context;
};

} // namespace tableside::server
