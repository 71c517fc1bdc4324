#include "kitchencontroller.h"

#include "apirouter.h"
#include "commitreply.h"

namespace tableside::server {

KitchenController::KitchenController(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void KitchenController::registerRoutes(ApiRouter &router)
{
    const QList<StaffRole> kitchenRoles {StaffRole::Kitchen, StaffRole::Manager};
    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/orders/{id}/stations/{station}/start"),
        ApiRouter::Access::Staff, ApiRouter::Body::None,
        [this](const ApiRequest &request, ApiResponder reply) {
            step(request, reply, StationProgress::Step::Start);
        },
        kitchenRoles);
    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/orders/{id}/stations/{station}/recall"),
        ApiRouter::Access::Staff, ApiRouter::Body::None,
        [this](const ApiRequest &request, ApiResponder reply) {
            step(request, reply, StationProgress::Step::Recall);
        },
        kitchenRoles);
}

void KitchenController::step(const ApiRequest &request, ApiResponder reply,
                             StationProgress::Step step)
{
    replyAfterCommit(m_context.store, reply,
                     m_context.store.stepStation(request.params.at(0), request.params.at(1), step,
                                                 *request.staff),
                     successWith(QStringLiteral("order")));
}

} // namespace tableside::server
