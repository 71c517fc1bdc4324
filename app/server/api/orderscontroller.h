#pragma once

#include "apicontext.h"
#include "store.h"

#include <QObject>

namespace tableside::server {

class ApiRouter;
struct ApiRequest;
class ApiResponder;
class RequestValidator;

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
    /// The body of a create: table, notes and lines (priced later, from the menu).
    static void parseOrder(const QJsonObject &body, RequestValidator &check,
                           Store::OrderDraft &draft);
    void changeStatus(const ApiRequest &request, ApiResponder reply);
    void bump(const ApiRequest &request, ApiResponder reply);
    ApiContext m_context;
};

} // namespace tableside::server
