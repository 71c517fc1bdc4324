#pragma once

#include "apicontext.h"

#include <QObject>

namespace tableside::server {

class ApiRouter;
struct ApiRequest;
class ApiResponder;

/// Orders: a guest's POST /api/orders/create (priced from the menu, idempotent), the staff
/// lists, PATCH /api/orders/{id}/status, and the kitchen stations' bump.
class OrdersController : public QObject
{
    Q_OBJECT
public:
    explicit OrdersController(ApiContext context, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

private:
    void create(const ApiRequest &request, ApiResponder reply);
    void changeStatus(const ApiRequest &request, ApiResponder reply);
    void bump(const ApiRequest &request, ApiResponder reply);
    ApiContext m_context;
};

} // namespace tableside::server
