#pragma once

#include "httpclient.h"
#include "realtimeserver.h"
#include "realtimesettings.h"
#include "staffmember.h"

#include <QHash>
#include <QHttpServer>
#include <QUrlQuery>
#include <memory>

/// A QHttpServer on 127.0.0.1:0 with only a RealtimeServer attached (no store), known staff
/// tokens, and blocking requests (plain, staff-authorized and Pusher-signed) for the realtime
/// tests.
class RealtimeTestHost
{
public:
    static tableside::server::RealtimeSettings defaultSettings();

    explicit RealtimeTestHost(tableside::server::RealtimeSettings settings = defaultSettings());
    ~RealtimeTestHost();

    quint16 port() const { return m_port; }
    tableside::server::RealtimeServer &realtime() { return *m_realtime; }
    const tableside::server::RealtimeSettings &settings() const;

    /// Registers a staff member; returns their Bearer token.
    QString addStaff(qint64 id, const QString &name, tableside::StaffRole role);

    HttpReply request(const QByteArray &method, const QString &pathAndQuery,
                      const QByteArray &body = {}, const HttpHeaders &headers = {});
    /// POST /pusher/auth as a form, with the staff token (none when empty).
    HttpReply channelAuth(const QString &token, const QString &socketId, const QString &channel);
    /// A request signed like pusher-http-node does (timestamp = now + @p skewSeconds).
    HttpReply signedRequest(const QByteArray &method, const QString &path,
                            const QByteArray &body = {}, QUrlQuery query = {},
                            qint64 skewSeconds = 0, const QString &secret = QString());

private:
    QHttpServer m_http;
    std::unique_ptr<tableside::server::RealtimeServer> m_realtime;
    HttpClient m_client {0, QUrl::StrictMode};
    QHash<QString, tableside::StaffMember> m_staff;
    quint16 m_port = 0;
};
