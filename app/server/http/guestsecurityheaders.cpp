#include "guestsecurityheaders.h"

#include <QHttpServerResponse>

namespace tableside::server {

namespace {
// No inline script or style anywhere: the page's JS and CSS are files under /guest/.
constexpr char ContentSecurityPolicy[]
    = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
      "form-action 'self'; frame-ancestors 'none'";
} // namespace

const QList<GuestSecurityHeaders::Header> &GuestSecurityHeaders::all()
{
    static const QList<Header> headers {
        {"Content-Security-Policy", ContentSecurityPolicy},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
        {"Permissions-Policy", "camera=(), microphone=(), geolocation=()"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
        {"Cross-Origin-Resource-Policy", "same-origin"},
    };
    return headers;
}

void GuestSecurityHeaders::addTo(QHttpServerResponse &response)
{
    for (const Header &header : all())
        response.setHeader(header.first, header.second);
}

} // namespace tableside::server
