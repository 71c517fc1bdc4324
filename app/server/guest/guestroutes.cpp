#include "guestroutes.h"

#include "guestratelimits.h"
#include "logging.h"
#include "staffmember.h"
#include "store.h"
#include "waitercall.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrlQuery>

namespace tableside::server {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

// No inline script or style anywhere: the page's JS and CSS are files under /guest/.
constexpr char ContentSecurityPolicy[]
    = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
      "form-action 'self'; frame-ancestors 'none'";

constexpr int MaximumTableNumber = 9999;

struct StaticFile
{
    QByteArray body;
    QByteArray mimeType;
    QByteArray etag;
};

// Strict decimal table number 1–9999; anything else (signs, spaces, "3abc") is refused.
std::optional<int> parseTableNumber(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,4}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const int number = text.toInt();
    if (number < 1 || number > MaximumTableNumber)
        return std::nullopt;
    return number;
}

void addSecurityHeaders(QHttpServerResponse &response)
{
    response.setHeader("Content-Security-Policy", ContentSecurityPolicy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
}

QHttpServerResponse jsonResponse(const QJsonObject &object, StatusCode status)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"),
                                 QJsonDocument(object).toJson(QJsonDocument::Compact), status);
    addSecurityHeaders(response);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse jsonError(const QString &code, const QString &message, StatusCode status)
{
    return jsonResponse(
        QJsonObject {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}},
        status);
}

QHttpServerResponse textResponse(const QByteArray &text, StatusCode status)
{
    QHttpServerResponse response(QByteArrayLiteral("text/plain; charset=utf-8"), text, status);
    addSecurityHeaders(response);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse redirect(const QByteArray &location)
{
    QHttpServerResponse response(StatusCode::Found);
    response.setHeader("Location", location);
    addSecurityHeaders(response);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcGuest) << "missing guest page resource" << path;
        return {};
    }
    return file.readAll();
}

} // namespace

class GuestRoutes::Private
{
    Q_DECLARE_TR_FUNCTIONS(GuestRoutes)

public:
    explicit Private(Store &s)
        : store(s)
    {
        pageTemplate = QString::fromUtf8(readResource(QStringLiteral(":/web/order.html")));
        const QList<std::pair<QString, QByteArray>> files = {
            {QStringLiteral("order.js"), "text/javascript; charset=utf-8"},
            {QStringLiteral("i18n.js"), "text/javascript; charset=utf-8"},
            {QStringLiteral("order.css"), "text/css; charset=utf-8"},
        };
        for (const auto &[name, mimeType] : files) {
            StaticFile file;
            file.body = readResource(QStringLiteral(":/web/") + name);
            file.mimeType = mimeType;
            file.etag = '"'
                + QCryptographicHash::hash(file.body, QCryptographicHash::Sha256).toHex().left(32)
                + '"';
            staticFiles.insert(name, file);
        }
    }

    QString clientKey(const QHttpServerRequest &request) const
    {
        return request.remoteAddress().toString();
    }

    QHttpServerResponse rateLimited(int retryAfterSeconds) const
    {
        QHttpServerResponse response = jsonResponse(
            QJsonObject {
                {QStringLiteral("error"), QStringLiteral("rate_limited")},
                {QStringLiteral("message"),
                 tr("Too many requests; try again in %1 s.").arg(retryAfterSeconds)},
                {QStringLiteral("retryAfter"), retryAfterSeconds},
            },
            StatusCode::TooManyRequests);
        response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
        return response;
    }

    QHttpServerResponse orderPage(const QString &language, const QHttpServerRequest &request)
    {
        if (const std::optional<int> wait
            = limits.admitClient(GuestRateLimits::Scope::Page, clientKey(request)))
            return rateLimited(*wait);

        const QUrlQuery query(request.url());
        QString tableText;
        QString tableState = QStringLiteral("missing");
        if (query.hasQueryItem(QStringLiteral("table"))) {
            const std::optional<int> table
                = parseTableNumber(query.queryItemValue(QStringLiteral("table")));
            if (table) {
                if (const std::optional<int> wait
                    = limits.admitTable(GuestRateLimits::Scope::Page, *table))
                    return rateLimited(*wait);
                tableText = QString::number(*table);
                tableState = store.isTableActive(*table) ? QStringLiteral("active")
                                                         : QStringLiteral("unavailable");
            } else {
                tableState = QStringLiteral("unavailable");
            }
        }
        const bool english = language == u"en";
        // Only these server-chosen values are substituted, each HTML-escaped (the table text is
        // digits by construction, but escaping is kept so no future value can inject markup).
        QString html = pageTemplate;
        html.replace(QStringLiteral("{{lang}}"), language.toHtmlEscaped());
        html.replace(QStringLiteral("{{otherLang}}"),
                     english ? QStringLiteral("bg") : QStringLiteral("en"));
        html.replace(QStringLiteral("{{otherLanguageName}}"), QString());
        html.replace(QStringLiteral("{{title}}"), QStringLiteral("Tableside"));
        html.replace(QStringLiteral("{{table}}"), tableText.toHtmlEscaped());
        html.replace(QStringLiteral("{{tableState}}"), tableState.toHtmlEscaped());

        QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(),
                                     StatusCode::Ok);
        addSecurityHeaders(response);
        response.setHeader("Cache-Control", "no-store");
        return response;
    }

    QHttpServerResponse staticFile(const QString &name, const QHttpServerRequest &request)
    {
        if (const std::optional<int> wait
            = limits.admitClient(GuestRateLimits::Scope::Page, clientKey(request)))
            return rateLimited(*wait);
        const auto it = staticFiles.constFind(name);
        if (it == staticFiles.constEnd() || it->body.isEmpty())
            return textResponse("Not found\n", StatusCode::NotFound);
        QHttpServerResponse response = request.value("if-none-match") == it->etag
            ? QHttpServerResponse(StatusCode::NotModified)
            : QHttpServerResponse(it->mimeType, it->body, StatusCode::Ok);
        addSecurityHeaders(response);
        // Revalidate every time (cheap 304s): an upgraded server must never run an old page.
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", it->etag);
        return response;
    }

    QHttpServerResponse tableLink(const QString &tableText, const QHttpServerRequest &request)
    {
        const std::optional<int> table = parseTableNumber(tableText);
        if (const std::optional<int> wait
            = limits.admitClient(GuestRateLimits::Scope::TableLink, clientKey(request)))
            return rateLimited(*wait);
        if (!table) {
            return textResponse("Unknown table link. / Непозната връзка към маса.\n",
                                StatusCode::NotFound);
        }
        if (const std::optional<int> wait
            = limits.admitTable(GuestRateLimits::Scope::TableLink, *table))
            return rateLimited(*wait);
        // Every scan of a configured table counts, active or not (an inactive table's card
        // being scanned is worth knowing); unknown numbers change nothing in the store. The page
        // itself tells the guest when the table is not available.
        store.recordTableScan(*table);
        return redirect("/bg/order?table=" + QByteArray::number(*table));
    }

    QHttpServerResponse callStatus(const QString &callId, const QHttpServerRequest &request)
    {
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                           "[0-9a-fA-F]{12}$"));
        const QString key = clientKey(request);
        if (const std::optional<int> wait
            = limits.admitClient(GuestRateLimits::Scope::CallStatus, key))
            return rateLimited(*wait);
        std::optional<WaiterCall> call;
        if (uuid.match(callId).hasMatch())
            call = store.findCall(callId.toLower());
        if (!call)
            return jsonError(QStringLiteral("not_found"), tr("No such waiter call."),
                             StatusCode::NotFound);
        if (const std::optional<int> wait
            = limits.admitTable(GuestRateLimits::Scope::CallStatus, call->tableNumber))
            return rateLimited(*wait);

        // A guest sees the first name of the waiter who is coming and nothing else about staff.
        QString waiterFirstName;
        if (call->status != CallStatus::Pending && !call->acknowledgedBy.isEmpty()) {
            StaffMember waiter;
            waiter.name = call->acknowledgedBy;
            waiterFirstName = waiter.firstName();
        }
        return jsonResponse(
            QJsonObject {
                {QStringLiteral("id"), call->id},
                {QStringLiteral("tableNumber"), call->tableNumber},
                {QStringLiteral("callType"), toWireString(call->type)},
                {QStringLiteral("status"), toWireString(call->status)},
                {QStringLiteral("waiterFirstName"), waiterFirstName},
            },
            StatusCode::Ok);
    }

    Store &store;
    GuestRateLimits limits;
    QString pageTemplate;
    QHash<QString, StaticFile> staticFiles;
};

GuestRoutes::GuestRoutes(Store &store, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(store))
{ }

GuestRoutes::~GuestRoutes() = default;

void GuestRoutes::attach(QHttpServer &http)
{
    Private *p = d.get();
    http.route(QStringLiteral("/bg/order"), QHttpServerRequest::Method::Get,
               [p](const QHttpServerRequest &request) {
                   return p->orderPage(QStringLiteral("bg"), request);
               });
    http.route(QStringLiteral("/en/order"), QHttpServerRequest::Method::Get,
               [p](const QHttpServerRequest &request) {
                   return p->orderPage(QStringLiteral("en"), request);
               });
    http.route(QStringLiteral("/guest/<arg>"), QHttpServerRequest::Method::Get,
               [p](const QString &name, const QHttpServerRequest &request) {
                   return p->staticFile(name, request);
               });
    http.route(QStringLiteral("/t/<arg>"), QHttpServerRequest::Method::Get,
               [p](const QString &table, const QHttpServerRequest &request) {
                   return p->tableLink(table, request);
               });
    http.route(QStringLiteral("/api/waiter-call/<arg>/status"), QHttpServerRequest::Method::Get,
               [p](const QString &callId, const QHttpServerRequest &request) {
                   return p->callStatus(callId, request);
               });
}

} // namespace tableside::server
