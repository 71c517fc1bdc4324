#pragma once

#include "callstatus.h"
#include "order.h"
#include "orderstatus.h"
#include "waitercall.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace tableside {

/// The kinds of event broadcast on the staff channel. The first four are the seed's contract.
enum class StaffEventType {
    NewOrder, ///< "new-order"
    WaiterCallCreated, ///< "waiter-call"
    OrderStatusChange, ///< "order-status-change"
    CallStatusChange, ///< "call-status-change"
    ProductAvailabilityChange, ///< "product-availability-change"
    OrderStationProgress, ///< "order-station-progress" (kitchen stations, see docs/api.md)
    BackupStatus, ///< "backup-status" (after every backup attempt, see docs/backups.md)
    TableTabChange, ///< "table-tab-change" (a table's bill: opened, changed, paid, voided, moved)
    MenuChange, ///< "menu-change" (the manager edited the menu: products, categories, pauses)
    ServiceChange, ///< "service-change" (guest ordering / waiter calls switched on or off)
    VenueChange, ///< "venue-change" (tables, staff or approval rules edited in the console)
    DeviceStatus, ///< "device-status" (a staff device went offline, came back, muted, lags)
    CallEscalated, ///< "call-escalated" (a call nobody acknowledged reached the next level)
    OrderEscalated, ///< "order-escalated" (a ready order nobody picked up reached the next level)
    TableAssignmentChange, ///< "table-assignment-change" (tables assigned to waiters)
    PrinterStatus, ///< "printer-status" (a printer's state: ok, offline, paper out)
};

QString toWireString(StaffEventType type);
std::optional<StaffEventType> staffEventTypeFromWire(const QString &name);

/// One event of the staff channel: its name, its per-channel sequence number and its payload.
///
/// Payloads carry exactly the seed's field names and types, plus "seq" (integer) and
/// "createdAt" (event time), and "changedBy" where staff made the change:
///   new-order:            Order::toJson() + seq        required: orderId, orderNumber,
///                          tableNumber, items, totalBgn, totalEur
///   waiter-call:          WaiterCall::toJson() + seq   required: callId, tableNumber, callType,
///                          message, timestamp
///   order-status-change:  {orderId, orderNumber, tableNumber, status, previousStatus,
///                          changedBy, updatedAt, completedAt|null, seq, createdAt}
///                          required: orderId, orderNumber, tableNumber, status
///   call-status-change:   {callId, tableNumber, status, acknowledgedBy|null, acknowledgedAt|null,
///                          completedAt|null, changedBy, seq, createdAt}
///                          required: callId, tableNumber, status
///   product-availability-change: {productId, isAvailable, changedBy, seq, createdAt}
///   order-station-progress: {orderId, orderNumber, tableNumber, station, status,
///                          stationStatus:{station:status}, changedBy, seq, createdAt}
///   backup-status:        {ok, at, file ("" on failure), message, seq, createdAt}
///                          required: ok, at, file, message
/// Events built with make() (their payloads are documented in docs/api.md), required fields:
///   table-tab-change: tableNumber, totalEurCents, change   menu-change: what
///   service-change: guestOrdering, waiterCalls             venue-change: what
///   device-status: deviceId, online                        call-escalated: callId, level
///   order-escalated: orderId, level                        table-assignment-change: assignments
///   printer-status: printer, state
/// "seq" is required on every decoded event. Unknown fields are kept and ignored.
class StaffEvent
{
public:
    StaffEvent() = default;

    static StaffEvent newOrder(const Order &order, qint64 seq);
    static StaffEvent waiterCall(const WaiterCall &call, qint64 seq);
    static StaffEvent orderStatusChange(const Order &order, OrderStatus previousStatus, qint64 seq,
                                        const QDateTime &at);
    static StaffEvent callStatusChange(const WaiterCall &call, qint64 seq, const QDateTime &at);
    static StaffEvent productAvailabilityChange(qint64 productId, bool isAvailable,
                                                const QString &changedBy, qint64 seq,
                                                const QDateTime &at);
    static StaffEvent orderStationProgress(const Order &order, const QString &station,
                                           const QString &stationStatus, qint64 seq,
                                           const QDateTime &at);
    static StaffEvent backupStatus(bool ok, const QDateTime &at, const QString &file,
                                   const QString &message, qint64 seq);
    /// Any event from its payload (seq is set; "createdAt" from @p at when valid). For the
    /// events without a factory of their own; decode() checks their required fields the same.
    static StaffEvent make(StaffEventType type, QJsonObject data, qint64 seq,
                           const QDateTime &at = {});

    /// Validates @p data against the event's required fields and types; the error names every
    /// missing or ill-typed field ("order-status-change: status: missing").
    static std::optional<StaffEvent> decode(const QString &name, const QJsonObject &data,
                                            QString *error = nullptr);
    /// Same, from the JSON text of the payload (as a Pusher channel event carries it).
    static std::optional<StaffEvent> decode(const QString &name, const QByteArray &dataJson,
                                            QString *error = nullptr);

    StaffEventType type() const { return m_type; }
    QString name() const { return toWireString(m_type); }
    qint64 seq() const { return m_seq; }
    QDateTime createdAt() const;
    const QJsonObject &data() const { return m_data; }
    /// Compact JSON text of data(): what goes into the log and on the wire.
    QByteArray dataJson() const;
    /// A copy with another seq (data()["seq"] updated too).
    StaffEvent withSeq(qint64 seq) const;

    /// Typed views; nullopt when the event is of another type.
    std::optional<Order> order() const; ///< new-order
    std::optional<WaiterCall> call() const; ///< waiter-call
    /// orderId (order events) or callId (call events) or productId as text, or a backup's file;
    /// tableNumber, "what", deviceId or printer for the events made with make().
    QString subjectId() const;
    /// "status" of a status-change / station-progress event.
    QString status() const;

    bool operator==(const StaffEvent &other) const;

private:
    StaffEvent(StaffEventType type, qint64 seq, QJsonObject data);
    StaffEventType m_type = StaffEventType::NewOrder;
    qint64 m_seq = 0;
    QJsonObject m_data;
};

} // namespace tableside
