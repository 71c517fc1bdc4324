#include "apierror.h"

#include <QCoreApplication>

namespace tableside::server {

QJsonObject ApiError::toJson() const
{
    QJsonObject json = extra;
    json.insert(QStringLiteral("error"), code);
    json.insert(QStringLiteral("message"), message);
    return json;
}

ApiError ApiError::fromStoreError(const StoreError &error)
{
    using Code = StoreError::Code;
    ApiError api;
    api.message = error.message;
    api.extra = error.current;
    switch (error.code) {
    case Code::NotFound:
        api.status = 404;
        api.code = QStringLiteral("not_found");
        break;
    case Code::UnknownTable:
        api.status = 422;
        api.code = QStringLiteral("unknown_table");
        break;
    case Code::TableInactive:
        api.status = 422;
        api.code = QStringLiteral("table_inactive");
        break;
    case Code::UnknownProduct:
        api.status = 422;
        api.code = QStringLiteral("unknown_product");
        break;
    case Code::ProductUnavailable:
        api.status = 422;
        api.code = QStringLiteral("product_unavailable");
        break;
    case Code::InvalidTransition:
        api.status = 409;
        api.code = QStringLiteral("invalid_transition");
        break;
    case Code::AlreadyAcknowledged:
        api.status = 409;
        api.code = QStringLiteral("already_acknowledged");
        break;
    case Code::AlreadyCompleted:
        api.status = 409;
        api.code = QStringLiteral("already_completed");
        break;
    case Code::Forbidden:
        api.status = 403;
        api.code = QStringLiteral("forbidden");
        break;
    case Code::IdempotencyKeyReused:
        api.status = 422;
        api.code = QStringLiteral("idempotency_key_reused");
        break;
    case Code::Invalid:
        api.status = 400;
        api.code = QStringLiteral("invalid_request");
        break;
    case Code::Storage:
        api.status = 503;
        api.code = QStringLiteral("storage_unavailable");
        api.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        break;
    }
    return api;
}

ApiError ApiError::badRequest(const QString &message)
{
    return {400, QStringLiteral("invalid_request"), message, {}, {}};
}

ApiError ApiError::invalidJson(const QString &message)
{
    return {400, QStringLiteral("invalid_json"), message, {}, {}};
}

ApiError ApiError::unauthorized()
{
    return {
        401,
        QStringLiteral("unauthorized"),
        QCoreApplication::translate("ApiError", "Log in first: a valid Bearer token is needed."),
        {},
        {{"WWW-Authenticate", "Bearer"}}};
}

ApiError ApiError::forbidden(const QString &message)
{
    return {403, QStringLiteral("forbidden"), message, {}, {}};
}

ApiError ApiError::notFound(const QString &message)
{
    return {404, QStringLiteral("not_found"), message, {}, {}};
}

ApiError ApiError::tooManyRequests(const QString &code, const QString &message,
                                   int retryAfterSeconds)
{
    return {429,
            code,
            message,
            {{QStringLiteral("retryAfter"), std::max(1, retryAfterSeconds)}},
            {{"Retry-After", QByteArray::number(std::max(1, retryAfterSeconds))}}};
}

ApiError ApiError::storageUnavailable()
{
    return fromStoreError({StoreError::Code::Storage,
                           QCoreApplication::translate("ApiError",
                                                       "The database could not store the change; "
                                                       "nothing was saved. Try again."),
                           {}});
}

} // namespace tableside::server
