#pragma once

#include "apicontext.h"
#include "deviceregistry.h"
#include "escalationscheduler.h"
#include "servicecontroller.h"

#include <QObject>

namespace tableside::server {

class ApiRouter;
class Metrics;

/// Issue 18 wired into a server in one piece: the device registry (fed by the store's committed
/// events), the escalation scheduler, their routes and their /metrics lines.
class ServiceHealth : public QObject
{
    Q_OBJECT
public:
    ServiceHealth(ApiContext context, ApiRouter &router, Metrics &metrics,
                  QObject *parent = nullptr);

    DeviceRegistry &devices() { return m_devices; }
    EscalationScheduler &escalation() { return m_escalation; }

private:
    DeviceRegistry m_devices;
    EscalationScheduler m_escalation;
    ServiceController m_controller;
};

} // namespace tableside::server
