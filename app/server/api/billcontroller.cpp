#include "billcontroller.h"

#include "apierror.h"
#include "apirouter.h"
#include "commitreply.h"
#include "requestvalidator.h"
#include "store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace tableside::server {

namespace {

QJsonObject paymentAnswer(const bill::PaymentResult &result)
{
    return {{QStringLiteral("payment"), result.payment.toJson()},
            {QStringLiteral("tab"), result.tab.toJson()}};
}

} // namespace

BillController::BillController(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void BillController::registerRoutes(ApiRouter &router)
{
    using Access = ApiRouter::Access;
    using Body = ApiRouter::Body;
    router.add(QStringLiteral("GET"), QStringLiteral("/api/tables"), Access::Staff, Body::None,
               [this](const ApiRequest &, ApiResponder reply) { tables(reply); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/tables/{n}/tab"), Access::Staff,
               Body::None,
               [this](const ApiRequest &request, ApiResponder reply) { tab(request, reply); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/tables/{n}/payments"), Access::Staff,
               Body::None,
               [this](const ApiRequest &request, ApiResponder reply) { payments(request, reply); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/tables/{n}/payments"), Access::Staff,
               Body::JsonObject,
               [this](const ApiRequest &request, ApiResponder reply) { pay(request, reply); });
    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/payments/{id}/void"), Access::Staff,
        Body::JsonObject,
        [this](const ApiRequest &request, ApiResponder reply) { voidPayment(request, reply); },
        {StaffRole::Manager});
    router.add(QStringLiteral("POST"), QStringLiteral("/api/orders/{id}/move"), Access::Staff,
               Body::JsonObject, [this](const ApiRequest &request, ApiResponder reply) {
                   moveOrder(request, reply);
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/tables/{n}/move"), Access::Staff,
               Body::JsonObject, [this](const ApiRequest &request, ApiResponder reply) {
                   moveTab(request, reply, false);
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/tables/{n}/merge"), Access::Staff,
               Body::JsonObject, [this](const ApiRequest &request, ApiResponder reply) {
                   moveTab(request, reply, true);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/categories"), Access::Guest, Body::None,
               [this](const ApiRequest &, ApiResponder reply) { categories(reply); });
}

std::optional<int> BillController::tableParam(const ApiRequest &request, ApiResponder &reply)
{
    bool ok = false;
    const int table = request.params.at(0).toInt(&ok);
    if (!ok || table < 1 || table > RequestValidator::MaxTableNumber
        || !m_context.store.tableExists(table)) {
        reply.error(ApiError::notFound(tr("There is no table %1.").arg(request.params.at(0))));
        return std::nullopt;
    }
    return table;
}

void BillController::tables(ApiResponder reply)
{
    QJsonArray array;
    for (const bill::TableEntry &entry : m_context.store.tableEntries())
        array.append(entry.toJson());
    reply.json(200, {{QStringLiteral("tables"), array}});
}

void BillController::tab(const ApiRequest &request, ApiResponder reply)
{
    if (const auto table = tableParam(request, reply))
        reply.json(200, m_context.store.tableTab(*table).toJson());
}

void BillController::payments(const ApiRequest &request, ApiResponder reply)
{
    const auto table = tableParam(request, reply);
    if (!table)
        return;
    QJsonArray array;
    for (const Payment &payment : m_context.store.tablePayments(*table))
        array.append(payment.toJson());
    reply.json(200, {{QStringLiteral("payments"), array}});
}

bool BillController::parsePayment(const QJsonObject &body, RequestValidator &check,
                                  bill::PaymentDraft &draft)
{
    const QJsonValue method = body.value(QStringLiteral("method"));
    if (method != QJsonValue(QStringLiteral("cash"))
        && method != QJsonValue(QStringLiteral("card")))
        check.fail(tr("method: expected \"cash\" or \"card\""));
    draft.method = method.toString();
    if (body.contains(QStringLiteral("tipEurCents")))
        draft.tipEurCents
            = check.integer(body, QStringLiteral("tipEurCents"), 0, MaxTipCents).value_or(0);
    const QJsonValue tendered = body.value(QStringLiteral("tenderedEurCents"));
    if (!tendered.isUndefined() && !tendered.isNull()) {
        draft.hasTendered = true;
        draft.tenderedEurCents
            = check.integer(body, QStringLiteral("tenderedEurCents"), 0, MaxTenderedCents)
                  .value_or(0);
    }
    const QJsonValue parts = body.value(QStringLiteral("parts"));
    if (!parts.isUndefined() && !parts.isNull())
        draft.parts
            = int(check.integer(body, QStringLiteral("parts"), MinParts, MaxParts).value_or(0));
    const QJsonValue items = body.value(QStringLiteral("items"));
    if (!items.isUndefined() && !items.isNull()) {
        if (!items.isArray() || items.toArray().isEmpty() || items.toArray().size() > MaxItems) {
            check.fail(tr("items: expected 1 to %1 items").arg(MaxItems));
            return false;
        }
        if (draft.parts > 0) {
            check.fail(tr("items and parts cannot be combined"));
            return false;
        }
        const QJsonArray array = items.toArray();
        for (int i = 0; i < array.size() && check.ok(); ++i) {
            if (!array.at(i).isObject()) {
                check.fail(tr("items[%1]: expected an object").arg(i));
                break;
            }
            const QJsonObject item = array.at(i).toObject();
            check.setContext(QStringLiteral("items[%1]").arg(i));
            bill::ItemDraft line;
            line.orderId = check.text(item, QStringLiteral("orderId"), 64).value_or(QString());
            line.itemId = int(check.integer(item, QStringLiteral("itemId"), 0, 1000).value_or(0));
            line.quantity
                = int(check.integer(item, QStringLiteral("quantity"), 1, 1000).value_or(0));
            draft.items.append(line);
        }
        check.setContext({});
    }
    return check.ok();
}

void BillController::pay(const ApiRequest &request, ApiResponder reply)
{
    const auto table = tableParam(request, reply);
    if (!table)
        return;
    RequestValidator check;
    bill::PaymentDraft draft;
    draft.tableNumber = *table;
    draft.idempotencyKey = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    if (draft.idempotencyKey.size() > RequestValidator::MaxIdempotencyKey)
        check.fail(
            tr("Idempotency-Key: at most %1 characters").arg(RequestValidator::MaxIdempotencyKey));
    if (!check.ok() || !parsePayment(request.json, check, draft)) {
        reply.error(ApiError::badRequest(check.error()));
        return;
    }
    // What a retry must repeat: the table and the parsed body (key order does not matter).
    QJsonArray lines;
    for (const bill::ItemDraft &line : std::as_const(draft.items))
        lines.append(QJsonArray {line.orderId, line.itemId, line.quantity});
    const QJsonArray canonical {draft.tableNumber,
                                draft.method,
                                draft.tipEurCents,
                                draft.hasTendered,
                                draft.tenderedEurCents,
                                draft.parts,
                                lines};
    draft.requestHash = QCryptographicHash::hash(
        QJsonDocument(canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    replyAfterCommit(m_context.store, reply, m_context.store.pay(draft, *request.staff),
                     [](ApiResponder &reply, const bill::PaymentResult &result) {
                         QList<ApiResponder::Header> headers;
                         if (result.replayed)
                             headers.append(ApiResponder::Header("Idempotent-Replayed", "true"));
                         reply.success(paymentAnswer(result), 201, headers);
                     });
}

void BillController::voidPayment(const ApiRequest &request, ApiResponder reply)
{
    RequestValidator check;
    const QString reason
        = check.text(request.json, QStringLiteral("reason"), MaxReason).value_or(QString());
    if (check.ok() && reason.trimmed().isEmpty())
        check.fail(tr("reason: a reason is needed to void a payment"));
    if (!check.ok()) {
        reply.error(ApiError::badRequest(check.error()));
        return;
    }
    replyAfterCommit(
        m_context.store, reply,
        m_context.store.voidPayment(request.params.at(0), reason.trimmed(), *request.staff),
        [](ApiResponder &reply, const bill::PaymentResult &result) {
            reply.success(paymentAnswer(result));
        });
}

void BillController::moveOrder(const ApiRequest &request, ApiResponder reply)
{
    RequestValidator check;
    const auto to = check.integer(request.json, QStringLiteral("tableNumber"), 1,
                                  RequestValidator::MaxTableNumber);
    if (!check.ok() || !to) {
        reply.error(ApiError::badRequest(check.error()));
        return;
    }
    replyAfterCommit(m_context.store, reply,
                     m_context.store.moveOrder(request.params.at(0), int(*to), *request.staff),
                     [](ApiResponder &reply, const bill::TabMove &moved) {
                         reply.success({{QStringLiteral("order"), moved.order.toJson()},
                                        {QStringLiteral("from"), moved.from.toJson()},
                                        {QStringLiteral("to"), moved.to.toJson()}});
                     });
}

void BillController::moveTab(const ApiRequest &request, ApiResponder reply, bool merge)
{
    const auto table = tableParam(request, reply);
    if (!table)
        return;
    RequestValidator check;
    const QString field = merge ? QStringLiteral("fromTable") : QStringLiteral("toTable");
    const auto other = check.integer(request.json, field, 1, RequestValidator::MaxTableNumber);
    if (!check.ok() || !other) {
        reply.error(ApiError::badRequest(check.error()));
        return;
    }
    // A merge brings the other table's tab here; a move sends this one there.
    const int from = merge ? int(*other) : *table;
    const int to = merge ? *table : int(*other);
    replyAfterCommit(m_context.store, reply, m_context.store.moveTab(from, to, *request.staff),
                     [merge](ApiResponder &reply, const bill::TabMove &moved) {
                         if (merge)
                             reply.success({{QStringLiteral("tab"), moved.to.toJson()},
                                            {QStringLiteral("from"), moved.from.toJson()}});
                         else
                             reply.success({{QStringLiteral("from"), moved.from.toJson()},
                                            {QStringLiteral("to"), moved.to.toJson()}});
                     });
}

void BillController::categories(ApiResponder reply)
{
    // The origin app's shape: the menu's categories alone (paused ones are off the menu).
    QJsonArray array;
    for (const Category &category : m_context.store.categories()) {
        if (!category.isPaused)
            array.append(category.toJson());
    }
    reply.json(200, {{QStringLiteral("categories"), array}});
}

} // namespace tableside::server
