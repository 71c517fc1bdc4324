#pragma once

#include "apierror.h"
#include "apiresponder.h"
#include "store.h"

namespace tableside::server {

/// Answers a store write once its batch is committed: @p onSuccess with the value, the mapped
/// ApiError for a refusal, 503 when the commit failed. Refusals wait too, since they may be
/// based on another request's change in the same batch, which is not durable before then.
template<typename T, typename OnSuccess>
void replyAfterCommit(Store &store, ApiResponder reply, StoreOutcome<T> outcome,
                      OnSuccess onSuccess)
{
    store.whenCommitted(reply.context(),
                        [reply, outcome = std::move(outcome),
                         onSuccess = std::move(onSuccess)](bool committed) mutable {
                            if (!committed)
                                reply.error(ApiError::storageUnavailable());
                            else if (!outcome.ok())
                                reply.error(ApiError::fromStoreError(outcome.error()));
                            else
                                onSuccess(reply, outcome.value());
                        });
}

/// The onSuccess of a write that answers 200 {"success":true,"<key>": value.toJson()}.
inline auto successWith(QString key)
{
    return [key = std::move(key)](ApiResponder &reply, const auto &value) {
        reply.success({{key, value.toJson()}});
    };
}

} // namespace tableside::server
