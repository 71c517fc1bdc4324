#pragma once

#include "realtimeserver.h"
#include "realtimesettings.h"

#include <QByteArray>
#include <QHash>
#include <QHttpServer>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrlQuery>
#include <memory>

/// A QHttpServer on 127.0.0.1:0 with a RealtimeServer attached, known staff tokens, and
/// blocking HTTP helpers (plain, staff-authorized and Pusher-signed requests) for the tests.
class RealtimeTestHost
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json() const;
    };

    static tableside::server::RealtimeSettings defaultSettings();

    explicit RealtimeTestHost(tableside::server::RealtimeSettings settings = defaultSettings());
    ~RealtimeTestHost();

    quint16 port() const { return m_port; }
    tableside::server::RealtimeServer &realtime() { return *m_realtime; }
    const tableside::server::RealtimeSettings &settings() const { return m_realtime->settings(); }

    /// Registers a staff member; returns their Bearer token.
    QString addStaff(qint64 id, const QString &name, tableside::StaffRole role);

    Reply request(const QByteArray &method, const QString &pathAndQuery,
                  const QByteArray &body = {},
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    /// POST /pusher/auth as a form, with the staff token (none when empty).
    Reply channelAuth(const QString &token, const QString &socketId, const QString &channel);
    /// A request signed like pusher-http-node does (timestamp = now + @p skewSeconds).
    Reply signedRequest(const QByteArray &method, const QString &path, const QByteArray &body = {},
                        QUrlQuery query = {}, qint64 skewSeconds = 0,
                        const QString &secret = QString());

private:
    QHttpServer m_http;
    std::unique_ptr<tableside::server::RealtimeServer> m_realtime;
    QNetworkAccessManager m_network;
    QHash<QString, tableside::StaffMember> m_staff;
    quint16 m_port = 0;
};
