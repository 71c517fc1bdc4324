#include "guestroutes.h"

#include "errorresponse.h"
#include "guestlimits.h"
#include "guestsecurityheaders.h"
#include "logging.h"
#include "store.h"
#include "tablelink.h"

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

constexpr int MaximumTableNumber = 9999;
// A guest's table session lasts a long evening; after that the card is scanned again.
constexpr int SessionSeconds = 12 * 60 * 60;

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

// A refusal (429) as the guest's browser gets it: the error, the security headers, no caching.
QHttpServerResponse refusal(const HttpError &error)
{
    QHttpServerResponse response = ErrorResponse::from(error);
    GuestSecurityHeaders::addTo(response);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse textResponse(const QByteArray &text, StatusCode status)
{
    QHttpServerResponse response(QByteArrayLiteral("text/plain; charset=utf-8"), text, status);
    GuestSecurityHeaders::addTo(response);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse redirect(const QByteArray &location, const QByteArray &setCookie = {})
{
    QHttpServerResponse response(StatusCode::Found);
    response.setHeader("Location", location);
    if (!setCookie.isEmpty())
        response.setHeader("Set-Cookie", setCookie);
    GuestSecurityHeaders::addTo(response);
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

// The page's texts from i18n.js: `window.TABLESIDE_I18N = {JSON};` (its object is plain JSON,
// so the server and the page read the same file). {"bg":{…},"en":{…}}, or empty when broken.
QJsonObject pageTexts(const QByteArray &script)
{
    const qsizetype start = script.indexOf("= {");
    const qsizetype end = script.lastIndexOf('}');
    if (start < 0 || end <= start) {
        qCCritical(lcGuest) << "i18n.js: no text object";
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(script.mid(start + 2, end - start - 1), &error);
    if (!document.isObject())
        qCCritical(lcGuest) << "i18n.js is not plain JSON:" << error.errorString();
    return document.object();
}

} // namespace

class GuestRoutes::Private
{
public:
    Private(Store &s, GuestLimits &l)
        : store(s)
        , limits(l)
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
        texts = pageTexts(staticFiles.value(QStringLiteral("i18n.js")).body);
    }

    /// The page text @p key in @p language (Bulgarian when missing), placeholders filled.
    QString text(const QString &language, const QString &key,
                 const QList<std::pair<QString, QString>> &params = {}) const
    {
        QString value = texts.value(language).toObject().value(key).toString();
        if (value.isEmpty())
            value = texts.value(QStringLiteral("bg")).toObject().value(key).toString();
        for (const auto &[name, replacement] : params)
            value.replace(u'{' + name + u'}', replacement);
        return value;
    }

    // Every {{t:key}} of the template becomes its text in @p language, HTML-escaped: the first
    // paint already shows the page's words, so the script filling them in moves nothing.
    QString withTexts(QString html, const QString &language) const
    {
        static const QRegularExpression placeholder(QStringLiteral("\\{\\{t:(\\w+)\\}\\}"));
        QString out;
        out.reserve(html.size() + 4096);
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            out += QStringView(html).mid(last, match.capturedStart() - last);
            out += text(language, match.captured(1)).toHtmlEscaped();
            last = match.capturedEnd();
        }
        out += QStringView(html).mid(last);
        return out;
    }

    QString clientKey(const QHttpServerRequest &request) const
    {
        return request.remoteAddress().toString();
    }

    QHttpServerResponse orderPage(const QString &language, const QHttpServerRequest &request)
    {
        if (const auto refused = limits.admitClient(GuestLimits::Scope::Page, clientKey(request)))
            return refusal(*refused);

        const QUrlQuery query(request.url());
        QString tableText;
        QString tableState = QStringLiteral("missing");
        if (query.hasQueryItem(QStringLiteral("table"))) {
            const std::optional<int> table
                = parseTableNumber(query.queryItemValue(QStringLiteral("table")));
            if (table) {
                if (const auto refused = limits.admitTable(GuestLimits::Scope::Page, *table))
                    return refusal(*refused);
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
        const QString otherLanguage = english ? QStringLiteral("bg") : QStringLiteral("en");
        const QString title = tableText.isEmpty()
            ? text(language, QStringLiteral("pageTitleNoTable"))
            : text(language, QStringLiteral("pageTitleTable"), {{QStringLiteral("table"), tableText}});
        // The notice the script would show at once for a table that cannot order.
        QString notice;
        if (tableState != u"active")
            notice = tableText.isEmpty()
                ? text(language, QStringLiteral("errorNoTable"))
                : text(language, QStringLiteral("errorTableInactive"),
                       {{QStringLiteral("table"), tableText}});
        QString html = withTexts(pageTemplate, language);
        html.replace(QStringLiteral("{{lang}}"), language.toHtmlEscaped());
        html.replace(QStringLiteral("{{otherLang}}"), otherLanguage);
        html.replace(QStringLiteral("{{otherLanguageName}}"),
                     text(otherLanguage, QStringLiteral("languageName")).toHtmlEscaped());
        html.replace(QStringLiteral("{{title}}"), title.toHtmlEscaped());
        html.replace(QStringLiteral("{{noticeHidden}}"),
                     notice.isEmpty() ? QStringLiteral(" hidden") : QString());
        html.replace(QStringLiteral("{{noticeText}}"), notice.toHtmlEscaped());
        html.replace(QStringLiteral("{{table}}"), tableText.toHtmlEscaped());
        html.replace(QStringLiteral("{{tableState}}"), tableState.toHtmlEscaped());

        QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(),
                                     StatusCode::Ok);
        GuestSecurityHeaders::addTo(response);
        response.setHeader("Cache-Control", "no-store");
        return response;
    }

    QHttpServerResponse staticFile(const QString &name, const QHttpServerRequest &request)
    {
        if (const auto refused = limits.admitClient(GuestLimits::Scope::Page, clientKey(request)))
            return refusal(*refused);
        const auto it = staticFiles.constFind(name);
        if (it == staticFiles.constEnd() || it->body.isEmpty())
            return textResponse("Not found\n", StatusCode::NotFound);
        QHttpServerResponse response = request.value("if-none-match") == it->etag
            ? QHttpServerResponse(StatusCode::NotModified)
            : QHttpServerResponse(it->mimeType, it->body, StatusCode::Ok);
        GuestSecurityHeaders::addTo(response);
        // Revalidate every time (cheap 304s): an upgraded server must never run an old page.
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", it->etag);
        return response;
    }

    QHttpServerResponse tableLink(const QString &tableText, const QHttpServerRequest &request)
    {
        const std::optional<int> table = parseTableNumber(tableText);
        if (const auto refused
            = limits.admitClient(GuestLimits::Scope::TableLink, clientKey(request)))
            return refusal(*refused);
        if (!table) {
            return textResponse("Unknown table link. / Непозната връзка към маса.\n",
                                StatusCode::NotFound);
        }
        if (const auto refused = limits.admitTable(GuestLimits::Scope::TableLink, *table))
            return refusal(*refused);
        // Every scan of a configured table counts, active or not (an inactive table's card
        // being scanned is worth knowing); unknown numbers change nothing in the store. The page
        // itself tells the guest when the table is not available.
        store.recordTableScan(*table);
        const QByteArray location = "/bg/order?table=" + QByteArray::number(*table);
        // A signed link (the QR card's) opens the guest's session for this table: the cookie
        // carries table and token, so the server keeps no session state. HttpOnly: the page's
        // scripts never see it; SameSite=Strict: no other site's page can use it. A missing or
        // wrong k sets nothing (a session the phone already has stays); the page then says to
        // scan the card again when an order or call is refused.
        const QByteArray token = QUrlQuery(request.url())
                                     .queryItemValue(QStringLiteral("k"), QUrl::FullyDecoded)
                                     .toLatin1();
        if (!token.isEmpty() && store.acceptsTableLinkToken(*table, token)) {
            return redirect(location,
                            QByteArray(TableLink::CookieName) + '='
                                + TableLink::sessionValue(*table, token)
                                + "; Path=/; Max-Age=" + QByteArray::number(SessionSeconds)
                                + "; HttpOnly; SameSite=Strict");
        }
        return redirect(location);
    }

    Store &store;
    GuestLimits &limits;
    QString pageTemplate;
    QHash<QString, StaticFile> staticFiles;
    QJsonObject texts; ///< i18n.js's {"bg":{…},"en":{…}}
};

GuestRoutes::GuestRoutes(Store &store, GuestLimits &limits, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(store, limits))
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
}

} // namespace tableside::server
