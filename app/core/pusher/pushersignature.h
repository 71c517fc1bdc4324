#pragma once

#include <QByteArray>
#include <QString>

namespace tableside::pusher {

/// Channel authorization signatures (auth-signatures.md):
/// auth = key ":" hex(HMAC-SHA256(secret, socket_id ":" channel [":" channel_data])).
class PusherSignature
{
public:
    static QString hmacSha256Hex(const QByteArray &secret, const QByteArray &message);
    /// "key:signature". @p channelData is the exact JSON text (presence only; empty otherwise).
    static QString channelAuth(const QString &key, const QString &secret, const QString &socketId,
                               const QString &channel, const QString &channelData = {});
    /// Constant-time check of a client's "key:signature" string.
    static bool verifyChannelAuth(const QString &auth, const QString &key, const QString &secret,
                                  const QString &socketId, const QString &channel,
                                  const QString &channelData = {});
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace tableside::pusher
