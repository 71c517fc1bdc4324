#pragma once

#include <QString>

namespace tableside::server {

/// Every error code the server answers with (REST API, guest routes, Pusher HTTP API, the
/// connection guard) and the one HTTP status that goes with it: a code never changes status.
class ErrorCatalogue
{
public:
    enum class Code {
        // 400
        InvalidRequest, ///< invalid_request: a field is missing or wrong
        InvalidJson, ///< invalid_json: the body is not a JSON object
        InvalidSocketId, ///< invalid_socket_id (Pusher auth)
        InvalidChannel, ///< invalid_channel (Pusher auth)
        BadRequest, ///< bad_request: malformed HTTP (connection guard)
        // 401, 403, 404, 405, 408, 410, 413, 415
        Unauthorized, ///< unauthorized: no or bad staff token / request signature
        InvalidPin, ///< invalid_pin
        Forbidden, ///< forbidden: the role may not do this
        ChannelNotAuthorizable, ///< channel_not_authorizable (Pusher auth)
        UnknownSocket, ///< unknown_socket (Pusher auth)
        TlsRequired, ///< tls_required: a staff route on the plain port (names the https URL)
        TableLinkRequired, ///< table_link_required: a guest write without its table's session
        TableLinkInvalid, ///< table_link_invalid: a forged, rotated or other table's link
        NotFound, ///< not_found
        UnknownApp, ///< unknown_app (Pusher HTTP API)
        MethodNotAllowed, ///< method_not_allowed (with Allow)
        RequestTimeout, ///< request_timeout (connection guard)
        Gone, ///< gone: events no longer in the log
        PayloadTooLarge, ///< payload_too_large
        UnsupportedMediaType, ///< unsupported_media_type: a JSON route without application/json
        // 409, 422
        InvalidTransition, ///< invalid_transition
        AlreadyAcknowledged, ///< already_acknowledged
        AlreadyCompleted, ///< already_completed
        UnknownTable, ///< unknown_table
        TableInactive, ///< table_inactive
        UnknownProduct, ///< unknown_product
        ProductUnavailable, ///< product_unavailable
        IdempotencyKeyReused, ///< idempotency_key_reused
        InvalidImage, ///< invalid_image: an upload that is not a readable image (422)
        LastManager, ///< last_manager (409): the last active manager stays one
        DuplicateTable, ///< duplicate_table (409)
        TableInUse, ///< table_in_use (409): orders today or an open call
        ServicePaused, ///< service_paused (423): guest ordering / waiter calls switched off
        TabEmpty, ///< tab_empty (409): the bill: nothing left to pay on that table
        AlreadyPaid, ///< already_paid (409): an item or quantity is paid already
        SplitConflict, ///< split_conflict (409): parts differs from the open split's
        SplitInProgress, ///< split_in_progress (409): not while an equal split is open
        AlreadyVoided, ///< already_voided (409): the payment was voided before
        PaymentInvalid, ///< payment_invalid (422): too little tendered, item not on the tab
        // 426, 429, 431, 503
        UpgradeRequired, ///< upgrade_required: /app/{key} is WebSocket only
        RateLimited, ///< rate_limited (with Retry-After)
        TooManyAttempts, ///< too_many_attempts: wrong PINs (with Retry-After)
        HeadersTooLarge, ///< headers_too_large (connection guard)
        StorageUnavailable, ///< storage_unavailable (with Retry-After)
        TooManyConnections, ///< too_many_connections (connection guard)
    };

    /// The code as it appears in the body's "error" field, e.g. "rate_limited".
    static QString name(Code code);
    /// The HTTP status answered with @p code.
    static int status(Code code);
};

} // namespace tableside::server
