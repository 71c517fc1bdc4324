#pragma once

#include "apicontext.h"

#include <QObject>

namespace tableside::server {

class ApiRouter;
struct ApiRequest;
class ApiResponder;

/// The console's table routes (managers only): GET/POST /api/admin/tables,
/// PATCH/DELETE /api/admin/tables/{number}. The QR cards' PDF route is registered by the guest
/// layer (GuestRoutes: it owns the card writer).
class AdminTablesController : public QObject
{
    Q_OBJECT
public:
    explicit AdminTablesController(ApiContext context, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

private:
    void add(const ApiRequest &request, ApiResponder reply);
    void change(const ApiRequest &request, ApiResponder reply);
    ApiContext m_context;
};

} // namespace tableside::server
