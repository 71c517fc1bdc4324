#include "guestwritepipeline.h"

#include "store.h"
#include "tablelink.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace tableside::server {

std::optional<HttpError> GuestWritePipeline::tableLinkRefusal(const ApiContext &context,
                                                              const ApiRequest &request,
                                                              int tableNumber)
{
    // Unset in the INI: the decision stored with the database (read per request, cheap).
    const bool required = context.settings.requireTableToken
        ? *context.settings.requireTableToken
        : context.store.tableTokenRequiredByDefault();
    if (!required)
        return std::nullopt;
    const QByteArray cookies = request.header("cookie");
    if (context.store.acceptsTableSession(cookies, tableNumber))
        return std::nullopt;
    if (TableLink::cookieValue(cookies, TableLink::CookieName)) {
        return HttpError(HttpError::Code::TableLinkInvalid,
                         QCoreApplication::translate(
                             "GuestWritePipeline",
                             "This table link is not valid here (another table's, or replaced). "
                             "Scan the QR code on your table again."));
    }
    return HttpError(
        HttpError::Code::TableLinkRequired,
        QCoreApplication::translate(
            "GuestWritePipeline", "Open your table's link first: scan the QR code on your table."));
}

QString GuestWritePipeline::idempotencyKey(const ApiRequest &request, const QString &bodyField,
                                           RequestValidator &check)
{
    QString key = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    if (key.isEmpty() && !bodyField.isEmpty())
        key = check.optionalText(request.json, bodyField, RequestValidator::MaxIdempotencyKey)
                  .value_or(QString());
    if (key.size() > RequestValidator::MaxIdempotencyKey)
        check.fail(QCoreApplication::translate("GuestWritePipeline",
                                               "Idempotency-Key: at most %1 characters")
                       .arg(RequestValidator::MaxIdempotencyKey));
    return key;
}

QByteArray GuestWritePipeline::requestHash(const QJsonArray &canonical)
{
    return QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256);
}

} // namespace tableside::server
