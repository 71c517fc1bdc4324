#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

class QHttpServerResponse;

namespace tableside::server {

/// The security headers on every answer a guest's browser gets (page, files, JSON, errors):
/// a strict Content-Security-Policy (no inline script or style), no sniffing, no framing, no
/// referrer, same-origin only.
class GuestSecurityHeaders
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    static const QList<Header> &all();
    /// Sets all() on @p response.
    static void addTo(QHttpServerResponse &response);
};

} // namespace tableside::server
