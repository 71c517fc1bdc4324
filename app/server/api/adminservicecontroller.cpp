#include "adminservicecontroller.h"

#include "apirouter.h"
#include "commitreply.h"
#include "requestvalidator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tableside::server {

AdminServiceController::AdminServiceController(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void AdminServiceController::registerRoutes(ApiRouter &router)
{
    using Access = ApiRouter::Access;
    using Body = ApiRouter::Body;
    const QList<StaffRole> managers {StaffRole::Manager};
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/service"), Access::Guest, Body::None,
        [this](const ApiRequest &, ApiResponder reply) {
            reply.json(
                200, {{QStringLiteral("service"), m_context.store.serviceSwitches().guestJson()}});
        });
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/admin/service"), Access::Staff, Body::None,
        [this](const ApiRequest &, ApiResponder reply) {
            reply.json(200,
                       {{QStringLiteral("service"), m_context.store.serviceSwitches().toJson()}});
        },
        managers);
    router.add(
        QStringLiteral("PUT"), QStringLiteral("/api/admin/service"), Access::Staff,
        Body::JsonObject,
        [this](const ApiRequest &request, ApiResponder reply) { setSwitches(request, reply); },
        managers);
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/admin/audit"), Access::Staff, Body::None,
        [this](const ApiRequest &request, ApiResponder reply) { audit(request, reply); }, managers);
}

void AdminServiceController::setSwitches(const ApiRequest &request, ApiResponder reply)
{
    // A partial update: fields not sent keep their value.
    ServiceSwitches switches = m_context.store.serviceSwitches();
    RequestValidator check;
    const QJsonObject &json = request.json;
    auto flag = [&](const QString &key, bool &target) {
        if (json.contains(key))
            if (auto value = check.boolean(json, key))
                target = *value;
    };
    auto text = [&](const QString &key, QString &target) {
        if (json.contains(key))
            if (auto value = check.optionalText(json, key, MaxMessage))
                target = *value;
    };
    flag(QStringLiteral("guestOrdering"), switches.guestOrdering);
    flag(QStringLiteral("waiterCalls"), switches.waiterCalls);
    text(QStringLiteral("orderingMessage"), switches.orderingMessage);
    text(QStringLiteral("callsMessage"), switches.callsMessage);
    if (json.contains(QStringLiteral("approval"))) {
        const QJsonObject approval = json.value(QStringLiteral("approval")).toObject();
        if (!json.value(QStringLiteral("approval")).isObject())
            check.fail(QCoreApplication::translate("AdminServiceController",
                                                   "approval: expected an object"));
        check.setContext(QStringLiteral("approval"));
        if (approval.contains(QStringLiteral("enabled")))
            switches.approvalEnabled
                = check.boolean(approval, QStringLiteral("enabled")).value_or(false);
        if (approval.contains(QStringLiteral("maxOrders")))
            switches.approvalMaxOrders
                = int(check.integer(approval, QStringLiteral("maxOrders"), 1, 50).value_or(1));
        // Whole cents up to € 10,000: the price rule of the rest of the API.
        if (approval.contains(QStringLiteral("maxEurCents")))
            switches.approvalMaxEurCents
                = check.integer(approval, QStringLiteral("maxEurCents"), 100, 1'000'000)
                      .value_or(100);
        if (approval.contains(QStringLiteral("windowMinutes")))
            switches.approvalWindowMinutes
                = int(check.integer(approval, QStringLiteral("windowMinutes"), 1, 240).value_or(1));
    }
    if (!check.ok())
        return reply.error(ApiError::badRequest(check.error()));
    replyAfterCommit(m_context.store, reply,
                     m_context.store.setServiceSwitches(switches, *request.staff),
                     successWith(QStringLiteral("service")));
}

void AdminServiceController::audit(const ApiRequest &request, ApiResponder reply)
{
    AuditLog::Filter filter;
    const QUrlQuery &query = request.query;
    auto time = [&](const QString &key, QDateTime &target) {
        if (!query.hasQueryItem(key))
            return true;
        target = QDateTime::fromString(query.queryItemValue(key), Qt::ISODateWithMs);
        return target.isValid();
    };
    if (!time(QStringLiteral("from"), filter.from) || !time(QStringLiteral("to"), filter.to))
        return reply.error(ApiError::badRequest(QCoreApplication::translate(
            "AdminServiceController", "from / to: expected a time like 2026-05-01T00:00:00Z")));
    filter.actionPrefix = query.queryItemValue(QStringLiteral("action")).left(60);
    bool ok = true;
    if (query.hasQueryItem(QStringLiteral("before")))
        filter.beforeId = query.queryItemValue(QStringLiteral("before")).toLongLong(&ok);
    if (ok && query.hasQueryItem(QStringLiteral("limit")))
        filter.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || filter.beforeId < 0 || filter.limit < 1 || filter.limit > 500)
        return reply.error(ApiError::badRequest(QCoreApplication::translate(
            "AdminServiceController", "before: an entry id; limit: 1 to 500")));
    const QList<AuditLog::Entry> entries = m_context.store.auditEntries(filter);
    QJsonArray list;
    for (const AuditLog::Entry &entry : entries)
        list.append(entry.toJson());
    QJsonObject body {{QStringLiteral("entries"), list}};
    // The next page: entries older than the last one here.
    if (entries.size() == filter.limit)
        body.insert(QStringLiteral("nextBefore"), entries.last().id);
    reply.json(200, body);
}

} // namespace tableside::server
