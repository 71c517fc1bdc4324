#include "callscontroller.h"

#include "apierror.h"
#include "apirouter.h"
#include "commitreply.h"
#include "guestsecurityheaders.h"
#include "guestview.h"
#include "guestwritepipeline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace tableside::server {

namespace {

QJsonObject callsJson(const QList<WaiterCall> &calls)
{
    QJsonArray array;
    for (const WaiterCall &call : calls)
        array.append(call.toJson());
    return {{QStringLiteral("calls"), array}};
}

} // namespace

CallsController::CallsController(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void CallsController::registerRoutes(ApiRouter &router)
{
    using Access = ApiRouter::Access;
    using Body = ApiRouter::Body;
    router.add(QStringLiteral("POST"), QStringLiteral("/api/waiter-call"), Access::Guest,
               Body::JsonObject,
               [this](const ApiRequest &request, ApiResponder reply) { create(request, reply); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/waiter-call/{id}/status"), Access::Guest,
               Body::None,
               [this](const ApiRequest &request, ApiResponder reply) { status(request, reply); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/waiter-call"), Access::Staff, Body::None,
               [this](const ApiRequest &, ApiResponder reply) {
                   reply.json(200, callsJson(m_context.store.openCalls()));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/waiter-call/all"), Access::Staff,
               Body::None, [this](const ApiRequest &, ApiResponder reply) {
                   reply.json(200, callsJson(m_context.store.todaysCalls()));
               });
    router.add(QStringLiteral("PATCH"), QStringLiteral("/api/waiter-call/{id}/acknowledge"),
               Access::Staff, Body::None, [this](const ApiRequest &request, ApiResponder reply) {
                   replyAfterCommit(
                       m_context.store, reply,
                       m_context.store.acknowledgeCall(request.params.at(0), *request.staff),
                       successWith(QStringLiteral("call")));
               });
    router.add(QStringLiteral("PATCH"), QStringLiteral("/api/waiter-call/{id}/complete"),
               Access::Staff, Body::None, [this](const ApiRequest &request, ApiResponder reply) {
                   replyAfterCommit(
                       m_context.store, reply,
                       m_context.store.completeCall(request.params.at(0), *request.staff),
                       successWith(QStringLiteral("call")));
               });
}

void CallsController::create(const ApiRequest &request, ApiResponder reply)
{
    GuestWritePipeline::Steps<Store::CallDraft, Store::CreatedCall> steps;
    steps.scope = GuestLimits::Scope::Call;
    steps.parse = [](const QJsonObject &body, RequestValidator &check, Store::CallDraft &draft) {
        draft.tableNumber = static_cast<int>(
            check.integer(body, QStringLiteral("tableNumber"), 1, RequestValidator::MaxTableNumber)
                .value_or(0));
        const QJsonValue typeValue = body.value(QStringLiteral("callType"));
        const auto type = callTypeFromWire(typeValue.toString());
        if (!typeValue.isString() || !type)
            check.fail(QCoreApplication::translate(
                "CallsController",
                "callType: expected payment_cash, payment_card, help or service"));
        else
            draft.type = *type;
        draft.message
            = check.optionalText(body, QStringLiteral("message"), RequestValidator::MaxCallMessage)
                  .value_or(QString());
    };
    steps.canonical = [](const Store::CallDraft &draft) {
        return QJsonArray {draft.tableNumber, toWireString(draft.type), draft.message};
    };
    steps.write
        = [this](const Store::CallDraft &draft) { return m_context.store.createCall(draft); };
    steps.isNew = [](const Store::CreatedCall &created) { return !created.existing; };
    steps.count = &Metrics::callCreated;
    steps.answer = [](ApiResponder &reply, const Store::CreatedCall &created) {
        // An open call already rang: 200 with it, not a second 201.
        reply.success({{QStringLiteral("call"),
                        created.existing ? GuestView::joinedCall(created.call)
                                         : GuestView::call(created.call)},
                       {QStringLiteral("existing"), created.existing}},
                      created.existing ? 200 : 201);
    };
    GuestWritePipeline::run(m_context, request, reply, steps);
}

void CallsController::status(const ApiRequest &request, ApiResponder reply)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                       "[0-9a-fA-F]{12}$"));
    // The guest page's browser reads this: the same security headers as the page.
    const auto refuse = [&reply](HttpError error) {
        error.headers += GuestSecurityHeaders::all();
        reply.error(error);
    };
    using Scope = GuestLimits::Scope;
    if (auto refused = m_context.guestLimits.admitClient(Scope::CallStatus, request.clientKey())) {
        refuse(*refused);
        return;
    }
    const QString callId = request.params.at(0);
    std::optional<WaiterCall> call;
    if (uuid.match(callId).hasMatch())
        call = m_context.store.findCall(callId.toLower());
    if (!call) {
        refuse(ApiError::notFound(
            QCoreApplication::translate("CallsController", "No such waiter call.")));
        return;
    }
    if (auto refused = m_context.guestLimits.admitTable(Scope::CallStatus, call->tableNumber)) {
        refuse(*refused);
        return;
    }
    QJsonObject body = GuestView::callStatus(*call);
    // Issue 18: once a step fired, the guest page says the staff were reminded.
    const int level = call->status == CallStatus::Pending
        ? m_context.store.escalationLevel(QStringLiteral("call"), call->id)
        : 0;
    body.insert(QStringLiteral("escalationLevel"), level);
    body.insert(QStringLiteral("reminded"), level > 0);
    reply.json(200, body, GuestSecurityHeaders::all());
}

} // namespace tableside::server
