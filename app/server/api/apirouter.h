#pragma once

#include "apirequest.h"
#include "apiresponder.h"
#include "staffrole.h"

#include <QList>
#include <QString>
#include <functional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace tableside::server {

class Metrics;
class Store;

/// The REST API's route table. Qt 6.4 answers a wrong method with 404 and compiles each
/// QHttpServer::route() template slowly, so the API is dispatched here, from the HTTP
/// server's missing handler (the guest and realtime routes are QHttpServer routes tried
/// first): 404 JSON for unknown paths, 405 with Allow for known paths, Bearer-token checks,
/// role checks and JSON body parsing in one place, and metrics for every answer.
class ApiRouter
{
public:
    enum class Access { Guest, Staff };
    enum class Body { None, JsonObject };
    using Handler = std::function<void(const ApiRequest &request, ApiResponder responder)>;

    ApiRouter(Store &store, Metrics &metrics);

    /// @p pattern: "/api/orders/{id}/status" ({…} matches one non-empty segment).
    /// @p roles: who may call a staff route; empty = every role.
    void add(const QString &method, const QString &pattern, Access access, Body body,
             Handler handler, QList<StaffRole> roles = {});

    /// Makes this router the HTTP server's missing handler.
    void attach(QHttpServer &http);
    /// Routes one request (what the missing handler calls).
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    /// True when @p request's method and path reach an Access::Staff route, or the path has
    /// only staff routes (the guests' plain port refuses those when the staff side has its TLS
    /// port).
    bool isStaffRoute(const QHttpServerRequest &request) const;

private:
    struct Route
    {
        QString method;
        QString pattern;
        QStringList segments;
        Access access;
        Body body;
        Handler handler;
        QList<StaffRole> roles;
    };
    bool matches(const Route &route, const QStringList &segments, QStringList *params) const;

    Store &m_store;
    Metrics &m_metrics;
    QList<Route> m_routes;
};

} // namespace tableside::server
