#pragma once

#include <QJsonObject>
#include <QString>

namespace tableside::server {

/// Why the store refused a change: a domain reason the API maps to an HTTP status in one place
/// (ApiError::fromStoreError). @c current carries the object's state for conflicts.
struct StoreError
{
    enum class Code {
        NotFound, ///< no such order / call / product / staff member
        UnknownTable, ///< table number not configured
        TableInactive, ///< table switched off
        UnknownProduct, ///< no such product, or hidden
        ProductUnavailable, ///< sold out ("86")
        InvalidTransition, ///< not allowed by StatusTransitions
        AlreadyAcknowledged, ///< another staff member took the call first
        AlreadyCompleted, ///< the call is closed
        Forbidden, ///< the role may not do this
        IdempotencyKeyReused, ///< same key, different request
        Invalid, ///< bad input the API layer could not catch (e.g. duplicate PIN)
        Storage, ///< SQLite failed; nothing was stored
    };

    /// SQLite failed: "nothing was saved".
    static StoreError storage();

    Code code = Code::Storage;
    QString message;
    QJsonObject current; ///< {"order": {...}} or {"call": {...}} for conflicts
};

} // namespace tableside::server
