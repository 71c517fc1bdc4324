#pragma once

#include "apicontext.h"

#include <QObject>

namespace tableside::server {

class ApiRouter;

/// GET /api/events?after=SEQ&limit=N: the staff channel's durable log, for a dashboard that
/// missed events (410 when it missed more than the log keeps: resync from /api/staff/state).
class EventsController : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxLimit = 1000;

    explicit EventsController(ApiContext context, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

private:
    ApiContext m_context;
};

} // namespace tableside::server
