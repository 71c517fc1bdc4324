#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tableside::server {

/// Durations of one kind (order → start, call → acknowledge …) in milliseconds: count,
/// average (rounded half up), median and 90th percentile (nearest rank: the value at rank
/// ⌈p·n⌉ of the sorted list) and the slowest five with what they belong to.
struct DurationStats
{
    struct Slow
    {
        QString id; ///< order or call id
        QString businessDay;
        int number = 0; ///< order number (0 for calls)
        int tableNumber = 0;
        qint64 ms = 0;
    };
    qint64 count = 0;
    qint64 averageMs = 0;
    qint64 medianMs = 0;
    qint64 p90Ms = 0;
    QList<qint64> all; ///< sorted, for the distribution charts
    QList<Slow> slowest; ///< up to five, slowest first
};

/// Everything a report shows for a period of business days, computed by ReportQuery from the
/// durable data. Money is integer euro cents; BGN is always derived from the EUR totals.
struct Report
{
    QDate from; ///< first business day
    QDate to; ///< last business day (inclusive)
    int businessDayStartHour = 4;
    QDateTime generatedAt; ///< UTC

    // Orders that were not cancelled (paid or not).
    qint64 revenueEurCents = 0;
    qint64 orders = 0;
    qint64 items = 0;
    qint64 averageTicketEurCents = 0; ///< revenue / orders, rounded half up
    qint64 cancelledOrders = 0;
    qint64 cancelledEurCents = 0;

    struct ProductRow
    {
        qint64 productId = 0;
        QString nameBg, nameEn, categoryBg, categoryEn;
        qint64 quantity = 0;
        qint64 revenueEurCents = 0;
    };
    QList<ProductRow> products; ///< by revenue, highest first
    struct CategoryRow
    {
        QString nameBg, nameEn;
        qint64 quantity = 0;
        qint64 revenueEurCents = 0;
    };
    QList<CategoryRow> categories;

    struct HourRow
    {
        QDateTime start; ///< local time with its UTC offset (a DST fall-back hour comes twice)
        qint64 orders = 0;
        qint64 items = 0;
        qint64 revenueEurCents = 0;
    };
    QList<HourRow> hours; ///< in time order, only hours with orders

    struct TableRow
    {
        int tableNumber = 0;
        qint64 orders = 0;
        qint64 items = 0;
        qint64 revenueEurCents = 0;
    };
    QList<TableRow> tables;

    struct StaffRow
    {
        QString name;
        qint64 ordersCompleted = 0;
        qint64 completedEurCents = 0;
        qint64 ordersCancelled = 0;
        qint64 callsAcknowledged = 0;
        qint64 callsCompleted = 0;
        qint64 payments = 0;
        qint64 paymentsEurCents = 0;
        qint64 tipsEurCents = 0;
        qint64 paymentsVoided = 0;
    };
    QList<StaffRow> staff;

    struct StationRow
    {
        QString station; ///< "*" = the whole order (orders.ready_at)
        DurationStats toStart;
        DurationStats toReady;
    };
    QList<StationRow> stations;

    struct CallRow
    {
        QString group; ///< a call type, or a waiter's name in waiterCalls
        qint64 count = 0;
        qint64 unanswered = 0; ///< still pending (never acknowledged nor completed)
        DurationStats toAcknowledge;
        DurationStats toComplete;
    };
    QList<CallRow> callTypes;
    QList<CallRow> waiterCalls; ///< per waiter who acknowledged (ack) or completed them
    qint64 calls = 0;
    qint64 unansweredCalls = 0;

    // Payments (issue 15's tables), when the database has them.
    bool paymentsAvailable = false;
    struct PaymentRow
    {
        QString method; ///< cash, card …
        qint64 count = 0;
        qint64 amountEurCents = 0; ///< without tips
        qint64 tipsEurCents = 0;
    };
    QList<PaymentRow> paymentMethods; ///< payments not voided
    qint64 paidEurCents = 0;
    qint64 tipsEurCents = 0;

    /// A cancelled order or a voided payment, with who did it.
    struct VoidRow
    {
        QString kind; ///< "order-cancelled" or "payment-voided"
        QString id;
        int orderNumber = 0;
        int tableNumber = 0;
        QDateTime at;
        QString by;
        qint64 amountEurCents = 0;
        QString reason;
    };
    QList<VoidRow> voids;
};

} // namespace tableside::server
