#pragma once

// Small helpers shared by the action tests (waiter and kitchen) that run through a LossyProxy.

#include "eventreader.h"
#include "lossyproxy.h"
#include "serverprocess.h"
#include "staffapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <memory>

/// A StaffApi that talks to the server through @p proxy with @p token.
inline std::unique_ptr<tableside::dashboard::StaffApi> staffApiThrough(const LossyProxy &proxy,
                                                                       const QString &token)
{
    auto api = std::make_unique<tableside::dashboard::StaffApi>();
    api->setServerUrl(proxy.url());
    api->setToken(token);
    return api;
}

/// How many events named @p name in the server's log have data[@p key] == @p id (and, when
/// @p station is given, data["station"] == @p station).
inline int countEvents(ServerProcess &server, const QString &token, const QString &name,
                       const QString &key, const QString &id, const QString &station = {})
{
    const QJsonObject page = EventReader(server.http(), token).page(0, 1000);
    int count = 0;
    for (const QJsonValue &value : page.value(QStringLiteral("events")).toArray()) {
        const QJsonObject event = value.toObject();
        QJsonValue data = event.value(QStringLiteral("data"));
        if (data.isString())
            data = QJsonDocument::fromJson(data.toString().toUtf8()).object();
        const QJsonObject fields = data.toObject();
        if (event.value(QStringLiteral("event")).toString() == name
            && fields.value(key).toString() == id
            && (station.isEmpty() || fields.value(QStringLiteral("station")).toString() == station))
            ++count;
    }
    return count;
}
