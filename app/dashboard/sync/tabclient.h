#pragma once

#include "staffapi.h"

#include <QJsonArray>
#include <QObject>

namespace tableside::dashboard {

/// The bill routes of the staff API (tabs, payments, voids, moves and merges): a thin layer over
/// StaffApi, so the route names and bodies live in one place.
class TabClient : public QObject
{
    Q_OBJECT
public:
    using Callback = StaffApi::Callback;
    /// What one pay action asks for. No items and no parts = the whole tab.
    struct PaymentRequest
    {
        QString method = QStringLiteral("cash"); ///< "cash" | "card"
        qint64 tipEurCents = 0;
        qint64 tenderedEurCents = -1; ///< cash only; -1 = not entered
        QJsonArray items; ///< [{"orderId","itemId","quantity"}]
        int parts = 0; ///< equal split in N parts (pays the next part)
        QJsonObject toJson() const;
    };

    explicit TabClient(StaffApi *api, QObject *parent = nullptr);

    /// GET /api/tables/{n}/tab.
    void fetchTab(int tableNumber, Callback done);
    /// GET /api/tables/{n}/payments.
    void fetchPayments(int tableNumber, Callback done);
    /// POST /api/tables/{n}/payments with @p idempotencyKey: a retry with the same key pays once.
    void pay(int tableNumber, const PaymentRequest &request, const QByteArray &idempotencyKey,
             Callback done);
    /// POST /api/payments/{id}/void {"reason"} (managers).
    void voidPayment(const QString &paymentId, const QString &reason, Callback done);
    /// POST /api/orders/{id}/move {"tableNumber"}.
    void moveOrder(const QString &orderId, int toTable, Callback done);
    /// POST /api/tables/{n}/move {"toTable"}: the whole tab.
    void moveTab(int fromTable, int toTable, Callback done);
    /// POST /api/tables/{n}/merge {"fromTable"}: @p fromTable's tab into @p intoTable's.
    void mergeTab(int intoTable, int fromTable, Callback done);

    /// A new Idempotency-Key (one per submission; reused when the same submission is retried).
    static QByteArray newIdempotencyKey();

private:
    /// @p done, called only while this client still exists.
    Callback guarded(Callback done);

    StaffApi *m_api;
};

} // namespace tableside::dashboard
