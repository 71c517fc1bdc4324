#pragma once

#include "staffmember.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

namespace tableside::server {

/// What a controller gets: a copy of the request (safe to keep after the handler returns),
/// the path parameters of its route, the parsed JSON body and the authenticated staff member.
struct ApiRequest
{
    QString method;
    QString path;
    QUrlQuery query;
    QStringList params; ///< the {…} segments of the route, in order
    QHash<QByteArray, QByteArray> headers; ///< names lower-case
    QByteArray body;
    QJsonObject json; ///< the body, for routes that take a JSON object
    QHostAddress remoteAddress;
    QHostAddress localAddress; ///< the server's end of the connection
    QString bearerToken;
    std::optional<StaffMember> staff; ///< set on staff routes

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    /// The client address as a rate-limit / lockout key.
    QString clientKey() const { return remoteAddress.toString(); }
    /// Whether the client runs on the server's own machine: both ends of the connection have
    /// the same address (127.0.0.1 to 127.0.0.1, or the machine's LAN address to itself). A
    /// phone never does; 127.0.0.2 → 127.0.0.1 does not count either (tests use it as a
    /// stranger).
    bool fromThisMachine() const
    {
        return !remoteAddress.isNull()
            && remoteAddress.isEqual(localAddress, QHostAddress::ConvertV4MappedToIPv4);
    }
};

} // namespace tableside::server
