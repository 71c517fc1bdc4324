#include "channelregistry.h"

#include <algorithm>

namespace tableside::server {

ChannelRegistry::ChannelRegistry() = default;
ChannelRegistry::~ChannelRegistry() = default;

void ChannelRegistry::subscribe(const QString &channel, PusherConnection *connection)
{
    auto &entry = m_channels[channel];
    if (!entry)
        entry = std::make_shared<Channel>();
    entry->subscribers.append(connection);
}

void ChannelRegistry::unsubscribe(const QString &channel, PusherConnection *connection)
{
    auto it = m_channels.find(channel);
    if (it == m_channels.end())
        return;
    auto &subscribers = (*it)->subscribers;
    const auto found = std::find(subscribers.begin(), subscribers.end(), connection);
    if (found != subscribers.end()) {
        // Order among subscribers does not matter: swap with the last for O(1) removal.
        std::iter_swap(found, subscribers.end() - 1);
        subscribers.removeLast();
    }
    if (subscribers.isEmpty())
        m_channels.erase(it);
}

const QVector<PusherConnection *> &ChannelRegistry::subscribers(const QString &channel) const
{
    static const QVector<PusherConnection *> none;
    const auto it = m_channels.constFind(channel);
    return it == m_channels.cend() ? none : (*it)->subscribers;
}

int ChannelRegistry::subscriptionCount(const QString &channel) const
{
    return int(subscribers(channel).size());
}

QStringList ChannelRegistry::occupiedChannels(const QString &prefix) const
{
    QStringList names;
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it)
        if (!(*it)->subscribers.isEmpty() && it.key().startsWith(prefix))
            names.append(it.key());
    names.sort();
    return names;
}

PresenceMembers &ChannelRegistry::presence(const QString &channel)
{
    auto &entry = m_channels[channel];
    if (!entry)
        entry = std::make_shared<Channel>();
    if (!entry->presence)
        entry->presence = std::make_unique<PresenceMembers>();
    return *entry->presence;
}

const PresenceMembers *ChannelRegistry::findPresence(const QString &channel) const
{
    const auto it = m_channels.constFind(channel);
    return it == m_channels.cend() ? nullptr : (*it)->presence.get();
}

} // namespace tableside::server
