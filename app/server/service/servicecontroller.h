#pragma once

#include "apicontext.h"

#include <QObject>

namespace tableside::server {

class ApiRouter;
class DeviceRegistry;
struct ApiRequest;
class ApiResponder;

/// The service routes of issue 18: device heartbeats and GET /api/devices, waiter–table
/// assignments, and the response figures (time to acknowledge calls today).
class ServiceController : public QObject
{
    Q_OBJECT
public:
    ServiceController(ApiContext context, DeviceRegistry &devices, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

private:
    void heartbeat(const ApiRequest &request, ApiResponder reply);
    void assign(const ApiRequest &request, ApiResponder reply);
    QJsonObject assignmentsJson() const;

    ApiContext m_context;
    DeviceRegistry &m_devices;
};

} // namespace tableside::server
