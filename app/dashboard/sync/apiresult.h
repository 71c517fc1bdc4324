#pragma once

#include <QJsonObject>
#include <QNetworkReply>
#include <QString>

namespace tableside::dashboard {

/// What one REST call came back with: HTTP status (0 = no answer), the JSON body, and the
/// server's {"error","message"} when it refused.
struct ApiResult
{
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    QJsonObject body;
    QByteArray raw; ///< the body as received (a PDF or CSV answer)

    bool isSuccess() const { return httpStatus >= 200 && httpStatus < 300; }
    /// No HTTP answer at all (connection refused, timeout, DNS): worth retrying.
    bool isNetworkFailure() const { return httpStatus == 0; }
    bool isUnauthorized() const { return httpStatus == 401; }
    bool isConflict() const { return httpStatus == 409; }
    /// body["error"], e.g. "invalid_transition".
    QString errorCode() const;
    /// A short human-readable reason: the server's message, or the network error.
    QString errorMessage() const;
};

} // namespace tableside::dashboard
