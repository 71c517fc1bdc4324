#pragma once

#include "apicontext.h"
#include "loginthrottle.h"
#include "pinverifier.h"

#include <QJsonObject>
#include <QObject>

namespace tableside::server {

class ApiRouter;
struct ApiRequest;
class ApiResponder;

/// Staff sessions and the dashboard's sync: POST /api/staff/login (PIN, optionally bound to a
/// name; lockouts per address, account and server; PBKDF2 off the event loop), POST
/// /api/staff/logout, POST /api/staff/pin (change one's own), GET /api/staff/lockouts and POST
/// /api/staff/lockouts/clear (managers), GET /api/staff/realtime and GET /api/staff/state.
class StaffController : public QObject
{
    Q_OBJECT
public:
    explicit StaffController(ApiContext context, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

    /// {"appKey","channel","presenceChannel","authEndpoint":"/pusher/auth"}: how a dashboard
    /// joins the staff channel and the on-shift presence channel.
    QJsonObject realtimeJson() const;

private:
    void login(const ApiRequest &request, ApiResponder reply);
    void finishLogin(const LoginThrottle::Attempt &attempt, const QString &pin,
                     const std::optional<Store::PinRecord> &match, ApiResponder reply);
    void changePin(const ApiRequest &request, ApiResponder reply);
    void listLockouts(ApiResponder reply);
    void clearLockout(const ApiRequest &request, ApiResponder reply);
    /// Answers 429 for @p refusal; false when there is none.
    bool refuse(const std::optional<LoginThrottle::Refusal> &refusal, ApiResponder &reply);
    /// Answers 401 invalid_pin once the wrong PIN is counted (after the commit).
    void answerWrongPin(const LoginThrottle::Attempt &attempt, ApiResponder reply);

    ApiContext m_context;
    PinVerifier m_verifier;
};

} // namespace tableside::server
