#include "kitchenactions.h"

#include "logging.h"
#include "orderlistmodel.h"
#include "staffapi.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace tableside::dashboard {

namespace {
constexpr int TransferTimeoutMs = 10'000;

QString pathFor(const QString &orderId, const QString &station, const QString &action)
{
    return QStringLiteral("/api/orders/%1/stations/%2/%3")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(orderId)),
             QString::fromLatin1(QUrl::toPercentEncoding(station)), action);
}
} // namespace

KitchenActions::KitchenActions(StaffApi *api, OrderListModel *orders, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_orders(orders)
    , m_network(new QNetworkAccessManager(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void KitchenActions::setRetryPolicy(int attempts, int firstDelayMs)
{
    m_attempts = qMax(1, attempts);
    m_firstDelayMs = firstDelayMs;
}

void KitchenActions::bump(const QString &orderId)
{
    const std::optional<Order> order = m_orders->order(orderId);
    if (!order || m_busy.value(orderId) > 0)
        return; // unknown, or the last bump is still on its way: one step per press
    const KitchenTile::Stage stage = KitchenTile::stageOf(*order, m_station);
    if (stage == KitchenTile::Stage::Ready)
        return;
    const QStringList stations = m_station.isEmpty() ? order->stations() : QStringList {m_station};
    QList<Request> requests;
    const KitchenTile::Stage target = stage == KitchenTile::Stage::New
        ? KitchenTile::Stage::Preparing
        : KitchenTile::Stage::Ready;
    for (const QString &station : stations) {
        const QString status = order->stationStatus.value(station);
        if (target == KitchenTile::Stage::Preparing && status.isEmpty())
            requests.append({orderId, station, Step::Start});
        else if (target == KitchenTile::Stage::Ready && status != QLatin1String("ready"))
            requests.append({orderId, station, Step::Ready});
    }
    if (requests.isEmpty() && target == KitchenTile::Stage::Ready)
        // Every station is done but the order is not (it was taken back as a whole):
        // the all-stations screen finishes the order itself.
        requests.append({orderId, QString(), Step::OrderReady});
    if (requests.isEmpty())
        return;
    qCInfo(lcApi).noquote() << "Kitchen: bump order" << order->orderNumber << "→"
                            << (target == KitchenTile::Stage::Ready ? "ready" : "preparing");
    const int number = order->orderNumber;
    const int table = order->tableNumber;
    runAll(orderId, requests, [this, orderId, target, number, table](bool allOk) {
        if (!allOk)
            return;
        if (target == KitchenTile::Stage::Ready) {
            m_recallable.removeIf([&](const Recallable &r) { return r.orderId == orderId; });
            m_recallable.prepend({orderId, number, table, m_clock()});
            emit recallableChanged();
        }
        emit bumped(orderId, target);
    });
}

void KitchenActions::recall(const QString &orderId)
{
    const std::optional<Order> order = m_orders->order(orderId);
    if (!order || m_busy.value(orderId) > 0)
        return;
    const QStringList stations = m_station.isEmpty() ? order->stations() : QStringList {m_station};
    QList<Request> requests;
    for (const QString &station : stations) {
        if (order->stationStatus.value(station) == QLatin1String("ready"))
            requests.append({orderId, station, Step::Recall});
    }
    if (requests.isEmpty()) {
        emit failed(
            tr("Order %1 is not ready here; there is nothing to recall.").arg(order->orderNumber));
        return;
    }
    qCInfo(lcApi).noquote() << "Kitchen: recall order" << order->orderNumber;
    runAll(orderId, requests, [this, orderId](bool allOk) {
        if (m_recallable.removeIf([&](const Recallable &r) { return r.orderId == orderId; }) > 0)
            emit recallableChanged();
        if (allOk)
            emit recalled(orderId);
    });
}

bool KitchenActions::recallLast()
{
    const QList<Recallable> list = recallable();
    if (list.isEmpty())
        return false;
    recall(list.first().orderId);
    return true;
}

QList<KitchenActions::Recallable> KitchenActions::recallable()
{
    pruneRecallable();
    return m_recallable;
}

void KitchenActions::pruneRecallable()
{
    const QDateTime now = m_clock();
    const qsizetype removed = m_recallable.removeIf(
        [&](const Recallable &r) { return r.bumpedAt.secsTo(now) > m_recallWindowSeconds; });
    if (removed > 0)
        emit recallableChanged();
}

void KitchenActions::runAll(const QString &orderId, const QList<Request> &requests,
                            std::function<void(bool allOk)> finished)
{
    struct Progress
    {
        int left = 0;
        bool allOk = true;
    };
    auto progress = std::make_shared<Progress>();
    progress->left = int(requests.size());
    m_busy[orderId] += int(requests.size());
    m_orders->setActionPending(orderId, true);
    for (const Request &request : requests) {
        send(request, [this, orderId, progress, finished](bool ok) {
            progress->allOk = progress->allOk && ok;
            if (--m_busy[orderId] <= 0) {
                m_busy.remove(orderId);
                m_orders->setActionPending(orderId, false);
            }
            if (--progress->left == 0 && finished)
                finished(progress->allOk);
        });
    }
}

void KitchenActions::send(const Request &request, const std::function<void(bool ok)> &done)
{
    QString path;
    QByteArray verb = "POST";
    QByteArray body;
    switch (request.step) {
    case Step::Start:
        path = pathFor(request.orderId, request.station, QStringLiteral("start"));
        break;
    case Step::Ready:
        path = pathFor(request.orderId, request.station, QStringLiteral("bump"));
        break;
    case Step::Recall:
        path = pathFor(request.orderId, request.station, QStringLiteral("recall"));
        break;
    case Step::OrderReady:
        path = QStringLiteral("/api/orders/%1/status")
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(request.orderId)));
        verb = "PATCH";
        body = R"({"status":"ready"})";
        break;
    }
    QNetworkRequest http(m_api->resolve(path));
    http.setTransferTimeout(TransferTimeoutMs);
    http.setRawHeader("Accept", "application/json");
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!m_api->token().isEmpty())
        http.setRawHeader("Authorization", "Bearer " + m_api->token().toUtf8());
    ++m_inFlight;
    QNetworkReply *reply = m_network->sendCustomRequest(http, verb, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, done] {
        reply->deleteLater();
        --m_inFlight;
        ApiResult result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.networkError = reply->error();
        result.networkErrorString = reply->errorString();
        result.body = QJsonDocument::fromJson(reply->readAll()).object();
        onResult(request, result, done);
    });
}

void KitchenActions::onResult(const Request &request, const ApiResult &result,
                              const std::function<void(bool ok)> &done)
{
    if (result.isNetworkFailure() && request.attempt < m_attempts) {
        // The server may be restarting: try again a little later with the same request.
        Request again = request;
        ++again.attempt;
        const int delay = m_firstDelayMs << qMin(request.attempt - 1, 8);
        qCInfo(lcApi) << "Kitchen: retrying in" << delay << "ms";
        QTimer::singleShot(delay, this, [this, again, done] { send(again, done); });
        return;
    }
    const QJsonObject order = result.body.value(QStringLiteral("order")).toObject();
    if (!order.isEmpty()) {
        // The answer (or, on 409, the server's current order) is at least as new as the
        // model's row: apply it now, the event with its seq confirms it.
        if (const auto parsed = Order::fromJson(order))
            m_orders->upsertIfNewer(*parsed);
    }
    if (result.isSuccess()) {
        done(true);
        return;
    }
    if (result.isUnauthorized()) {
        emit m_api->unauthorized();
        done(false);
        return;
    }
    const std::optional<Order> current = m_orders->order(request.orderId);
    const QString number = current ? QString::number(current->orderNumber) : QString();
    if (result.isConflict() && request.attempt > 1 && request.step != Step::Recall) {
        // A retry after a lost answer: our first attempt went through.
        done(true);
        return;
    }
    if (result.isNetworkFailure())
        emit failed(tr("Order %1: the server cannot be reached (%2). Try again.")
                        .arg(number, result.networkErrorString));
    else
        emit failed(tr("Order %1: %2").arg(number, result.errorMessage()));
    done(false);
}

} // namespace tableside::dashboard
