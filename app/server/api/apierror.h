#pragma once

#include "httperror.h"
#include "storeerror.h"

#include <QString>

namespace tableside::server {

/// The REST API's errors, as HttpError (the one error body and catalogue): the one place where
/// domain errors become HTTP statuses (fromStoreError), and the errors any route may answer.
class ApiError
{
public:
    static HttpError fromStoreError(const StoreError &error);

    static HttpError badRequest(const QString &message); ///< 400 invalid_request
    static HttpError invalidJson(const QString &message); ///< 400 invalid_json
    static HttpError unauthorized(); ///< 401 unauthorized, WWW-Authenticate: Bearer
    static HttpError forbidden(const QString &message); ///< 403 forbidden
    static HttpError notFound(const QString &message); ///< 404 not_found
    static HttpError storageUnavailable(); ///< 503 storage_unavailable, Retry-After: 1
};

} // namespace tableside::server
