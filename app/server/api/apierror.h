#pragma once

#include "storeerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace tableside::server {

/// An HTTP error answer: status, machine-readable code, human message, extra fields (the
/// current state on a conflict) and headers (Allow, Retry-After, WWW-Authenticate). The one
/// place where domain errors become HTTP statuses is fromStoreError().
struct ApiError
{
    int status = 500;
    QString code;
    QString message;
    QJsonObject extra;
    QList<QPair<QByteArray, QByteArray>> headers;

    /// {"error": code, "message": message, ...extra}
    QJsonObject toJson() const;

    static ApiError fromStoreError(const StoreError &error);

    static ApiError badRequest(const QString &message); ///< 400 invalid_request
    static ApiError invalidJson(const QString &message); ///< 400 invalid_json
    static ApiError unauthorized(); ///< 401 unauthorized
    static ApiError forbidden(const QString &message); ///< 403 forbidden
    static ApiError notFound(const QString &message); ///< 404 not_found
    static ApiError tooManyRequests(const QString &code, const QString &message,
                                    int retryAfterSeconds); ///< 429 with Retry-After
    static ApiError storageUnavailable(); ///< 503 storage_unavailable
};

} // namespace tableside::server
