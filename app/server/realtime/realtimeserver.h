#pragma once

#include "realtimesettings.h"
#include "staffevent.h"
#include "staffmember.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QHttpServer;

namespace tableside::server {

/// The Pusher Channels protocol 7 server inside tableside-server: WebSocket connections on
/// /app/{key}, channel auth on /pusher/auth, the HTTP API on /apps/{app_id}/…, and the staff
/// channel on which every committed store event is broadcast in seq order.
class RealtimeServer : public QObject
{
    Q_OBJECT
public:
    /// Resolves a staff Bearer token (for /pusher/auth); nullopt = not a valid session.
    using StaffAuthenticator
        = std::function<std::optional<tableside::StaffMember>(const QString &bearerToken)>;

    RealtimeServer(RealtimeSettings settings, StaffAuthenticator authenticator,
                   QObject *parent = nullptr);
    ~RealtimeServer() override;

    /// Registers the routes on @p http and takes its WebSocket connections. Call before listen().
    void attach(QHttpServer &http);

    const RealtimeSettings &settings() const;
    int connectionCount() const;
    /// Connections subscribed to @p channel (for tests, diagnostics and the HTTP API).
    int subscriptionCount(const QString &channel) const;
    /// The seq of the last staff event broadcast (0 = none yet).
    qint64 lastPublishedSeq() const;

public slots:
    /// Broadcasts a committed event on the staff channel (call only after commit, in seq order).
    void publishStaffEvent(const tableside::StaffEvent &event);
    /// Sessions of staff member @p staffId ended (removed, or a new PIN): closes, with 4009,
    /// every socket whose channels were signed for them with a token that is no longer theirs.
    /// Returns how many it closed.
    int endStaffSessions(qint64 staffId);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tableside::server
