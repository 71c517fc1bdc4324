#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrlQuery>

namespace tableside::pusher {

/// Signs and verifies Pusher HTTP API requests (rest-api.md):
/// auth_signature = hex(HMAC-SHA256(secret, METHOD "\n" PATH "\n" QS)), where QS is every query
/// parameter but auth_signature, keys lower-cased and sorted, "k=v" joined by "&", values
/// percent-decoded and not re-escaped.
class PusherRequestSigner
{
public:
    enum class Verdict {
        Valid,
        MissingParameters, ///< auth_key, auth_timestamp, auth_version or auth_signature missing
        UnknownKey, ///< auth_key is not this app's key
        StaleTimestamp, ///< more than the allowed window away from now
        BodyMismatch, ///< body_md5 missing for a non-empty body, or wrong
        BadSignature,
    };

    static QString bodyMd5(const QByteArray &body);
    /// METHOD "\n" PATH "\n" QS with @p query holding decoded values.
    static QByteArray stringToSign(const QString &method, const QString &path,
                                   const QUrlQuery &query);
    /// Returns @p query plus auth_key, auth_timestamp, auth_version=1.0, body_md5 (when the body
    /// is non-empty) and auth_signature.
    static QUrlQuery sign(const QString &method, const QString &path, QUrlQuery query,
                          const QByteArray &body, const QString &key, const QString &secret,
                          qint64 unixTimestamp);
    static Verdict verify(const QString &method, const QString &path, const QUrlQuery &query,
                          const QByteArray &body, const QString &key, const QString &secret,
                          qint64 nowUnixTimestamp, int allowedSkewSeconds = 600);
    static QString describe(Verdict verdict);
};

} // namespace tableside::pusher
