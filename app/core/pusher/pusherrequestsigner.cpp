#include "pusherrequestsigner.h"

#include "pushersignature.h"

#include <QCryptographicHash>

#include <algorithm>

namespace tableside::pusher {

namespace {

const QString AuthKey = QStringLiteral("auth_key");
const QString AuthTimestamp = QStringLiteral("auth_timestamp");
const QString AuthVersion = QStringLiteral("auth_version");
const QString AuthSignature = QStringLiteral("auth_signature");
const QString BodyMd5 = QStringLiteral("body_md5");

// The value of the first item whose lower-cased key is @p key (percent-decoded);
// std::nullopt when absent.
std::optional<QString> decodedValue(const QUrlQuery &query, const QString &key)
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first.toLower() == key)
            return item.second;
    }
    return std::nullopt;
}

} // namespace

QString PusherRequestSigner::bodyMd5(const QByteArray &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex());
}

QByteArray PusherRequestSigner::stringToSign(const QString &method, const QString &path,
                                             const QUrlQuery &query)
{
    // Values are signed decoded: pusher-http-node sends them raw, other libraries
    // percent-encode, and both must verify the same.
    QList<QPair<QString, QString>> items;
    const auto decoded = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : decoded) {
        const QString key = item.first.toLower();
        if (key != AuthSignature)
            items.append({key, item.second});
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList pairs;
    pairs.reserve(items.size());
    for (const auto &item : std::as_const(items))
        pairs.append(item.first + QLatin1Char('=') + item.second);
    return method.toUpper().toUtf8() + '\n' + path.toUtf8() + '\n'
        + pairs.join(QLatin1Char('&')).toUtf8();
}

QUrlQuery PusherRequestSigner::sign(const QString &method, const QString &path, QUrlQuery query,
                                    const QByteArray &body, const QString &key,
                                    const QString &secret, qint64 unixTimestamp)
{
    query.addQueryItem(AuthKey, key);
    query.addQueryItem(AuthTimestamp, QString::number(unixTimestamp));
    query.addQueryItem(AuthVersion, QStringLiteral("1.0"));
    if (!body.isEmpty())
        query.addQueryItem(BodyMd5, bodyMd5(body));
    query.addQueryItem(
        AuthSignature,
        PusherSignature::hmacSha256Hex(secret.toUtf8(), stringToSign(method, path, query)));
    return query;
}

PusherRequestSigner::Verdict
PusherRequestSigner::verify(const QString &method, const QString &path, const QUrlQuery &query,
                            const QByteArray &body, const QString &key, const QString &secret,
                            qint64 nowUnixTimestamp, int allowedSkewSeconds)
{
    const std::optional<QString> givenKey = decodedValue(query, AuthKey);
    const std::optional<QString> givenTimestamp = decodedValue(query, AuthTimestamp);
    const std::optional<QString> givenVersion = decodedValue(query, AuthVersion);
    const std::optional<QString> givenSignature = decodedValue(query, AuthSignature);
    if (!givenKey || !givenTimestamp || !givenVersion || !givenSignature)
        return Verdict::MissingParameters;
    if (*givenKey != key)
        return Verdict::UnknownKey;
    bool timestampOk = false;
    const qint64 timestamp = givenTimestamp->toLongLong(&timestampOk);
    // A request outside the window is refused even when correctly signed: it may be a replay.
    if (!timestampOk || timestamp < nowUnixTimestamp - allowedSkewSeconds
        || timestamp > nowUnixTimestamp + allowedSkewSeconds) {
        return Verdict::StaleTimestamp;
    }
    const std::optional<QString> givenBodyMd5 = decodedValue(query, BodyMd5);
    if (!body.isEmpty() && !givenBodyMd5)
        return Verdict::BodyMismatch;
    if (givenBodyMd5
        && !PusherSignature::constantTimeEquals(givenBodyMd5->toLower().toLatin1(),
                                                bodyMd5(body).toLatin1())) {
        return Verdict::BodyMismatch;
    }
    const QString expected
        = PusherSignature::hmacSha256Hex(secret.toUtf8(), stringToSign(method, path, query));
    if (!PusherSignature::constantTimeEquals(givenSignature->toLower().toLatin1(),
                                             expected.toLatin1())) {
        return Verdict::BadSignature;
    }
    return Verdict::Valid;
}

QString PusherRequestSigner::describe(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::MissingParameters:
        return QStringLiteral("auth_key, auth_timestamp, auth_version and auth_signature are "
                              "required");
    case Verdict::UnknownKey:
        return QStringLiteral("unknown auth_key");
    case Verdict::StaleTimestamp:
        return QStringLiteral("auth_timestamp is not within 600 seconds of the server time");
    case Verdict::BodyMismatch:
        return QStringLiteral("body_md5 is missing or does not match the body");
    case Verdict::BadSignature:
        return QStringLiteral("invalid auth_signature");
    }
    return {};
}

} // namespace tableside::pusher
