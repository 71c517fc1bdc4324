#pragma once

#include "channelregistry.h"
#include "fanoutsender.h"
#include "realtimesettings.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace tableside::server {

class PusherConnection;

/// The client → server half of Pusher protocol 7: ping/pong, subscribe (with private and
/// presence auth), unsubscribe and client events, plus fan-out of frames to a channel's
/// subscribers.
class PusherProtocolHandler
{
public:
    PusherProtocolHandler(const RealtimeSettings &settings, ChannelRegistry &channels);

    /// Handles one text message from @p connection at @p nowMs (monotonic clock).
    void handleMessage(PusherConnection &connection, const QByteArray &message, qint64 nowMs);
    /// Unsubscribes a closing connection from everything (presence: member_removed to others).
    void dropConnection(PusherConnection &connection);

    /// Sends @p json (an encoded Frame) to every subscriber of @p channel except @p except;
    /// the WebSocket frame is built once. Returns the number of sockets written to.
    int broadcast(const QString &channel, const QByteArray &json,
                  const PusherConnection *except = nullptr);

private:
    void subscribe(PusherConnection &connection, const QString &channel, const QString &auth,
                   const QString &channelData, qint64 nowMs);
    void unsubscribe(PusherConnection &connection, const QString &channel);
    void clientEvent(PusherConnection &connection, const QString &event, const QString &channel,
                     const QString &data, qint64 nowMs);
    void refuseSubscription(PusherConnection &connection, const QString &channel,
                            const QString &type, const QString &error, int status);
    /// pusher:error 4301 at most once per second per connection (no amplification of floods).
    void rateLimited(PusherConnection &connection, const QString &message, qint64 nowMs);
    /// Closes a subscriber with 4100 when more than the configured cap waits unsent for it.
    void closeIfNotReading(PusherConnection &subscriber, qint64 queuedBytes);

    const RealtimeSettings &m_settings;
    ChannelRegistry &m_channels;
    FanOutSender m_sender;
    // Reused between broadcasts so a fan-out allocates nothing.
    std::vector<PusherConnection *> m_directTargets;
    std::vector<std::intptr_t> m_directDescriptors;
    std::vector<int> m_directSent;
};

} // namespace tableside::server
