#include "httperror.h"

#include <QJsonDocument>

#include <algorithm>

namespace tableside::server {

HttpError::HttpError(Code code, QString message, QJsonObject extra, QList<Header> headers)
    : status(ErrorCatalogue::status(code))
    , code(ErrorCatalogue::name(code))
    , message(std::move(message))
    , extra(std::move(extra))
    , headers(std::move(headers))
{ }

HttpError HttpError::tooManyRequests(Code code, const QString &message, int retryAfterSeconds)
{
    const int seconds = std::max(1, retryAfterSeconds);
    return {code,
            message,
            {{QStringLiteral("retryAfter"), seconds}},
            {{"Retry-After", QByteArray::number(seconds)}}};
}

QJsonObject HttpError::toJson() const
{
    QJsonObject json = extra;
    json.insert(QStringLiteral("error"), code);
    json.insert(QStringLiteral("message"), message);
    return json;
}

QByteArray HttpError::body() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

} // namespace tableside::server
