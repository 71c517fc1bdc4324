#include "guestwritepipeline.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace tableside::server {

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
