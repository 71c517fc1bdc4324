#include "storeerror.h"

#include "store.h"

namespace tableside::server {

StoreError StoreError::invalid(const QString &message)
{
    return StoreError {Code::Invalid, message, {}};
}

StoreError StoreError::notFound(const QString &message)
{
    return StoreError {Code::NotFound, message, {}};
}

StoreError StoreError::storage()
{
    return StoreError {Code::Storage,
                       Store::tr("The database could not store the change; nothing was saved."),
                       {}};
}

} // namespace tableside::server
