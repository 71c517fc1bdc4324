#include "pushersignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace tableside::pusher {

QString PusherSignature::hmacSha256Hex(const QByteArray &secret, const QByteArray &message)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256).toHex());
}

QString PusherSignature::channelAuth(const QString &key, const QString &secret,
                                     const QString &socketId, const QString &channel,
                                     const QString &channelData)
{
    // channel_data is signed as the exact text the client sent: never re-serialised here.
    QByteArray message = socketId.toUtf8() + ':' + channel.toUtf8();
    if (!channelData.isEmpty())
        message += ':' + channelData.toUtf8();
    return key + QLatin1Char(':') + hmacSha256Hex(secret.toUtf8(), message);
}

bool PusherSignature::verifyChannelAuth(const QString &auth, const QString &key,
                                        const QString &secret, const QString &socketId,
                                        const QString &channel, const QString &channelData)
{
    const QString expected = channelAuth(key, secret, socketId, channel, channelData);
    return constantTimeEquals(auth.toUtf8(), expected.toUtf8());
}

bool PusherSignature::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The time depends only on the lengths (which are public: a hex digest's length is fixed),
    // never on where the first differing byte is.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace tableside::pusher
