#pragma once

#include "apicontext.h"

#include <QObject>

namespace tableside::server {

class ApiRouter;
struct ApiRequest;
class ApiResponder;

/// Waiter calls: a guest's POST /api/waiter-call (one open call per table and type) and
/// GET /api/waiter-call/{id}/status (the guest's view of its own call), the staff lists, and
/// acknowledge / complete (one winner when two staff tap at once).
class CallsController : public QObject
{
    Q_OBJECT
public:
    explicit CallsController(ApiContext context, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

private:
    void create(const ApiRequest &request, ApiResponder reply);
    void status(const ApiRequest &request, ApiResponder reply);
    ApiContext m_context;
};

} // namespace tableside::server
