#include "staffcontroller.h"

#include "apierror.h"
#include "apirouter.h"
#include "commitreply.h"
#include "jsonreader.h"
#include "pinhasher.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tableside::server {

namespace {

// A PIN typed on a number pad may arrive as a number; leading zeros need a string.
QString pinFrom(const QJsonValue &value)
{
    return value.isString() ? value.toString().trimmed()
                            : (value.isDouble() ? QString::number(value.toInteger()) : QString());
}

int minutes(int seconds)
{
    return (seconds + 59) / 60;
}

} // namespace

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
    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/staff/pin"), Access::Staff, Body::JsonObject,
        [this](const ApiRequest &request, ApiResponder reply) { changePin(request, reply); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/staff/lockouts"), Access::Staff,
               Body::None, [this](const ApiRequest &, ApiResponder reply) { listLockouts(reply); },
               {StaffRole::Manager});
    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/staff/lockouts/clear"), Access::Staff,
        Body::JsonObject,
        [this](const ApiRequest &request, ApiResponder reply) { clearLockout(request, reply); },
        {StaffRole::Manager});
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
                               {QStringLiteral("historyId"), state.historyId},
                               {QStringLiteral("orders"), orders},
                               {QStringLiteral("calls"), calls},
                               {QStringLiteral("backup"),
                                state.backup.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(state.backup)},
                               {QStringLiteral("venue"),
                                QJsonObject {
                                    {QStringLiteral("name"), m_context.settings.venueName},
                                    {QStringLiteral("address"), m_context.settings.venueAddress},
                                    {QStringLiteral("taxId"), m_context.settings.venueTaxId}}}});
               });
}

bool StaffController::refuse(const std::optional<LoginThrottle::Refusal> &refusal,
                             ApiResponder &reply)
{
    if (!refusal)
        return false;
    const int wait = refusal->retryAfterSeconds;
    QString message;
    if (refusal->busy)
        message = tr("Another login is being checked; try again in a moment.");
    else if (refusal->scope == LoginCounter::Scope::Address)
        message = tr("Too many wrong PINs from this device; try again in %n minute(s).", nullptr,
                     minutes(wait));
    else if (refusal->scope == LoginCounter::Scope::Account)
        message = tr("Too many wrong PINs for this staff member; try again in %n minute(s) or "
                     "ask a manager to unlock it.",
                     nullptr, minutes(wait));
    else
        message = tr("Too many wrong PINs on this server; enter your name with your PIN, or try "
                     "again in %n minute(s).",
                     nullptr, minutes(wait));
    reply.error(HttpError::tooManyRequests(HttpError::Code::TooManyAttempts, message, wait));
    return true;
}

void StaffController::answerWrongPin(const LoginThrottle::Attempt &attempt, ApiResponder reply)
{
    replyAfterCommit(m_context.store, reply, m_context.logins.recordFailure(attempt),
                     [](ApiResponder &reply, bool) {
                         reply.error({HttpError::Code::InvalidPin, tr("Wrong PIN.")});
                     });
}

void StaffController::login(const ApiRequest &request, ApiResponder reply)
{
    const QJsonValue nameValue = request.json.value(QStringLiteral("name"));
    if (!nameValue.isUndefined() && !nameValue.isNull() && !nameValue.isString()) {
        reply.error(ApiError::badRequest(tr("name: expected a staff member's name")));
        return;
    }
    const QString name = nameValue.toString().trimmed();
    LoginThrottle::Attempt attempt {request.clientKey(), !name.isEmpty(), std::nullopt};
    QList<Store::PinRecord> records = m_context.store.pinRecords(name);
    if (attempt.named && !records.isEmpty())
        attempt.accountId = records.first().member.id;
    if (refuse(m_context.logins.refusal(attempt), reply))
        return;
    const QString pin = pinFrom(request.json.value(QStringLiteral("pin")));
    if (pin.isEmpty() || pin.size() > 16) {
        reply.error(ApiError::badRequest(tr("pin: expected the staff PIN")));
        return;
    }
    if (!attempt.named) {
        // A locked account's PIN answers like a wrong one: otherwise PIN-only guesses would
        // tell which guess is a locked account's PIN, and its lockout would mean nothing.
        records.removeIf([this](const Store::PinRecord &record) {
            return m_context.logins.isAccountLocked(record.member.id);
        });
    } else if (records.isEmpty()) {
        // No such name: hash anyway (never matches), so the time does not tell names apart.
        records.append({StaffMember {}, PinHasher::newSalt(), PinHasher::newSalt()});
    }
    m_context.logins.begin(attempt);
    m_verifier.match(pin, records,
                     [this, attempt, pin, reply](std::optional<Store::PinRecord> match) {
                         m_context.logins.end(attempt);
                         finishLogin(attempt, pin, match, reply);
                     });
}

void StaffController::finishLogin(const LoginThrottle::Attempt &attempt, const QString &pin,
                                  const std::optional<Store::PinRecord> &match, ApiResponder reply)
{
    if (!match || match->member.id <= 0) {
        answerWrongPin(attempt, reply);
        return;
    }
    const qint64 lifetime = m_context.settings.tokenLifetimeHours * 3600LL;
    auto outcome = m_context.store.openSession(*match, lifetime);
    if (!outcome.ok() && outcome.error().code == StoreError::Code::NotFound) {
        // Removed or reset while the PIN was being hashed: it is not their PIN any more.
        answerWrongPin(attempt, reply);
        return;
    }
    // Older installations may have 4-digit PINs: they still work, but the owner is asked to
    // choose a longer one.
    const bool pinChangeRequired = pin.size() < PinHasher::MinimumNewPinDigits;
    replyAfterCommit(m_context.store, reply, std::move(outcome),
                     [this, pinChangeRequired](ApiResponder &reply, const Store::Session &session) {
                         reply.json(
                             200,
                             {{QStringLiteral("token"), session.token},
                              {QStringLiteral("staff"), session.staff.toJson()},
                              {QStringLiteral("expiresAt"), toWireTimestamp(session.expiresAt)},
                              {QStringLiteral("realtime"), realtimeJson()},
                              {QStringLiteral("pinChangeRequired"), pinChangeRequired}});
                     });
}

void StaffController::changePin(const ApiRequest &request, ApiResponder reply)
{
    const StaffMember me = *request.staff;
    // A stolen token must not become a way to guess its owner's PIN: counted like a login.
    const LoginThrottle::Attempt attempt {request.clientKey(), true, me.id};
    if (refuse(m_context.logins.refusal(attempt), reply))
        return;
    const QString oldPin = pinFrom(request.json.value(QStringLiteral("pin")));
    const QString newPin = pinFrom(request.json.value(QStringLiteral("newPin")));
    if (oldPin.isEmpty() || oldPin.size() > 16) {
        reply.error(ApiError::badRequest(tr("pin: expected your current PIN")));
        return;
    }
    if (!PinHasher::isStrongPin(newPin)) {
        reply.error(ApiError::badRequest(
            tr("newPin: a new PIN is %1 to 8 digits").arg(PinHasher::MinimumNewPinDigits)));
        return;
    }
    const QList<Store::PinRecord> records = m_context.store.pinRecords();
    std::optional<Store::PinRecord> own;
    for (const Store::PinRecord &record : records)
        if (record.member.id == me.id)
            own = record;
    if (!own) {
        reply.error(ApiError::unauthorized());
        return;
    }
    m_context.logins.begin(attempt);
    m_verifier.prepareChange(
        oldPin, *own, newPin, records,
        [this, attempt, own = *own, records, token = request.bearerToken,
         reply](const PinVerifier::Change &change) {
            m_context.logins.end(attempt);
            if (!change.oldPinMatches) {
                answerWrongPin(attempt, reply);
                return;
            }
            if (change.newPinInUse) {
                // Says that someone has this PIN: counted as a failure, so the answer cannot be
                // used to search for colleagues' PINs faster than logins could.
                replyAfterCommit(m_context.store, reply, m_context.logins.recordFailure(attempt),
                                 [](ApiResponder &reply, bool) {
                                     reply.error(ApiError::badRequest(
                                         Store::tr("This PIN is already in use; choose another.")));
                                 });
                return;
            }
            replyAfterCommit(
                m_context.store, reply,
                m_context.store.changePin(own, change.salt, change.hash, records, token),
                [](ApiResponder &reply, bool) { reply.success(); });
        });
}

void StaffController::listLockouts(ApiResponder reply)
{
    QHash<QString, QString> names;
    for (const Store::StaffRecord &record : m_context.store.staffList())
        names.insert(QString::number(record.member.id), record.member.name);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray lockouts;
    for (const LoginCounter &counter : m_context.store.loginLockouts()) {
        QJsonObject entry {{QStringLiteral("scope"), LoginCounter::scopeName(counter.scope)},
                           {QStringLiteral("subject"), counter.subject},
                           {QStringLiteral("lockedUntil"), toWireTimestamp(counter.lockedUntil)},
                           {QStringLiteral("retryAfter"), counter.secondsLocked(now)}};
        if (counter.scope == LoginCounter::Scope::Account)
            entry.insert(QStringLiteral("name"), names.value(counter.subject));
        lockouts.append(entry);
    }
    reply.json(200, {{QStringLiteral("lockouts"), lockouts}});
}

void StaffController::clearLockout(const ApiRequest &request, ApiResponder reply)
{
    // {"name":"Ivan"} unlocks an account; {"scope","subject"} any counter of the list.
    const QString name = request.json.value(QStringLiteral("name")).toString().trimmed();
    std::optional<LoginCounter::Scope> scope;
    QString subject;
    if (!name.isEmpty()) {
        const QList<Store::PinRecord> records = m_context.store.pinRecords(name);
        if (records.isEmpty()) {
            reply.error(
                ApiError::notFound(Store::tr("There is no staff member called %1.").arg(name)));
            return;
        }
        scope = LoginCounter::Scope::Account;
        subject = QString::number(records.first().member.id);
    } else {
        scope = LoginCounter::scopeFromName(request.json.value(QStringLiteral("scope")).toString());
        subject = request.json.value(QStringLiteral("subject")).toString();
    }
    if (!scope || subject.isEmpty()) {
        reply.error(ApiError::badRequest(
            tr("expected {\"name\"} or {\"scope\":\"account|address|global\",\"subject\"}")));
        return;
    }
    replyAfterCommit(m_context.store, reply, m_context.store.clearLoginCounter(*scope, subject),
                     [](ApiResponder &reply, bool cleared) {
                         reply.success({{QStringLiteral("cleared"), cleared}});
                     });
}

} // namespace tableside::server
