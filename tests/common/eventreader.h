#pragma once

#include <QJsonObject>
#include <QString>

class HttpClient;

/// Reads the staff event log over GET /api/events?after= with a staff token, as a dashboard
/// catching up after a reconnect does.
class EventReader
{
public:
    EventReader(HttpClient &http, QString token);

    /// The whole answer ({"events":[…],"seq":…}) for the events after @p after; @p limit 0 =
    /// the server's default page size.
    QJsonObject page(qint64 after, int limit = 0);
    /// The server's latest sequence number (-1 without an answer).
    qint64 latestSeq();

private:
    HttpClient &m_http;
    QString m_token;
};
