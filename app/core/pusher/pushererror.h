#pragma once

#include <QString>

namespace tableside::pusher {

/// Pusher protocol error / close codes (4000–4299 and 4301), as in the protocol spec.
enum class ErrorCode : int {
    ApplicationOnlyAcceptsSsl = 4000,
    ApplicationDoesNotExist = 4001,
    ApplicationDisabled = 4003,
    OverConnectionQuota = 4004,
    PathNotFound = 4005,
    InvalidVersionStringFormat = 4006,
    UnsupportedProtocolVersion = 4007,
    NoProtocolVersionSupplied = 4008,
    ConnectionUnauthorized = 4009,
    OverCapacity = 4100,
    GenericReconnectImmediately = 4200,
    PongNotReceived = 4201,
    ClosedAfterInactivity = 4202,
    ClientEventRejected = 4301,
};

/// What a client does after the server closes with a code (pusher-js's getCloseAction).
enum class CloseAction {
    SwitchToTls, ///< 4000
    Refused, ///< 4001–4099 and 4300 up (as pusher-js): do not reconnect unchanged
    ReconnectAfterBackoff, ///< 4100–4199, and 1002–1004
    ReconnectImmediately, ///< 4200–4299
    ReconnectAfterOneSecond, ///< any other code (1000, 1006, …)
};

CloseAction closeActionFor(int closeCode);
/// A short English description for logs ("application does not exist").
QString describe(ErrorCode code);

} // namespace tableside::pusher
