#include "errorresponse.h"

namespace tableside::server {

QHttpServerResponse ErrorResponse::from(const HttpError &error)
{
    // The same bytes and Content-Type as QHttpServerResponse(QJsonObject, status).
    QHttpServerResponse response(QByteArrayLiteral("application/json"), error.body(),
                                 static_cast<QHttpServerResponse::StatusCode>(error.status));
    for (const HttpError::Header &header : error.headers)
        response.setHeader(header.first, header.second);
    return response;
}

} // namespace tableside::server
