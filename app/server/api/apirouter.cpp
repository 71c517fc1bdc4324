#include "apirouter.h"

#include "apierror.h"
#include "logging.h"
#include "metrics.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QTcpSocket>

namespace tableside::server {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::KeepEmptyParts).mid(1);
}

// application/json, any case, with or without parameters ("; charset=utf-8"). A browser can
// send text/plain, form or multipart bodies to any site without asking (no CORS preflight), so
// JSON routes taking only application/json keep other web pages from posting to them.
bool isJsonContentType(const QByteArray &value)
{
    return value.split(';').first().trimmed().compare("application/json", Qt::CaseInsensitive) == 0;
}

} // namespace

ApiRouter::ApiRouter(Store &store, Metrics &metrics)
    : m_store(store)
    , m_metrics(metrics)
{ }

void ApiRouter::add(const QString &method, const QString &pattern, Access access, Body body,
                    Handler handler, QList<StaffRole> roles)
{
    m_routes.append(
        {method, pattern, splitPath(pattern), access, body, std::move(handler), std::move(roles)});
}

void ApiRouter::attach(QHttpServer &http)
{
    http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
}

bool ApiRouter::matches(const Route &route, const QStringList &segments, QStringList *params) const
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList found;
    for (int i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (expected.startsWith(u'{')) {
            if (segments.at(i).isEmpty())
                return false;
            found.append(segments.at(i));
        } else if (expected != segments.at(i)) {
            return false;
        }
    }
    *params = found;
    return true;
}

void ApiRouter::handle(const QHttpServerRequest &httpRequest, QHttpServerResponder &&responder)
{
    QElapsedTimer timer;
    timer.start();
    const QString method = methodName(httpRequest.method());
    const QString path = httpRequest.url().path();
    const QStringList segments = splitPath(path);

    const Route *route = nullptr;
    const Route *samePath = nullptr; // the first route of this path, whatever its method
    QStringList params;
    QStringList allowed;
    for (const Route &candidate : std::as_const(m_routes)) {
        QStringList candidateParams;
        if (!matches(candidate, segments, &candidateParams))
            continue;
        if (!samePath)
            samePath = &candidate;
        if (!allowed.contains(candidate.method))
            allowed.append(candidate.method);
        if (!route && candidate.method == method) {
            route = &candidate;
            params = candidateParams;
        }
    }
    // Labels come from the route table only: a path the client chose would be a new label
    // (memory and /metrics size) for every request.
    const QString routeLabel = route ? route->pattern
        : samePath                   ? samePath->pattern
                                     : QStringLiteral("unmatched");
    const QHostAddress localAddress
        = responder.socket() ? responder.socket()->localAddress() : QHostAddress();
    Metrics &metrics = m_metrics;
    ApiResponder reply(std::move(responder), [&metrics, method, routeLabel, timer](int status) {
        metrics.recordRequest(method, routeLabel, status, timer.nsecsElapsed() / 1e9);
    });

    if (!route) {
        if (allowed.isEmpty()) {
            reply.error(ApiError::notFound(
                QCoreApplication::translate("ApiRouter", "There is nothing at %1.").arg(path)));
            return;
        }
        const QByteArray allow = allowed.join(QStringLiteral(", ")).toLatin1();
        if (method == u"OPTIONS") {
            // No CORS: a browser's preflight for another site's page gets no allowance at all.
            if (!httpRequest.value("access-control-request-method").isEmpty()) {
                reply.error(ApiError::forbidden(QCoreApplication::translate(
                    "ApiRouter", "Requests from other web sites are not accepted.")));
                return;
            }
            reply.raw(204, {}, {}, {{"Allow", allow}});
            return;
        }
        reply.error({HttpError::Code::MethodNotAllowed,
                     QCoreApplication::translate("ApiRouter", "%1 does not take %2; use %3.")
                         .arg(path, method, QString::fromLatin1(allow)),
                     {},
                     {{"Allow", allow}}});
        return;
    }

    ApiRequest request;
    request.method = method;
    request.path = path;
    request.query = httpRequest.query();
    request.params = params;
    for (const auto &header : httpRequest.headers())
        request.headers.insert(header.first.toLower(), header.second);
    request.body = httpRequest.body();
    request.remoteAddress = httpRequest.remoteAddress();
    request.localAddress = localAddress;
    // Read on every route: a guest route may show more to staff (/healthz, /metrics).
    const QByteArray authorization = request.header("authorization");
    if (authorization.size() > 7
        && authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        request.bearerToken = QString::fromLatin1(authorization.mid(7).trimmed());

    if (route->access == Access::Staff) {
        request.staff = m_store.staffForToken(request.bearerToken);
        if (!request.staff) {
            reply.error(ApiError::unauthorized());
            return;
        }
        if (!route->roles.isEmpty() && !route->roles.contains(request.staff->role)) {
            reply.error(ApiError::forbidden(
                QCoreApplication::translate("ApiRouter", "A %1 may not do this.")
                    .arg(toWireString(request.staff->role))));
            return;
        }
    }
    if (route->body == Body::JsonObject) {
        if (!isJsonContentType(request.header("content-type"))) {
            reply.error(
                {HttpError::Code::UnsupportedMediaType,
                 QCoreApplication::translate("ApiRouter", "Send the body as application/json.")});
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            reply.error(ApiError::invalidJson(
                QCoreApplication::translate("ApiRouter", "The body is not valid JSON: %1")
                    .arg(parseError.errorString())));
            return;
        }
        if (!document.isObject()) {
            reply.error(ApiError::invalidJson(
                QCoreApplication::translate("ApiRouter", "The body must be a JSON object.")));
            return;
        }
        request.json = document.object();
    }
    route->handler(request, reply);
}

bool ApiRouter::isStaffRoute(const QHttpServerRequest &request) const
{
    const QString method = methodName(request.method());
    const QStringList segments = splitPath(request.url().path());
    bool anyMatch = false;
    bool anyGuest = false;
    QStringList params;
    for (const Route &route : m_routes) {
        if (!matches(route, segments, &params))
            continue;
        if (route.method == method)
            return route.access == Access::Staff;
        anyMatch = true;
        anyGuest = anyGuest || route.access == Access::Guest;
    }
    return anyMatch && !anyGuest;
}

} // namespace tableside::server
