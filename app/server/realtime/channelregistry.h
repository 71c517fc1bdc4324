#pragma once

#include "presencemembers.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

namespace tableside::server {

class PusherConnection;

/// Which connections are subscribed to which channel, and the members of presence channels.
/// Subscribers are kept in a flat vector: a broadcast walks it once with the same frame bytes.
class ChannelRegistry
{
public:
    ChannelRegistry();
    ~ChannelRegistry();

    void subscribe(const QString &channel, PusherConnection *connection);
    void unsubscribe(const QString &channel, PusherConnection *connection);

    /// Subscribers of @p channel (empty when nobody is subscribed).
    const QVector<PusherConnection *> &subscribers(const QString &channel) const;
    int subscriptionCount(const QString &channel) const;
    bool isOccupied(const QString &channel) const { return subscriptionCount(channel) > 0; }
    /// Occupied channels whose name starts with @p prefix (all when empty), sorted.
    QStringList occupiedChannels(const QString &prefix = {}) const;

    /// The members of a presence channel; created on first use, dropped with the channel.
    PresenceMembers &presence(const QString &channel);
    const PresenceMembers *findPresence(const QString &channel) const;

private:
    struct Channel
    {
        QVector<PusherConnection *> subscribers;
        std::unique_ptr<PresenceMembers> presence;
    };
    QHash<QString, std::shared_ptr<Channel>> m_channels;
};

} // namespace tableside::server
