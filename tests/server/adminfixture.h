#pragma once

// Shared by the console's route tests (issue 16): an in-process server with its three staff
// members signed in, and small helpers for the admin routes.

#include "httpclient.h"
#include "inprocessserver.h"
#include "staffevent.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class AdminFixture
{
public:
    AdminFixture()
        : server(InProcessServer::unlimitedSettings())
        , http(server.port())
    {
        manager = http.login(QStringLiteral("1111"));
        waiter = http.login(QStringLiteral("2222"));
        kitchen = http.login(QStringLiteral("3333"));
    }

    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     int *status = nullptr, const QString &token = {})
    {
        return http.json(method, path, body, token.isEmpty() ? manager : token, status);
    }

    /// Events of the staff channel after @p seq.
    QList<tableside::StaffEvent> eventsAfter(qint64 seq)
    {
        return server.store().eventsAfter(seq, 100).events;
    }

    /// Audit entries whose action starts with @p prefix, newest first.
    QList<tableside::server::AuditLog::Entry> audit(const QString &prefix)
    {
        tableside::server::AuditLog::Filter filter;
        filter.actionPrefix = prefix;
        return server.store().auditEntries(filter);
    }

    InProcessServer server;
    HttpClient http;
    QString manager;
    QString waiter;
    QString kitchen;
};
