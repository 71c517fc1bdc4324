#pragma once

#include "apicontext.h"
#include "stationprogress.h"

#include <QObject>

namespace tableside::server {

class ApiRouter;
struct ApiRequest;
class ApiResponder;

/// The kitchen screens' station steps besides the bump (OrdersController):
/// POST /api/orders/{id}/stations/{station}/start  (pending → preparing) and
/// POST /api/orders/{id}/stations/{station}/recall (ready → preparing, within the recall window).
/// Kitchen and manager roles only.
class KitchenController : public QObject
{
    Q_OBJECT
public:
    explicit KitchenController(ApiContext context, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

private:
    void step(const ApiRequest &request, ApiResponder reply, StationProgress::Step step);
    ApiContext m_context;
};

} // namespace tableside::server
