#pragma once

#include <QHttpServerResponse>
#include <QString>

namespace tableside::server {

/// The project's error body {"error":"<code>","message":"…"} with a real HTTP status.
class JsonError
{
public:
    static QHttpServerResponse response(QHttpServerResponse::StatusCode status, const QString &code,
                                        const QString &message);
};

} // namespace tableside::server
