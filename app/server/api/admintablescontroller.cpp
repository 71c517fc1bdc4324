#include "admintablescontroller.h"

#include "apirouter.h"
#include "commitreply.h"
#include "requestvalidator.h"
#include "tableadminrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tableside::server {

namespace {

using Limits = TableAdminRepository;

std::optional<int> numberFrom(const ApiRequest &request)
{
    bool ok = false;
    const int number = request.params.at(0).toInt(&ok);
    return ok && number > 0 ? std::optional<int>(number) : std::nullopt;
}

HttpError badNumber()
{
    return ApiError::notFound(
        QCoreApplication::translate("AdminTablesController", "No such table."));
}

} // namespace

AdminTablesController::AdminTablesController(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void AdminTablesController::registerRoutes(ApiRouter &router)
{
    using Access = ApiRouter::Access;
    using Body = ApiRouter::Body;
    const QList<StaffRole> managers {StaffRole::Manager};
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/admin/tables"), Access::Staff, Body::None,
        [this](const ApiRequest &, ApiResponder reply) {
            QJsonArray tables;
            for (const ConsoleTable &table : m_context.store.consoleTables())
                tables.append(table.toJson());
            reply.json(200, {{QStringLiteral("tables"), tables}});
        },
        managers);
    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/admin/tables"), Access::Staff,
        Body::JsonObject,
        [this](const ApiRequest &request, ApiResponder reply) { add(request, reply); }, managers);
    router.add(
        QStringLiteral("PATCH"), QStringLiteral("/api/admin/tables/{number}"), Access::Staff,
        Body::JsonObject,
        [this](const ApiRequest &request, ApiResponder reply) { change(request, reply); },
        managers);
    router.add(
        QStringLiteral("DELETE"), QStringLiteral("/api/admin/tables/{number}"), Access::Staff,
        Body::None,
        [this](const ApiRequest &request, ApiResponder reply) {
            const auto number = numberFrom(request);
            if (!number)
                return reply.error(badNumber());
            replyAfterCommit(m_context.store, reply,
                             m_context.store.consoleRemoveTable(*number, *request.staff),
                             successWith(QStringLiteral("table")));
        },
        managers);
}

void AdminTablesController::add(const ApiRequest &request, ApiResponder reply)
{
    RequestValidator check;
    const QJsonObject &json = request.json;
    ConsoleTable table;
    table.number
        = int(check.integer(json, QStringLiteral("number"), 1, Limits::MaxNumber).value_or(0));
    table.name
        = check.optionalText(json, QStringLiteral("name"), Limits::MaxText).value_or(QString());
    table.area
        = check.optionalText(json, QStringLiteral("area"), Limits::MaxText).value_or(QString());
    if (json.contains(QStringLiteral("seats")))
        table.seats
            = int(check.integer(json, QStringLiteral("seats"), 0, Limits::MaxSeats).value_or(0));
    if (json.contains(QStringLiteral("active")))
        table.active = check.boolean(json, QStringLiteral("active")).value_or(true);
    if (!check.ok())
        return reply.error(ApiError::badRequest(check.error()));
    replyAfterCommit(m_context.store, reply, m_context.store.consoleAddTable(table, *request.staff),
                     [](ApiResponder &reply, const ConsoleTable &added) {
                         reply.success({{QStringLiteral("table"), added.toJson()}}, 201);
                     });
}

void AdminTablesController::change(const ApiRequest &request, ApiResponder reply)
{
    const auto number = numberFrom(request);
    if (!number)
        return reply.error(badNumber());
    RequestValidator check;
    const QJsonObject &json = request.json;
    ConsoleTableChange change;
    if (json.contains(QStringLiteral("name")))
        change.name = check.optionalText(json, QStringLiteral("name"), Limits::MaxText);
    if (json.contains(QStringLiteral("area")))
        change.area = check.optionalText(json, QStringLiteral("area"), Limits::MaxText);
    if (json.contains(QStringLiteral("seats"))) {
        if (auto seats = check.integer(json, QStringLiteral("seats"), 0, Limits::MaxSeats))
            change.seats = int(*seats);
    }
    if (json.contains(QStringLiteral("active")))
        change.active = check.boolean(json, QStringLiteral("active"));
    if (check.ok() && !change.name && !change.area && !change.seats && !change.active)
        check.fail(QCoreApplication::translate("AdminTablesController",
                                               "Nothing to change: send name, area, seats or "
                                               "active."));
    if (!check.ok())
        return reply.error(ApiError::badRequest(check.error()));
    replyAfterCommit(m_context.store, reply,
                     m_context.store.consoleChangeTable(*number, change, *request.staff),
                     successWith(QStringLiteral("table")));
}

} // namespace tableside::server
