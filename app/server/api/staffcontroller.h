#pragma once

#include "apicontext.h"

#include <QJsonObject>
#include <QObject>

namespace tableside::server {

class ApiRouter;
struct ApiRequest;
class ApiResponder;

/// Staff sessions and the dashboard's sync: POST /api/staff/login (PIN, lockout per address),
/// POST /api/staff/logout, GET /api/staff/realtime and GET /api/staff/state.
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
    ApiContext m_context;
};

} // namespace tableside::server
