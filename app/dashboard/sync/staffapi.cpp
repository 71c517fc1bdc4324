#include "staffapi.h"

#include "logging.h"
#include "servertrust.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>

namespace tableside::dashboard {

namespace {
// Long enough for a slow tablet Wi-Fi, short enough that a dead server is reported quickly.
constexpr int TransferTimeoutMs = 10'000;

// One path segment (an order id, a station name), percent-encoded.
QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
} // namespace

StaffApi::StaffApi(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

void StaffApi::setTrust(ServerTrust *trust)
{
    m_trust = trust;
    trust->watch(m_network);
}

QUrl StaffApi::resolve(const QString &path) const
{
    QUrl base = m_serverUrl;
    // Keep a path prefix the server may sit under (http://host/tableside/ + api/...).
    QString basePath = base.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const int query = path.indexOf(QLatin1Char('?'));
    base.setPath(basePath + (query < 0 ? path : path.left(query)));
    base.setQuery(query < 0 ? QString() : path.mid(query + 1));
    return base;
}

void StaffApi::login(const QString &pin, Callback done, const QString &name)
{
    QJsonObject json {{QStringLiteral("pin"), pin}};
    if (!name.trimmed().isEmpty())
        json.insert(QStringLiteral("name"), name.trimmed());
    send("POST", resolve(QStringLiteral("/api/staff/login")),
         QJsonDocument(json).toJson(QJsonDocument::Compact), "application/json", Auth::None,
         std::move(done));
}

void StaffApi::changePin(const QString &currentPin, const QString &newPin, Callback done)
{
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("pin"), currentPin},
                                                       {QStringLiteral("newPin"), newPin}})
                                .toJson(QJsonDocument::Compact);
    send("POST", resolve(QStringLiteral("/api/staff/pin")), body, "application/json",
         Auth::Bearer, std::move(done));
}

void StaffApi::fetchRealtimeConfig(Callback done)
{
    send("GET", resolve(QStringLiteral("/api/staff/realtime")), {}, {}, Auth::Bearer,
         std::move(done));
}

void StaffApi::fetchState(Callback done)
{
    send("GET", resolve(QStringLiteral("/api/staff/state")), {}, {}, Auth::Bearer, std::move(done));
}

void StaffApi::fetchEvents(qint64 afterSeq, int limit, Callback done)
{
    QUrl url = resolve(QStringLiteral("/api/events"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(afterSeq));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    url.setQuery(query);
    send("GET", url, {}, {}, Auth::Bearer, std::move(done));
}

void StaffApi::setOrderStatus(const QString &orderId, OrderStatus status, Callback done)
{
    const QByteArray body
        = QJsonDocument(QJsonObject {{QStringLiteral("status"), toWireString(status)}})
              .toJson(QJsonDocument::Compact);
    send("PATCH", resolve(QStringLiteral("/api/orders/%1/status").arg(segment(orderId))), body,
         "application/json", Auth::Bearer, std::move(done));
}

void StaffApi::stepStation(const QString &orderId, const QString &station, StationStep step,
                           Callback done)
{
    const QString action = step == StationStep::Start ? QStringLiteral("start")
        : step == StationStep::Bump                   ? QStringLiteral("bump")
                                                      : QStringLiteral("recall");
    send("POST",
         resolve(QStringLiteral("/api/orders/%1/stations/%2/%3")
                     .arg(segment(orderId), segment(station), action)),
         {}, "application/json", Auth::Bearer, std::move(done));
}

void StaffApi::setCallStatus(const QString &callId, CallStatus status, Callback done)
{
    const QString action = status == CallStatus::Completed ? QStringLiteral("complete")
                                                           : QStringLiteral("acknowledge");
    send("PATCH", resolve(QStringLiteral("/api/waiter-call/%1/%2").arg(segment(callId), action)),
         QByteArray("{}"), "application/json", Auth::Bearer, std::move(done));
}

void StaffApi::postForm(const QUrl &url, const QByteArray &formBody, Callback done)
{
    send("POST", url, formBody, "application/x-www-form-urlencoded", Auth::Bearer, std::move(done));
}

void StaffApi::staffJson(const QByteArray &verb, const QString &path, const QJsonObject &body,
                         Callback done, const QByteArray &idempotencyKey)
{
    const bool withBody = verb != "GET" || !body.isEmpty();
    send(verb, resolve(path),
         withBody ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray(),
         withBody ? QByteArray("application/json") : QByteArray(), Auth::Bearer, std::move(done),
         idempotencyKey);
}

void StaffApi::staffUpload(const QByteArray &verb, const QString &path, const QByteArray &body,
                           const QByteArray &contentType, Callback done)
{
    send(verb, resolve(path), body, contentType, Auth::Bearer, std::move(done));
}

void StaffApi::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                    const QByteArray &contentType, Auth auth, Callback done,
                    const QByteArray &idempotencyKey)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(TransferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (auth == Auth::Bearer && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, verb, auth, done = std::move(done)] {
            reply->deleteLater();
            ApiResult result;
            result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.networkError = reply->error();
            result.networkErrorString = reply->errorString();
            if (m_trust && ServerTrust::refused(reply))
                result.networkErrorString = m_trust->refusalMessage(reply->url());
            const QByteArray data = reply->readAll();
            result.body = QJsonDocument::fromJson(data).object();
            result.raw = data; // reports' PDF and CSV answers
            if (result.isSuccess())
                qCDebug(lcApi) << verb << reply->url().path() << result.httpStatus;
            else
                qCInfo(lcApi).noquote()
                    << verb << reply->url().path() << "failed:"
                    << (result.isNetworkFailure() ? QStringLiteral("network")
                                                  : QString::number(result.httpStatus))
                    << result.errorMessage();
            // A wrong current PIN on a PIN change is 401 invalid_pin: the session goes on.
            if (result.isUnauthorized() && auth == Auth::Bearer
                && result.errorCode() != QLatin1String("invalid_pin"))
                emit unauthorized();
            if (done)
                done(result);
        });
}

} // namespace tableside::dashboard
