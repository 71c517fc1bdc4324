#include "channelname.h"

namespace tableside::pusher {

namespace {

// Pusher documents channel names up to 164 characters.
constexpr qsizetype MaximumChannelNameLength = 164;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

} // namespace

ChannelType channelTypeOf(const QString &name)
{
    // "private-encrypted-" first: it also starts with "private-".
    if (name.startsWith(QLatin1String("private-encrypted-")))
        return ChannelType::PrivateEncrypted;
    if (name.startsWith(QLatin1String("private-")))
        return ChannelType::Private;
    if (name.startsWith(QLatin1String("presence-")))
        return ChannelType::Presence;
    return ChannelType::Public;
}

bool isValidChannelName(const QString &name)
{
    if (name.isEmpty() || name.size() > MaximumChannelNameLength)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || isAsciiDigit(c)
            || u == u'_' || u == u'-' || u == u'=' || u == u'@' || u == u',' || u == u'.'
            || u == u';';
        if (!allowed)
            return false;
    }
    return true;
}

bool requiresAuth(ChannelType type)
{
    return type != ChannelType::Public;
}

bool isValidSocketId(const QString &socketId)
{
    // /^\d+\.\d+$/ with ASCII digits only (QChar::isDigit would also accept other scripts).
    const qsizetype dot = socketId.indexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == socketId.size() - 1)
        return false;
    for (qsizetype i = 0; i < socketId.size(); ++i) {
        if (i != dot && !isAsciiDigit(socketId.at(i)))
            return false;
    }
    return true;
}

} // namespace tableside::pusher
