#pragma once

#include "realtimeserver.h"
#include "realtimesettings.h"

#include <functional>

class QHttpServerRequest;
class QHttpServerResponse;

namespace tableside::server {

/// POST /pusher/auth: signs a private or presence channel subscription for a live socket of
/// this server, for a staff member identified by their Bearer token. Presence channel_data is
/// built from the staff identity (a client's own channel_data is ignored).
class ChannelAuthEndpoint
{
public:
    using SocketExists = std::function<bool(const QString &socketId)>;
    /// Called for a live socket just before its subscription is signed: who signed it.
    using Authorized
        = std::function<void(const QString &socketId, qint64 staffId, const QString &token)>;

    ChannelAuthEndpoint(const RealtimeSettings &settings,
                        RealtimeServer::StaffAuthenticator authenticator, SocketExists socketExists,
                        Authorized authorized = {});

    QHttpServerResponse handle(const QHttpServerRequest &request) const;

    /// {"user_id":"<id>","user_info":{"name":…,"role":…}} as compact JSON text.
    static QString presenceChannelData(const StaffMember &staff);

private:
    const RealtimeSettings &m_settings;
    RealtimeServer::StaffAuthenticator m_authenticator;
    SocketExists m_socketExists;
    Authorized m_authorized;
};

} // namespace tableside::server
