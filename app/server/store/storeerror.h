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
        TabEmpty, ///< the bill: nothing left to pay on that table
        AlreadyPaid, ///< the bill: an item or quantity asked for is paid already
        SplitConflict, ///< the bill: parts differs from the open split's
        SplitInProgress, ///< the bill: not while an equal split is open
        AlreadyVoided, ///< the bill: the payment was voided before
        PaymentInvalid, ///< the bill: tendered too little, an item not on the tab …
        LastManager, ///< the venue's last active manager cannot be removed or demoted
        DuplicateTable, ///< a table with that number exists
        TableInUse, ///< a table with orders today or an open call cannot be removed
        ServicePaused, ///< guest ordering or waiter calls switched off by a manager
        Storage, ///< SQLite failed; nothing was stored
    };

    /// SQLite failed: "nothing was saved".
    static StoreError storage();
    /// A request the rules refuse (Code::Invalid), saying why in @p message.
    static StoreError invalid(const QString &message);
    /// What the request names does not exist (Code::NotFound).
    static StoreError notFound(const QString &message);

    Code code = Code::Storage;
    QString message;
    QJsonObject current; ///< {"order": {...}} or {"call": {...}} for conflicts
};

} // namespace tableside::server
