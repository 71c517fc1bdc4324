#include "eventreader.h"

#include "httpclient.h"

EventReader::EventReader(HttpClient &http, QString token)
    : m_http(http)
    , m_token(std::move(token))
{ }

QJsonObject EventReader::page(qint64 after, int limit)
{
    QString path = QStringLiteral("/api/events?after=%1").arg(after);
    if (limit > 0)
        path += QStringLiteral("&limit=%1").arg(limit);
    return m_http.json("GET", path, {}, m_token);
}

qint64 EventReader::latestSeq()
{
    return page(0, 1).value(QStringLiteral("seq")).toInteger(-1);
}
