#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace tableside::dashboard {

/// Where and how to reach a Pusher Channels protocol 7 server: tableside-server itself or any
/// Pusher-compatible service (host/port/TLS, or a Pusher cluster), and which channel to follow.
struct PusherConfig
{
    QString host;
    int port = 0; ///< 0 = 80/443 by TLS
    bool tls = false;
    QString key;
    QString cluster; ///< used only when host is empty: ws-<cluster>.pusher.com:443
    QString channel = QStringLiteral("private-staff-channel");
    QUrl authEndpoint; ///< absolute; used for private- and presence- channels
    /// Presence channel that shows who is on shift ("presence-staff"); empty = none.
    QString presenceChannel;

    /// ws[s]://host:port/app/{key}?protocol=7&client=tableside-dashboard&version=…&flash=false
    QUrl webSocketUrl() const;
    bool isValid() const { return !key.isEmpty() && (!host.isEmpty() || !cluster.isEmpty()); }

    /// From the server's "realtime" object ({"appKey","channel","authEndpoint"} and optionally
    /// "presenceChannel","host","port","tls","cluster"); host/port/TLS default to those of
    /// @p serverUrl.
    static PusherConfig fromServer(const QJsonObject &realtime, const QUrl &serverUrl);
};

} // namespace tableside::dashboard
