#include "pusherconfig.h"

#include <QUrlQuery>

namespace tableside::dashboard {

QUrl PusherConfig::webSocketUrl() const
{
    QUrl url;
    url.setScheme(tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    if (host.isEmpty() && !cluster.isEmpty()) {
        url.setHost(QStringLiteral("ws-%1.pusher.com").arg(cluster));
        url.setScheme(QStringLiteral("wss"));
        url.setPort(443);
    } else {
        url.setHost(host);
        url.setPort(port > 0 ? port : (tls ? 443 : 80));
    }
    url.setPath(QStringLiteral("/app/") + key);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("protocol"), QStringLiteral("7"));
    query.addQueryItem(QStringLiteral("client"), QStringLiteral("tableside-dashboard"));
    query.addQueryItem(QStringLiteral("version"), QStringLiteral(TABLESIDE_VERSION));
    query.addQueryItem(QStringLiteral("flash"), QStringLiteral("false"));
    url.setQuery(query);
    return url;
}

PusherConfig PusherConfig::fromServer(const QJsonObject &realtime, const QUrl &serverUrl)
{
    PusherConfig config;
    const bool serverTls = serverUrl.scheme() == QLatin1String("https");
    config.host = realtime.value(QStringLiteral("host")).toString(serverUrl.host());
    config.tls = realtime.value(QStringLiteral("tls")).toBool(serverTls);
    config.port
        = realtime.value(QStringLiteral("port")).toInt(serverUrl.port(serverTls ? 443 : 80));
    config.key = realtime.value(QStringLiteral("appKey"))
                     .toString(realtime.value(QStringLiteral("key")).toString());
    config.cluster = realtime.value(QStringLiteral("cluster")).toString();
    const QString channel = realtime.value(QStringLiteral("channel")).toString();
    if (!channel.isEmpty())
        config.channel = channel;
    config.presenceChannel = realtime.value(QStringLiteral("presenceChannel")).toString();
    const QUrl endpoint(
        realtime.value(QStringLiteral("authEndpoint")).toString(QStringLiteral("/pusher/auth")));
    config.authEndpoint = serverUrl.resolved(endpoint);
    return config;
}

} // namespace tableside::dashboard
