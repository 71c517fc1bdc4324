#include "kitchenactions.h"

#include "logging.h"
#include "orderlistmodel.h"
#include "staffapi.h"

#include <memory>
#include <numeric>

namespace tableside::dashboard {

KitchenActions::KitchenActions(StaffApi *api, OrderListModel *orders, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_orders(orders)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

int KitchenActions::pendingRequests() const
{
    return std::accumulate(m_busy.cbegin(), m_busy.cend(), 0);
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
    m_retry.run(
        this, QStringLiteral("kitchen step"),
        [api = m_api, request](StaffApi::Callback answer) {
            switch (request.step) {
            case Step::Start:
                api->stepStation(request.orderId, request.station, StaffApi::StationStep::Start,
                                 std::move(answer));
                break;
            case Step::Ready:
                api->stepStation(request.orderId, request.station, StaffApi::StationStep::Bump,
                                 std::move(answer));
                break;
            case Step::Recall:
                api->stepStation(request.orderId, request.station, StaffApi::StationStep::Recall,
                                 std::move(answer));
                break;
            case Step::OrderReady:
                api->setOrderStatus(request.orderId, OrderStatus::Ready, std::move(answer));
                break;
            }
        },
        [this, request, done](const ApiResult &result, int attempt) {
            onResult(request, result, attempt, done);
        });
}

void KitchenActions::onResult(const Request &request, const ApiResult &result, int attempt,
                              const std::function<void(bool ok)> &done)
{
    std::optional<Order> current;
    const QJsonObject order = result.body.value(QStringLiteral("order")).toObject();
    if (!order.isEmpty()) {
        // The answer (or, on 409, the server's current order) is at least as new as the
        // model's row: apply it now, the event with its seq confirms it.
        current = Order::fromJson(order);
        if (current)
            m_orders->upsertIfNewer(*current);
    }
    bool reached = false;
    if (current) {
        const QString station = current->stationStatus.value(request.station);
        switch (request.step) {
        case Step::Start:
            reached = !station.isEmpty();
            break;
        case Step::Ready:
            reached = station == QLatin1String("ready");
            break;
        case Step::OrderReady:
            reached = current->status == OrderStatus::Ready;
            break;
        case Step::Recall:
            // A recall is never taken as done on a 409: the station may have been bumped
            // again since, and the screen says what the server refused.
            reached = false;
            break;
        }
    }
    if (RetryPolicy::succeeded(result, attempt, reached)) {
        done(true);
        return;
    }
    if (result.isUnauthorized()) {
        done(false); // StaffApi has emitted unauthorized(): back to the login dialog
        return;
    }
    const std::optional<Order> now = m_orders->order(request.orderId);
    const QString number = now ? QString::number(now->orderNumber) : QString();
    if (result.isNetworkFailure())
        emit failed(tr("Order %1: the server cannot be reached (%2). Try again.")
                        .arg(number, result.networkErrorString));
    else
        emit failed(tr("Order %1: %2").arg(number, result.errorMessage()));
    done(false);
}

} // namespace tableside::dashboard
