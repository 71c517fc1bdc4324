#include "storeerror.h"

#include "store.h"

namespace tableside::server {

StoreError StoreError::storage()
{
    return StoreError {Code::Storage,
                       Store::tr("The database could not store the change; nothing was saved."),
                       {}};
}

} // namespace tableside::server
