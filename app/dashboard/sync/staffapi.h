#pragma once

#include "apiresult.h"
#include "callstatus.h"
#include "orderstatus.h"

#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace tableside::dashboard {

class ServerTrust;

/// The staff REST API of tableside-server, as the dashboard uses it. Every staff request carries
/// the Bearer token; a 401 on any of them emits unauthorized() (back to the login dialog).
class StaffApi : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResult &)>;
    /// What a kitchen screen does to one station of an order.
    enum class StationStep { Start, Bump, Recall };

    explicit StaffApi(QObject *parent = nullptr);

    QUrl serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QUrl &url) { m_serverUrl = url; }
    /// Pins the server's TLS certificate on first use and refuses a changed one (a refused
    /// request fails with ServerTrust::refusalMessage() as its error).
    void setTrust(ServerTrust *trust);
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }

    /// POST /api/staff/login {"pin"} or, with @p name, {"name","pin"}: the guess is then
    /// checked against that staff member only (no token).
    void login(const QString &pin, Callback done, const QString &name = {});
    /// POST /api/staff/pin {"pin","newPin"}: the signed-in member's own PIN.
    void changePin(const QString &currentPin, const QString &newPin, Callback done);
    /// GET /api/staff/realtime.
    void fetchRealtimeConfig(Callback done);
    /// GET /api/staff/state.
    void fetchState(Callback done);
    /// GET /api/events?after=SEQ&limit=N.
    void fetchEvents(qint64 afterSeq, int limit, Callback done);
    /// PATCH /api/orders/{id}/status {"status"}.
    void setOrderStatus(const QString &orderId, OrderStatus status, Callback done);
    /// POST /api/orders/{id}/stations/{station}/start, /bump or /recall (empty body).
    void stepStation(const QString &orderId, const QString &station, StationStep step,
                     Callback done);
    /// PATCH /api/waiter-call/{id}/acknowledge or /complete.
    void setCallStatus(const QString &callId, CallStatus status, Callback done);
    /// POST to an absolute URL with a form body and the Bearer token (Pusher channel auth).
    void postForm(const QUrl &url, const QByteArray &formBody, Callback done);
    /// A staff JSON request to @p path ("/api/tables/4/tab"): no body when @p body is empty on
    /// GET; @p idempotencyKey (when not empty) goes out as the Idempotency-Key header.
    void staffJson(const QByteArray &verb, const QString &path, const QJsonObject &body,
                   Callback done, const QByteArray &idempotencyKey = {});

    /// A staff request with a raw body of @p contentType (a product photo: PUT
    /// /api/admin/products/{id}/photo with image/jpeg).
    void staffUpload(const QByteArray &verb, const QString &path, const QByteArray &body,
                     const QByteArray &contentType, Callback done);

    /// An absolute URL for @p path on the server ("/pusher/auth").
    QUrl resolve(const QString &path) const;

signals:
    /// A staff request was refused with 401: the token expired or was revoked.
    void unauthorized();

private:
    enum class Auth { None, Bearer };
    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
              const QByteArray &contentType, Auth auth, Callback done,
              const QByteArray &idempotencyKey = {});

    QNetworkAccessManager *m_network;
    ServerTrust *m_trust = nullptr;
    QUrl m_serverUrl;
    QString m_token;
};

} // namespace tableside::dashboard
