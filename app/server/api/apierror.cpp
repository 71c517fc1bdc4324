#include "apierror.h"

#include <QCoreApplication>

namespace tableside::server {

HttpError ApiError::fromStoreError(const StoreError &error)
{
    using Code = HttpError::Code;
    Code code = Code::InvalidRequest;
    switch (error.code) {
    case StoreError::Code::NotFound:
        code = Code::NotFound;
        break;
    case StoreError::Code::UnknownTable:
        code = Code::UnknownTable;
        break;
    case StoreError::Code::TableInactive:
        code = Code::TableInactive;
        break;
    case StoreError::Code::UnknownProduct:
        code = Code::UnknownProduct;
        break;
    case StoreError::Code::ProductUnavailable:
        code = Code::ProductUnavailable;
        break;
    case StoreError::Code::InvalidTransition:
        code = Code::InvalidTransition;
        break;
    case StoreError::Code::AlreadyAcknowledged:
        code = Code::AlreadyAcknowledged;
        break;
    case StoreError::Code::AlreadyCompleted:
        code = Code::AlreadyCompleted;
        break;
    case StoreError::Code::Forbidden:
        code = Code::Forbidden;
        break;
    case StoreError::Code::IdempotencyKeyReused:
        code = Code::IdempotencyKeyReused;
        break;
    case StoreError::Code::Invalid:
        code = Code::InvalidRequest;
        break;
    case StoreError::Code::LastManager:
        code = Code::LastManager;
        break;
    case StoreError::Code::DuplicateTable:
        code = Code::DuplicateTable;
        break;
    case StoreError::Code::TableInUse:
        code = Code::TableInUse;
        break;
    case StoreError::Code::ServicePaused:
        code = Code::ServicePaused;
        break;
    case StoreError::Code::TabEmpty:
        code = Code::TabEmpty;
        break;
    case StoreError::Code::AlreadyPaid:
        code = Code::AlreadyPaid;
        break;
    case StoreError::Code::SplitConflict:
        code = Code::SplitConflict;
        break;
    case StoreError::Code::SplitInProgress:
        code = Code::SplitInProgress;
        break;
    case StoreError::Code::AlreadyVoided:
        code = Code::AlreadyVoided;
        break;
    case StoreError::Code::PaymentInvalid:
        code = Code::PaymentInvalid;
        break;
    case StoreError::Code::Storage:
        return {Code::StorageUnavailable, error.message, error.current, {{"Retry-After", "1"}}};
    }
    return {code, error.message, error.current};
}

HttpError ApiError::badRequest(const QString &message)
{
    return {HttpError::Code::InvalidRequest, message};
}

HttpError ApiError::invalidJson(const QString &message)
{
    return {HttpError::Code::InvalidJson, message};
}

HttpError ApiError::unauthorized()
{
    return {
        HttpError::Code::Unauthorized,
        QCoreApplication::translate("ApiError", "Log in first: a valid Bearer token is needed."),
        {},
        {{"WWW-Authenticate", "Bearer"}}};
}

HttpError ApiError::forbidden(const QString &message)
{
    return {HttpError::Code::Forbidden, message};
}

HttpError ApiError::notFound(const QString &message)
{
    return {HttpError::Code::NotFound, message};
}

HttpError ApiError::storageUnavailable()
{
    return fromStoreError({StoreError::Code::Storage,
                           QCoreApplication::translate("ApiError",
                                                       "The database could not store the change; "
                                                       "nothing was saved. Try again."),
                           {}});
}

} // namespace tableside::server
