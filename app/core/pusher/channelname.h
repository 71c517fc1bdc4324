#pragma once

#include <QString>

namespace tableside::pusher {

/// What kind of channel a name denotes, from its prefix.
enum class ChannelType { Public, Private, Presence, PrivateEncrypted };

ChannelType channelTypeOf(const QString &name);
/// Pusher's rule: [A-Za-z0-9_\-=@,.;] only, 1–164 characters.
bool isValidChannelName(const QString &name);
/// Private, presence and private-encrypted channels need an auth signature.
bool requiresAuth(ChannelType type);
/// `<digits>.<digits>`, as pusher-http-node's validateSocketId requires.
bool isValidSocketId(const QString &socketId);

} // namespace tableside::pusher
