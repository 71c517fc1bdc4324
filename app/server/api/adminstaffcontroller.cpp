#include "adminstaffcontroller.h"

#include "apirouter.h"
#include "commitreply.h"
#include "requestvalidator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tableside::server {

namespace {

constexpr int MaxName = 60;
// The answer carries a PIN: no cache may keep it.
const QList<ApiResponder::Header> NoStore {{"Cache-Control", "no-store"}};

std::optional<qint64> idFrom(const ApiRequest &request)
{
    bool ok = false;
    const qint64 id = request.params.at(0).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<StaffRole> roleFrom(const QJsonObject &json, RequestValidator &check)
{
    const auto wire = check.text(json, QStringLiteral("role"), 20);
    if (!wire)
        return std::nullopt;
    const auto role = staffRoleFromWire(*wire);
    if (!role)
        check.fail(QCoreApplication::translate("AdminStaffController",
                                               "role: expected waiter, kitchen or manager"));
    return role;
}

auto withPin(int status)
{
    return [status](ApiResponder &reply, const ConsoleStaffWithPin &value) {
        reply.success(
            {{QStringLiteral("staff"), value.staff.toJson()}, {QStringLiteral("pin"), value.pin}},
            status, NoStore);
    };
}

HttpError badId()
{
    return ApiError::notFound(
        QCoreApplication::translate("AdminStaffController", "No such staff member."));
}

} // namespace

AdminStaffController::AdminStaffController(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void AdminStaffController::registerRoutes(ApiRouter &router)
{
    using Access = ApiRouter::Access;
    using Body = ApiRouter::Body;
    const QList<StaffRole> managers {StaffRole::Manager};
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/admin/staff"), Access::Staff, Body::None,
        [this](const ApiRequest &, ApiResponder reply) {
            QJsonArray staff;
            for (const ConsoleStaff &member : m_context.store.consoleStaff())
                staff.append(member.toJson());
            reply.json(200, {{QStringLiteral("staff"), staff}});
        },
        managers);
    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/admin/staff"), Access::Staff, Body::JsonObject,
        [this](const ApiRequest &request, ApiResponder reply) { add(request, reply); }, managers);
    router.add(
        QStringLiteral("PATCH"), QStringLiteral("/api/admin/staff/{id}"), Access::Staff,
        Body::JsonObject,
        [this](const ApiRequest &request, ApiResponder reply) { change(request, reply); },
        managers);
    router.add(
        QStringLiteral("DELETE"), QStringLiteral("/api/admin/staff/{id}"), Access::Staff,
        Body::None,
        [this](const ApiRequest &request, ApiResponder reply) {
            const auto id = idFrom(request);
            if (!id)
                return reply.error(badId());
            replyAfterCommit(m_context.store, reply,
                             m_context.store.consoleRemoveStaff(*id, *request.staff),
                             successWith(QStringLiteral("staff")));
        },
        managers);
    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/admin/staff/{id}/reset-pin"), Access::Staff,
        Body::None,
        [this](const ApiRequest &request, ApiResponder reply) {
            const auto id = idFrom(request);
            if (!id)
                return reply.error(badId());
            replyAfterCommit(m_context.store, reply,
                             m_context.store.consoleResetPin(*id, *request.staff), withPin(200));
        },
        managers);
}

void AdminStaffController::add(const ApiRequest &request, ApiResponder reply)
{
    RequestValidator check;
    const auto name = check.text(request.json, QStringLiteral("name"), MaxName);
    if (name && name->isEmpty())
        check.fail(QCoreApplication::translate("AdminStaffController", "name: empty"));
    const auto role = roleFrom(request.json, check);
    if (!check.ok())
        return reply.error(ApiError::badRequest(check.error()));
    replyAfterCommit(m_context.store, reply,
                     m_context.store.consoleAddStaff(*name, *role, *request.staff), withPin(201));
}

void AdminStaffController::change(const ApiRequest &request, ApiResponder reply)
{
    const auto id = idFrom(request);
    if (!id)
        return reply.error(badId());
    RequestValidator check;
    ConsoleStaffChange change;
    const QJsonObject &json = request.json;
    if (json.contains(QStringLiteral("name"))) {
        change.name = check.text(json, QStringLiteral("name"), MaxName);
        if (change.name && change.name->isEmpty())
            check.fail(QCoreApplication::translate("AdminStaffController", "name: empty"));
    }
    if (json.contains(QStringLiteral("role")))
        change.role = roleFrom(json, check);
    if (json.contains(QStringLiteral("active")))
        change.active = check.boolean(json, QStringLiteral("active"));
    if (check.ok() && !change.name && !change.role && !change.active)
        check.fail(QCoreApplication::translate("AdminStaffController",
                                               "Nothing to change: send name, role or active."));
    if (!check.ok())
        return reply.error(ApiError::badRequest(check.error()));
    replyAfterCommit(m_context.store, reply,
                     m_context.store.consoleChangeStaff(*id, change, *request.staff),
                     successWith(QStringLiteral("staff")));
}

} // namespace tableside::server
