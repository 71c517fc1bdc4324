#include "servicecontroller.h"

#include "apierror.h"
#include "apirouter.h"
#include "commitreply.h"
#include "deviceregistry.h"
#include "responsefigures.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tableside::server {

namespace {

constexpr int MaxAssignmentsPerRequest = 500;

} // namespace

ServiceController::ServiceController(ApiContext context, DeviceRegistry &devices, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_devices(devices)
{ }

void ServiceController::registerRoutes(ApiRouter &router)
{
    using Access = ApiRouter::Access;
    using Body = ApiRouter::Body;
    router.add(QStringLiteral("POST"), QStringLiteral("/api/devices/heartbeat"), Access::Staff,
               Body::JsonObject, [this](const ApiRequest &request, ApiResponder reply) {
                   heartbeat(request, reply);
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/devices/sign-out"), Access::Staff,
               Body::JsonObject, [this](const ApiRequest &request, ApiResponder reply) {
                   m_devices.signOut(request.json.value(QStringLiteral("deviceId")).toString());
                   m_context.store.whenCommitted(reply.context(),
                                                 [reply](bool) mutable { reply.success(); });
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/devices"), Access::Staff, Body::None,
               [this](const ApiRequest &, ApiResponder reply) {
                   QJsonArray list;
                   for (const DeviceRegistry::Device &device : m_devices.devices())
                       list.append(m_devices.toJson(device));
                   reply.json(200,
                              {{QStringLiteral("devices"), list},
                               {QStringLiteral("latestSeq"), m_context.store.latestSeq()},
                               {QStringLiteral("offlineAfterSeconds"),
                                m_context.settings.deviceOfflineAfterSeconds},
                               {QStringLiteral("lagAlertSeconds"),
                                m_context.settings.deviceLagAlertSeconds}});
               },
               {StaffRole::Manager});
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/assignments"), Access::Staff, Body::None,
        [this](const ApiRequest &, ApiResponder reply) { reply.json(200, assignmentsJson()); });
    router.add(QStringLiteral("PUT"), QStringLiteral("/api/assignments"), Access::Staff,
               Body::JsonObject,
               [this](const ApiRequest &request, ApiResponder reply) { assign(request, reply); });
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/service/escalations"), Access::Staff,
        Body::None, [this](const ApiRequest &, ApiResponder reply) {
            // The levels of open calls and orders: what a dashboard needs after a
            // snapshot (the events that raised them may be older than its replay).
            QJsonObject calls;
            const QHash<QString, int> callLevels
                = m_context.store.escalationLevels(QStringLiteral("call"));
            for (const WaiterCall &call : m_context.store.openCalls())
                if (callLevels.contains(call.id))
                    calls.insert(call.id, callLevels.value(call.id));
            QJsonObject orders;
            const QHash<QString, int> orderLevels
                = m_context.store.escalationLevels(QStringLiteral("order"));
            for (const Order &order : m_context.store.activeOrders())
                if (orderLevels.contains(order.id))
                    orders.insert(order.id, orderLevels.value(order.id));
            reply.json(200, {{QStringLiteral("calls"), calls}, {QStringLiteral("orders"), orders}});
        });
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/service/response-times"), Access::Staff,
        Body::None, [this](const ApiRequest &, ApiResponder reply) {
            QJsonObject figures = ResponseFigures::compute(m_context.store.todaysCalls());
            figures.insert(
                QStringLiteral("day"),
                m_context.store.businessDay(QDateTime::currentDateTimeUtc()).toString(Qt::ISODate));
            reply.json(200, figures);
        });
}

void ServiceController::heartbeat(const ApiRequest &request, ApiResponder reply)
{
    const QString id = request.json.value(QStringLiteral("deviceId")).toString();
    if (!DeviceRegistry::isValidId(id)) {
        reply.error(ApiError::badRequest(
            tr("deviceId: expected 1 to 64 letters, digits, dots, dashes or underscores")));
        return;
    }
    if (!m_devices.heartbeat(*request.staff, request.json)) {
        reply.error(ApiError::badRequest(tr("Too many devices are registered.")));
        return;
    }
    // A transition (online, muted, lagging) staged a device-status event: answer after it.
    const int interval = qBound(1, m_context.settings.deviceOfflineAfterSeconds / 4, 10);
    const qint64 latest = m_context.store.latestSeq();
    m_context.store.whenCommitted(reply.context(), [reply, interval, latest](bool) mutable {
        reply.success(
            {{QStringLiteral("intervalSeconds"), interval}, {QStringLiteral("latestSeq"), latest}});
    });
}

QJsonObject ServiceController::assignmentsJson() const
{
    QJsonArray list;
    for (const TableAssignment &assignment : m_context.store.tableAssignments())
        list.append(assignment.toJson());
    // What an assignment screen offers: the tables, and who may be given one.
    QJsonArray tables;
    for (const int table : m_context.store.tableNumbers())
        tables.append(table);
    QJsonArray staff;
    for (const Store::StaffRecord &record : m_context.store.staffList())
        if (record.member.role != StaffRole::Kitchen)
            staff.append(record.member.toJson());
    return {
        {QStringLiteral("assignments"), list},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("staff"), staff},
        {QStringLiteral("waitersAssignThemselves"), m_context.settings.waitersAssignThemselves}};
}

void ServiceController::assign(const ApiRequest &request, ApiResponder reply)
{
    const QJsonValue value = request.json.value(QStringLiteral("assignments"));
    if (!value.isArray() || value.toArray().size() > MaxAssignmentsPerRequest) {
        reply.error(ApiError::badRequest(tr("assignments: expected an array of at most 500")));
        return;
    }
    const StaffMember &by = *request.staff;
    const bool manager = by.role == StaffRole::Manager;
    if (!manager && (by.role != StaffRole::Waiter || !m_context.settings.waitersAssignThemselves)) {
        reply.error(ApiError::forbidden(tr("Only a manager assigns tables.")));
        return;
    }
    const QList<int> tables = m_context.store.tableNumbers();
    QHash<qint64, StaffMember> staff;
    for (const Store::StaffRecord &record : m_context.store.staffList())
        staff.insert(record.member.id, record.member);
    QHash<int, qint64> current;
    for (const TableAssignment &assignment : m_context.store.tableAssignments())
        current.insert(assignment.tableNumber, assignment.staffId);

    QList<TableAssignment> changes;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        const QJsonValue table = object.value(QStringLiteral("tableNumber"));
        const QJsonValue staffId = object.value(QStringLiteral("staffId"));
        TableAssignment change;
        change.tableNumber = table.toInt(0);
        if (!table.isDouble() || !tables.contains(change.tableNumber)) {
            reply.error(ApiError::badRequest(tr("tableNumber: no such table")));
            return;
        }
        if (!staffId.isNull() && !staffId.isUndefined()) {
            const auto member = staff.constFind(staffId.toInteger(-1));
            if (!staffId.isDouble() || member == staff.cend()
                || member->role == StaffRole::Kitchen) {
                reply.error(ApiError::badRequest(tr("staffId: no such waiter or manager")));
                return;
            }
            change.staffId = member->id;
            change.staffName = member->name;
        }
        // A waiter takes tables for themselves and gives back only their own.
        const bool own = change.staffId == by.id
            || (change.staffId == 0 && current.value(change.tableNumber) == by.id);
        if (!manager && !own) {
            reply.error(ApiError::forbidden(tr("A waiter assigns tables only to themselves.")));
            return;
        }
        changes.append(change);
    }
    replyAfterCommit(m_context.store, reply, m_context.store.assignTables(changes, by),
                     [](ApiResponder &reply, const QList<TableAssignment> &all) {
                         QJsonArray list;
                         for (const TableAssignment &assignment : all)
                             list.append(assignment.toJson());
                         reply.success({{QStringLiteral("assignments"), list}});
                     });
}

} // namespace tableside::server
