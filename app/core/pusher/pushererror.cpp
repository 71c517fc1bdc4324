#include "pushererror.h"

namespace tableside::pusher {

CloseAction closeActionFor(int closeCode)
{
    // Mirrors pusher-js Protocol.getCloseAction, so our client does what a browser would.
    if (closeCode < 4000) {
        if (closeCode >= 1002 && closeCode <= 1004)
            return CloseAction::ReconnectAfterBackoff;
        return CloseAction::ReconnectAfterOneSecond;
    }
    if (closeCode == 4000)
        return CloseAction::SwitchToTls;
    if (closeCode < 4100)
        return CloseAction::Refused;
    if (closeCode < 4200)
        return CloseAction::ReconnectAfterBackoff;
    if (closeCode < 4300)
        return CloseAction::ReconnectImmediately;
    return CloseAction::Refused;
}

QString describe(ErrorCode code)
{
    switch (code) {
    case ErrorCode::ApplicationOnlyAcceptsSsl:
        return QStringLiteral("application only accepts TLS connections");
    case ErrorCode::ApplicationDoesNotExist:
        return QStringLiteral("application does not exist");
    case ErrorCode::ApplicationDisabled:
        return QStringLiteral("application disabled");
    case ErrorCode::OverConnectionQuota:
        return QStringLiteral("application is over its connection quota");
    case ErrorCode::PathNotFound:
        return QStringLiteral("path not found");
    case ErrorCode::InvalidVersionStringFormat:
        return QStringLiteral("invalid version string format");
    case ErrorCode::UnsupportedProtocolVersion:
        return QStringLiteral("unsupported protocol version");
    case ErrorCode::NoProtocolVersionSupplied:
        return QStringLiteral("no protocol version supplied");
    case ErrorCode::ConnectionUnauthorized:
        return QStringLiteral("connection is unauthorized");
    case ErrorCode::OverCapacity:
        return QStringLiteral("over capacity");
    case ErrorCode::GenericReconnectImmediately:
        return QStringLiteral("generic reconnect immediately");
    case ErrorCode::PongNotReceived:
        return QStringLiteral("pong reply not received");
    case ErrorCode::ClosedAfterInactivity:
        return QStringLiteral("closed after inactivity");
    case ErrorCode::ClientEventRejected:
        return QStringLiteral("client event rejected due to rate limit");
    }
    return QStringLiteral("unknown error %1").arg(int(code));
}

} // namespace tableside::pusher
