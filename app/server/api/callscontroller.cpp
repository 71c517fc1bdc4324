#include "callscontroller.h"

#include "apirouter.h"
#include "commitreply.h"
#include "guestview.h"
#include "metrics.h"
#include "requestvalidator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace tableside::server {

namespace {

QJsonObject callsJson(const QList<WaiterCall> &calls)
{
    QJsonArray array;
    for (const WaiterCall &call : calls)
        array.append(call.toJson());
    return {{QStringLiteral("calls"), array}};
}

void replyWithCall(ApiResponder &reply, const WaiterCall &call)
{
    reply.json(200, {{QStringLiteral("success"), true}, {QStringLiteral("call"), call.toJson()}});
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
                       replyWithCall);
               });
    router.add(QStringLiteral("PATCH"), QStringLiteral("/api/waiter-call/{id}/complete"),
               Access::Staff, Body::None, [this](const ApiRequest &request, ApiResponder reply) {
                   replyAfterCommit(
                       m_context.store, reply,
                       m_context.store.completeCall(request.params.at(0), *request.staff),
                       replyWithCall);
               });
}

void CallsController::create(const ApiRequest &request, ApiResponder reply)
{
    if (auto refused = m_context.guestWrites.admitClient(request.clientKey())) {
        reply.error(*refused);
        return;
    }
    const QJsonObject &body = request.json;
    RequestValidator check;
    Store::CallDraft draft;
    draft.tableNumber = static_cast<int>(
        check.integer(body, QStringLiteral("tableNumber"), 1, RequestValidator::MaxTableNumber)
            .value_or(0));
    const QJsonValue typeValue = body.value(QStringLiteral("callType"));
    const auto type = callTypeFromWire(typeValue.toString());
    if (!typeValue.isString() || !type)
        check.fail(QCoreApplication::translate(
            "CallsController", "callType: expected payment_cash, payment_card, help or service"));
    else
        draft.type = *type;
    draft.message
        = check.optionalText(body, QStringLiteral("message"), RequestValidator::MaxCallMessage)
              .value_or(QString());
    QString key = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    if (key.size() > RequestValidator::MaxIdempotencyKey)
        check.fail(
            QCoreApplication::translate("CallsController", "Idempotency-Key: at most %1 characters")
                .arg(RequestValidator::MaxIdempotencyKey));
    if (!check.ok()) {
        reply.error(ApiError::badRequest(check.error()));
        return;
    }
    // Only a valid request names a table; its table's bucket is taken after validation.
    if (auto refused
        = m_context.guestWrites.admitTable(GuestWriteLimits::Kind::Call, draft.tableNumber)) {
        reply.error(*refused);
        return;
    }
    draft.idempotencyKey = key;
    if (!key.isEmpty())
        draft.requestHash = QCryptographicHash::hash(
            QJsonDocument(QJsonArray {draft.tableNumber, toWireString(draft.type), draft.message})
                .toJson(QJsonDocument::Compact),
            QCryptographicHash::Sha256);
    auto outcome = m_context.store.createCall(draft);
    if (outcome.ok() && !outcome.value().existing)
        m_context.metrics.callCreated();
    replyAfterCommit(m_context.store, reply, std::move(outcome),
                     [](ApiResponder &reply, const Store::CreatedCall &created) {
                         // An open call already rang: 200 with it, not a second 201.
                         reply.json(created.existing ? 200 : 201,
                                    {{QStringLiteral("success"), true},
                                     {QStringLiteral("call"), GuestView::call(created.call)},
                                     {QStringLiteral("existing"), created.existing}});
                     });
}

} // namespace tableside::server
