#pragma once

#include "httpreply.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// HTTP/1.1 on the wire, for tests that write exact bytes to a socket.
namespace RawHttp {

/// One request; POST and PATCH (and any request with a non-null body) get a JSON Content-Type
/// and a Content-Length.
QByteArray request(const QByteArray &method, const QString &path, const QByteArray &body,
                   const HttpHeaders &headers = {});

/// Parses the complete responses (Content-Length framed) at the start of @p buffer and removes
/// them from it; interim 100 answers are dropped.
QList<HttpReply> takeResponses(QByteArray &buffer);

} // namespace RawHttp
