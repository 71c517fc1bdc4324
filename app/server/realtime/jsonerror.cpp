#include "jsonerror.h"

#include <QJsonObject>

namespace tableside::server {

QHttpServerResponse JsonError::response(QHttpServerResponse::StatusCode status, const QString &code,
                                        const QString &message)
{
    return QHttpServerResponse(
        QJsonObject {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}},
        status);
}

} // namespace tableside::server
