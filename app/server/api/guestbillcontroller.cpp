#include "guestbillcontroller.h"

#include "apierror.h"
#include "apiresponder.h"
#include "apirouter.h"
#include "billtypes.h"
#include "guestsecurityheaders.h"
#include "guestwritepipeline.h"
#include "store.h"
#include "tab.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tableside::server {

namespace {

std::optional<int> parseTable(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,4}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const int number = text.toInt();
    if (number < 1)
        return std::nullopt;
    return number;
}

// If-None-Match may list several tags, or "*"; weak tags (W/"…") match too (RFC 9110 §13.1.2).
bool matches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    if (ifNoneMatch.trimmed() == "*")
        return true;
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etag)
            return true;
    }
    return false;
}

} // namespace

GuestBillController::GuestBillController(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void GuestBillController::registerRoutes(ApiRouter &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/guest/tables/{n}/bill"),
               ApiRouter::Access::Guest, ApiRouter::Body::None,
               [this](const ApiRequest &request, ApiResponder reply) { bill(request, reply); });
}

QJsonObject GuestBillController::billJson(const TableTab &tab, bool paidRecently)
{
    const QJsonObject full = tab.toJson();
    QJsonArray orders;
    for (const QJsonValue &value : full.value(QStringLiteral("orders")).toArray()) {
        QJsonObject order = value.toObject();
        // The guest view: no staff names (as GuestView::order).
        order.remove(QStringLiteral("changedBy"));
        orders.append(order);
    }
    QJsonObject json;
    for (const char *key : {"tableNumber", "totalEurCents", "totalBgnCents", "totalEur", "totalBgn",
                            "orderedEurCents", "paidEurCents", "split"})
        json.insert(QLatin1String(key), full.value(QLatin1String(key)));
    json.insert(QStringLiteral("orders"), orders);
    // Paid: the tab was settled a moment ago. The page tells only a phone that followed this
    // bill, so the next party at the table is not greeted with "paid".
    json.insert(QStringLiteral("paid"), orders.isEmpty() && paidRecently);
    return json;
}

QByteArray GuestBillController::etag(const QByteArray &body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

void GuestBillController::bill(const ApiRequest &request, ApiResponder reply)
{
    // Every answer is Cache-Control: no-store (ApiResponder): a bill is nobody else's to keep.
    // The page keeps the last ETag itself and sends it as If-None-Match, so an unchanged bill
    // costs a 304 with no body.
    QList<ApiResponder::Header> headers = GuestSecurityHeaders::all();
    const auto refuse = [&reply](HttpError error) {
        error.headers += GuestSecurityHeaders::all();
        reply.error(error);
    };
    using Scope = GuestLimits::Scope;
    if (auto refused = m_context.guestLimits.admitClient(Scope::Bill, request.clientKey())) {
        refuse(*refused);
        return;
    }
    const std::optional<int> table = parseTable(request.params.at(0));
    if (!table || !m_context.store.isTableActive(*table)) {
        refuse(ApiError::notFound(
            QCoreApplication::translate("GuestBillController", "No such table.")));
        return;
    }
    // Only the table whose link opened this phone's session: the same check as ordering.
    if (auto refused = GuestWritePipeline::tableLinkRefusal(m_context, request, *table)) {
        refuse(*refused);
        return;
    }
    if (auto refused = m_context.guestLimits.admitTable(Scope::Bill, *table)) {
        refuse(*refused);
        return;
    }
    const bill::GuestBill guestBill = m_context.store.guestBill(*table);
    const QByteArray body = QJsonDocument(billJson(guestBill.tab, guestBill.paidRecently))
                                .toJson(QJsonDocument::Compact);
    const QByteArray tag = etag(body);
    headers.append({"ETag", tag});
    if (matches(request.header("if-none-match"), tag)) {
        reply.raw(304, QByteArray(), QByteArray(), headers);
        return;
    }
    reply.raw(200, body, QByteArrayLiteral("application/json"), headers);
}

} // namespace tableside::server
