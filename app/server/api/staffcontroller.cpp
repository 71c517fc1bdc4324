#include "staffcontroller.h"

#include "apierror.h"
#include "apirouter.h"
#include "commitreply.h"
#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tableside::server {

StaffController::StaffController(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

QJsonObject StaffController::realtimeJson() const
{
    return {{QStringLiteral("appKey"), m_context.settings.realtime.key},
            {QStringLiteral("channel"), m_context.settings.realtime.staffChannel},
            {QStringLiteral("presenceChannel"), m_context.settings.realtime.presenceChannel},
            {QStringLiteral("authEndpoint"), QStringLiteral("/pusher/auth")}};
}

void StaffController::registerRoutes(ApiRouter &router)
{
    using Access = ApiRouter::Access;
    using Body = ApiRouter::Body;
    router.add(QStringLiteral("POST"), QStringLiteral("/api/staff/login"), Access::Guest,
               Body::JsonObject,
               [this](const ApiRequest &request, ApiResponder reply) { login(request, reply); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/staff/logout"), Access::Staff,
               Body::None, [this](const ApiRequest &request, ApiResponder reply) {
                   replyAfterCommit(m_context.store, reply,
                                    m_context.store.logout(request.bearerToken),
                                    [](ApiResponder &reply, bool) { reply.success(); });
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/staff/realtime"), Access::Staff,
               Body::None,
               [this](const ApiRequest &, ApiResponder reply) { reply.json(200, realtimeJson()); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/staff/state"), Access::Staff, Body::None,
               [this](const ApiRequest &, ApiResponder reply) {
                   const Store::StaffState state = m_context.store.staffState();
                   QJsonArray orders;
                   for (const Order &order : state.orders)
                       orders.append(order.toJson());
                   QJsonArray calls;
                   for (const WaiterCall &call : state.calls)
                       calls.append(call.toJson());
                   reply.json(200,
                              {{QStringLiteral("seq"), state.seq},
                               {QStringLiteral("orders"), orders},
                               {QStringLiteral("calls"), calls}});
               });
}

void StaffController::login(const ApiRequest &request, ApiResponder reply)
{
    const QString address = request.clientKey();
    if (const int wait = m_context.logins.lockedForSeconds(address)) {
        reply.error(HttpError::tooManyRequests(
            HttpError::Code::TooManyAttempts,
            tr("Too many wrong PINs from this device; try again in %n minute(s).", nullptr,
               (wait + 59) / 60),
            wait));
        return;
    }
    const QJsonValue pinValue = request.json.value(QStringLiteral("pin"));
    // A PIN typed on a number pad may arrive as a number; leading zeros need a string.
    const QString pin = pinValue.isString()
        ? pinValue.toString().trimmed()
        : (pinValue.isDouble() ? QString::number(pinValue.toInteger()) : QString());
    if (pin.isEmpty() || pin.size() > 16) {
        reply.error(ApiError::badRequest(tr("pin: expected the staff PIN")));
        return;
    }
    const qint64 lifetime = m_context.settings.tokenLifetimeHours * 3600LL;
    auto outcome = m_context.store.login(pin, lifetime);
    if (!outcome.ok() && outcome.error().code == StoreError::Code::NotFound) {
        m_context.logins.recordFailure(address);
        reply.error({HttpError::Code::InvalidPin, tr("Wrong PIN.")});
        return;
    }
    m_context.logins.recordSuccess(address);
    replyAfterCommit(m_context.store, reply, std::move(outcome),
                     [this](ApiResponder &reply, const Store::Session &session) {
                         reply.json(
                             200,
                             {{QStringLiteral("token"), session.token},
                              {QStringLiteral("staff"), session.staff.toJson()},
                              {QStringLiteral("expiresAt"), toWireTimestamp(session.expiresAt)},
                              {QStringLiteral("realtime"), realtimeJson()}});
                     });
}

} // namespace tableside::server
