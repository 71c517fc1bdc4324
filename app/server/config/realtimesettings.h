#pragma once

#include <QString>

namespace tableside::server {

/// Everything the Pusher Channels side of the server is configured with.
struct RealtimeSettings
{
    QString appId; ///< Pusher app_id (HTTP API path /apps/{app_id}/…)
    QString key; ///< Pusher app key (WebSocket path /app/{key})
    QString secret; ///< HMAC secret for channel auth and HTTP API signatures
    /// "private-staff-channel" by default; "staff-channel" with --public-staff-channel.
    QString staffChannel = QStringLiteral("private-staff-channel");
    /// Dashboards join it so each can show who is on shift (user_id = staff id, user_info =
    /// {name, role}); announced to them in the login's "realtime" object.
    QString presenceChannel = QStringLiteral("presence-staff");
    bool clientEventsEnabled = false;
    int activityTimeoutSeconds
        = 30; ///< advertised in connection_established; server pings after it
    int pongTimeoutSeconds = 15; ///< no frame within this after our ping → close 4201
    int handshakeTimeoutSeconds = 10;
    int maxMessageBytes = 16 * 1024;
    int maxConnections = 2000;
    int maxConnectionsPerAddress = 200;
    int maxChannelsPerConnection = 100;
    int maxMessagesPerSecond = 20; ///< per connection, all client→server frames
    int maxClientEventsPerSecond = 10; ///< per connection (Pusher's limit)
    int maxEventDataBytes = 10 * 1024; ///< HTTP API trigger data (413 above)
    // Added by the realtime server (not in the first header):
    int maxSubscriptionsPerSecond = 50; ///< per connection, pusher:subscribe frames
    int maxPresenceMembers = 100; ///< per presence channel (Pusher's limit)
    int maxUserInfoBytes = 1024; ///< presence user_info JSON (Pusher's limit)
    int maxHttpBodyBytes = 256 * 1024; ///< HTTP API and /pusher/auth request bodies (413 above)
    /// A subscriber that lets more than this pile up unsent (it stopped reading) is closed with
    /// 4100, so one stuck device cannot make the server's memory grow.
    int maxQueuedBytesPerConnection = 1024 * 1024;
    /// Threads that share a broadcast's send() calls, the event loop's included; 0 = one per
    /// CPU core (at most 4), 1 = the event loop alone.
    int fanOutThreads = 0;
};

} // namespace tableside::server
