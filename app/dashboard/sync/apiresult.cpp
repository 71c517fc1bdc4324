#include "apiresult.h"

namespace tableside::dashboard {

QString ApiResult::errorCode() const
{
    return body.value(QStringLiteral("error")).toString();
}

QString ApiResult::errorMessage() const
{
    if (isNetworkFailure())
        return networkErrorString;
    const QString message = body.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        return message;
    if (!errorCode().isEmpty())
        return errorCode();
    return QStringLiteral("HTTP %1").arg(httpStatus);
}

} // namespace tableside::dashboard
