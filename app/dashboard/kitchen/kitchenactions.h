#pragma once

#include "apiresult.h"
#include "kitchentile.h"
#include "retrypolicy.h"
#include "tilecolour.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace tableside::dashboard {

class OrderListModel;
class StaffApi;

/// The kitchen screen's actions on the server: bump (New → Preparing → Ready, per station
/// through POST /api/orders/{id}/stations/{s}/start and /bump) and recall (ready → preparing,
/// POST …/recall, within the window), sent through StaffApi. Marks the order busy while in
/// flight, retries network failures with the waiter view's RetryPolicy (a repeat is safe: the
/// server answers 409 with the current order), applies the server's answer to the shared model,
/// and remembers what this screen made ready for recall.
class KitchenActions : public QObject
{
    Q_OBJECT
public:
    /// An order this screen made ready, recallable until @c bumpedAt + the recall window.
    struct Recallable
    {
        QString orderId;
        int orderNumber = 0;
        int tableNumber = 0;
        QDateTime bumpedAt;
    };

    KitchenActions(StaffApi *api, OrderListModel *orders, QObject *parent = nullptr);

    void setStation(const QString &station) { m_station = station; }
    void setRecallWindowSeconds(int seconds) { m_recallWindowSeconds = seconds; }
    void setClock(KitchenClock clock) { m_clock = std::move(clock); }
    /// Attempts per request when the network fails (first try included), and the first delay.
    void setRetryPolicy(int attempts, int firstDelayMs) { m_retry.set(attempts, firstDelayMs); }

    /// Recallable orders, most recently bumped first; expired ones are dropped.
    QList<Recallable> recallable();
    /// Requests in flight (a request waiting for its retry included).
    int pendingRequests() const;

public slots:
    /// One stage on for this screen: New → Preparing, Preparing → Ready.
    void bump(const QString &orderId);
    /// Takes back an order this screen made ready (or any order's ready station, if allowed).
    void recall(const QString &orderId);
    /// Recalls the most recently bumped order still in the window; false if there is none.
    bool recallLast();

signals:
    /// An action could not be carried out; @p message says why (translated).
    void failed(const QString &message);
    /// The order reached @p stage on this screen (the server confirmed it).
    void bumped(const QString &orderId, tableside::dashboard::KitchenTile::Stage stage);
    void recalled(const QString &orderId);
    void recallableChanged();

private:
    enum class Step { Start, Ready, Recall, OrderReady };
    struct Request
    {
        QString orderId;
        QString station;
        Step step;
    };
    void send(const Request &request, const std::function<void(bool ok)> &done);
    void onResult(const Request &request, const ApiResult &result, int attempt,
                  const std::function<void(bool ok)> &done);
    /// Runs @p requests and calls @p finished(allOk) after the last answer.
    void runAll(const QString &orderId, const QList<Request> &requests,
                std::function<void(bool allOk)> finished);
    void pruneRecallable();

    StaffApi *m_api;
    OrderListModel *m_orders;
    QString m_station;
    int m_recallWindowSeconds = 300;
    KitchenClock m_clock;
    RetryPolicy m_retry;
    QHash<QString, int> m_busy; ///< order id → requests in flight
    QList<Recallable> m_recallable;
};

} // namespace tableside::dashboard
