#include "orderscontroller.h"

#include "apierror.h"
#include "apirouter.h"
#include "commitreply.h"
#include "guestview.h"
#include "guestwritepipeline.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tableside::server {

namespace {

QJsonObject ordersJson(const QList<Order> &orders)
{
    QJsonArray array;
    for (const Order &order : orders)
        array.append(order.toJson());
    return {{QStringLiteral("orders"), array}};
}

} // namespace

OrdersController::OrdersController(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void OrdersController::registerRoutes(ApiRouter &router)
{
    using Access = ApiRouter::Access;
    using Body = ApiRouter::Body;
    router.add(QStringLiteral("POST"), QStringLiteral("/api/orders/create"), Access::Guest,
               Body::JsonObject,
               [this](const ApiRequest &request, ApiResponder reply) { create(request, reply); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/orders/active"), Access::Staff,
               Body::None, [this](const ApiRequest &, ApiResponder reply) {
                   reply.json(200, ordersJson(m_context.store.activeOrders()));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/orders/all"), Access::Staff, Body::None,
               [this](const ApiRequest &, ApiResponder reply) {
                   reply.json(200, ordersJson(m_context.store.todaysOrders()));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/orders/completed"), Access::Staff,
               Body::None, [this](const ApiRequest &, ApiResponder reply) {
                   reply.json(200, ordersJson(m_context.store.completedOrders()));
               });
    router.add(QStringLiteral("PATCH"), QStringLiteral("/api/orders/{id}/status"), Access::Staff,
               Body::JsonObject, [this](const ApiRequest &request, ApiResponder reply) {
                   changeStatus(request, reply);
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/orders/{id}/stations/{station}/bump"),
               Access::Staff, Body::None,
               [this](const ApiRequest &request, ApiResponder reply) { bump(request, reply); },
               {StaffRole::Kitchen, StaffRole::Manager});
}

void OrdersController::create(const ApiRequest &request, ApiResponder reply)
{
    GuestWritePipeline::Steps<Store::OrderDraft, Store::CreatedOrder> steps;
    steps.scope = GuestLimits::Scope::Order;
    steps.parse = [](const QJsonObject &body, RequestValidator &check, Store::OrderDraft &draft) {
        parseOrder(body, check, draft);
    };
    steps.keyField = QStringLiteral("clientOrderId");
    steps.canonical = [](const Store::OrderDraft &draft) {
        QJsonArray lines;
        for (const auto &line : std::as_const(draft.items))
            lines.append(QJsonArray {line.productId, line.quantity, line.notes});
        return QJsonArray {draft.tableNumber, draft.notes, lines};
    };
    steps.write
        = [this](const Store::OrderDraft &draft) { return m_context.store.createOrder(draft); };
    steps.isNew = [](const Store::CreatedOrder &created) { return !created.replayed; };
    steps.count = &Metrics::orderCreated;
    steps.answer = [](ApiResponder &reply, const Store::CreatedOrder &created) {
        QList<ApiResponder::Header> headers;
        headers.append(
            ApiResponder::Header("Location", "/api/orders/" + created.order.id.toLatin1()));
        if (created.replayed)
            headers.append(ApiResponder::Header("Idempotent-Replayed", "true"));
        reply.success({{QStringLiteral("order"), GuestView::order(created.order)},
                       {QStringLiteral("orderNumber"), created.order.orderNumber}},
                      201, headers);
    };
    GuestWritePipeline::run(m_context, request, reply, steps);
}

void OrdersController::parseOrder(const QJsonObject &body, RequestValidator &check,
                                  Store::OrderDraft &draft)
{
    draft.tableNumber = static_cast<int>(
        check.integer(body, QStringLiteral("tableNumber"), 1, RequestValidator::MaxTableNumber)
            .value_or(0));
    draft.notes = check.optionalText(body, QStringLiteral("notes"), RequestValidator::MaxOrderNotes)
                      .value_or(QString());
    const QJsonValue items = body.value(QStringLiteral("items"));
    if (!items.isArray() || items.toArray().isEmpty()
        || items.toArray().size() > RequestValidator::MaxLines) {
        check.fail(QCoreApplication::translate("OrdersController", "items: expected 1 to %1 lines")
                       .arg(RequestValidator::MaxLines));
        return;
    }
    const QJsonArray lines = items.toArray();
    for (int i = 0; i < lines.size() && check.ok(); ++i) {
        check.setContext(QStringLiteral("items[%1]").arg(i));
        if (!lines.at(i).isObject()) {
            check.fail(
                QCoreApplication::translate("OrdersController", "items[%1]: expected an object")
                    .arg(i));
            break;
        }
        const QJsonObject line = lines.at(i).toObject();
        Store::OrderLineDraft draftLine;
        // Prices the client sends (priceBgn, priceEur, …) are ignored on purpose.
        draftLine.productId
            = check.integer(line, QStringLiteral("productId"), 1, std::numeric_limits<int>::max())
                  .value_or(0);
        draftLine.quantity = static_cast<int>(
            check.integer(line, QStringLiteral("quantity"), 1, RequestValidator::MaxQuantity)
                .value_or(0));
        draftLine.notes
            = check.optionalText(line, QStringLiteral("notes"), RequestValidator::MaxItemNotes)
                  .value_or(QString());
        draft.items.append(draftLine);
    }
    check.setContext({});
}

void OrdersController::changeStatus(const ApiRequest &request, ApiResponder reply)
{
    const QJsonValue value = request.json.value(QStringLiteral("status"));
    const auto status = orderStatusFromWire(value.toString());
    if (!value.isString() || !status) {
        reply.error(ApiError::badRequest(QCoreApplication::translate(
            "OrdersController",
            "status: expected pending, preparing, ready, completed or cancelled")));
        return;
    }
    replyAfterCommit(
        m_context.store, reply,
        m_context.store.changeOrderStatus(request.params.at(0), *status, *request.staff),
        successWith(QStringLiteral("order")));
}

void OrdersController::bump(const ApiRequest &request, ApiResponder reply)
{
    replyAfterCommit(
        m_context.store, reply,
        m_context.store.bumpStation(request.params.at(0), request.params.at(1), *request.staff),
        successWith(QStringLiteral("order")));
}

} // namespace tableside::server
