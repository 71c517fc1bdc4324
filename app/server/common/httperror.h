#pragma once

#include "errorcatalogue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace tableside::server {

/// One error answer of the server and the one place its body is built: the status and code
/// from the ErrorCatalogue, a message for people, extra fields (the current state on a
/// conflict, retryAfter) and headers (Allow, Retry-After, WWW-Authenticate). REST, guest routes
/// and the Pusher HTTP API all answer errors through it, so the body is the same everywhere.
struct HttpError
{
    using Code = ErrorCatalogue::Code;
    using Header = QPair<QByteArray, QByteArray>;

    HttpError() = default;
    HttpError(Code code, QString message, QJsonObject extra = {}, QList<Header> headers = {});

    /// 429 @p code with "retryAfter" in the body and a Retry-After header (at least 1 s).
    static HttpError tooManyRequests(Code code, const QString &message, int retryAfterSeconds);

    /// {"error": code, "message": message, ...extra}
    QJsonObject toJson() const;
    /// toJson() as compact JSON: the bytes on the wire.
    QByteArray body() const;

    int status = 500;
    QString code;
    QString message;
    QJsonObject extra;
    QList<Header> headers;
};

} // namespace tableside::server
