#include "staffevent.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tableside {

namespace {

using Presence = JsonReader::Presence;

struct EventName
{
    StaffEventType type;
    const char *wire;
};

constexpr EventName EventNames[] = {
    {StaffEventType::NewOrder, "new-order"},
    {StaffEventType::WaiterCallCreated, "waiter-call"},
    {StaffEventType::OrderStatusChange, "order-status-change"},
    {StaffEventType::CallStatusChange, "call-status-change"},
    {StaffEventType::ProductAvailabilityChange, "product-availability-change"},
    {StaffEventType::OrderStationProgress, "order-station-progress"},
    {StaffEventType::BackupStatus, "backup-status"},
    {StaffEventType::TableTabChange, "table-tab-change"},
    {StaffEventType::MenuChange, "menu-change"},
    {StaffEventType::ServiceChange, "service-change"},
    {StaffEventType::VenueChange, "venue-change"},
    {StaffEventType::DeviceStatus, "device-status"},
    {StaffEventType::CallEscalated, "call-escalated"},
    {StaffEventType::OrderEscalated, "order-escalated"},
    {StaffEventType::TableAssignmentChange, "table-assignment-change"},
    {StaffEventType::PrinterStatus, "printer-status"},
};

// What a required field must hold, checked by decode().
enum class FieldKind {
    Text,
    PositiveInteger,
    Count, ///< an integer >= 0
    Id,
    Items,
    Amount,
    Flag,
    Timestamp,
    OrderStatusText,
    CallStatusText,
    CallTypeText
};

struct RequiredField
{
    StaffEventType type;
    const char *key;
    FieldKind kind;
};

// The seed's contract per event (plus our own events), in one table. "seq" is checked for all.
constexpr RequiredField RequiredFields[] = {
    {StaffEventType::NewOrder, "orderId", FieldKind::Text},
    {StaffEventType::NewOrder, "orderNumber", FieldKind::PositiveInteger},
    {StaffEventType::NewOrder, "tableNumber", FieldKind::PositiveInteger},
    {StaffEventType::NewOrder, "items", FieldKind::Items},
    {StaffEventType::NewOrder, "totalBgn", FieldKind::Amount},
    {StaffEventType::NewOrder, "totalEur", FieldKind::Amount},
    {StaffEventType::WaiterCallCreated, "callId", FieldKind::Text},
    {StaffEventType::WaiterCallCreated, "tableNumber", FieldKind::PositiveInteger},
    {StaffEventType::WaiterCallCreated, "callType", FieldKind::CallTypeText},
    {StaffEventType::WaiterCallCreated, "message", FieldKind::Text},
    {StaffEventType::WaiterCallCreated, "timestamp", FieldKind::Timestamp},
    {StaffEventType::OrderStatusChange, "orderId", FieldKind::Text},
    {StaffEventType::OrderStatusChange, "orderNumber", FieldKind::PositiveInteger},
    {StaffEventType::OrderStatusChange, "tableNumber", FieldKind::PositiveInteger},
    {StaffEventType::OrderStatusChange, "status", FieldKind::OrderStatusText},
    {StaffEventType::CallStatusChange, "callId", FieldKind::Text},
    {StaffEventType::CallStatusChange, "tableNumber", FieldKind::PositiveInteger},
    {StaffEventType::CallStatusChange, "status", FieldKind::CallStatusText},
    {StaffEventType::ProductAvailabilityChange, "productId", FieldKind::Id},
    {StaffEventType::ProductAvailabilityChange, "isAvailable", FieldKind::Flag},
    {StaffEventType::OrderStationProgress, "orderId", FieldKind::Text},
    {StaffEventType::OrderStationProgress, "orderNumber", FieldKind::PositiveInteger},
    {StaffEventType::OrderStationProgress, "tableNumber", FieldKind::PositiveInteger},
    {StaffEventType::OrderStationProgress, "station", FieldKind::Text},
    {StaffEventType::OrderStationProgress, "status", FieldKind::Text},
    {StaffEventType::BackupStatus, "ok", FieldKind::Flag},
    {StaffEventType::BackupStatus, "at", FieldKind::Timestamp},
    {StaffEventType::BackupStatus, "file", FieldKind::Text},
    {StaffEventType::BackupStatus, "message", FieldKind::Text},
    {StaffEventType::TableTabChange, "tableNumber", FieldKind::PositiveInteger},
    {StaffEventType::TableTabChange, "totalEurCents", FieldKind::Count},
    {StaffEventType::TableTabChange, "change", FieldKind::Text},
    {StaffEventType::MenuChange, "what", FieldKind::Text},
    {StaffEventType::ServiceChange, "guestOrdering", FieldKind::Flag},
    {StaffEventType::ServiceChange, "waiterCalls", FieldKind::Flag},
    {StaffEventType::VenueChange, "what", FieldKind::Text},
    {StaffEventType::DeviceStatus, "deviceId", FieldKind::Text},
    {StaffEventType::DeviceStatus, "online", FieldKind::Flag},
    {StaffEventType::CallEscalated, "callId", FieldKind::Text},
    {StaffEventType::CallEscalated, "level", FieldKind::PositiveInteger},
    {StaffEventType::OrderEscalated, "orderId", FieldKind::Text},
    {StaffEventType::OrderEscalated, "level", FieldKind::PositiveInteger},
    {StaffEventType::TableAssignmentChange, "assignments", FieldKind::Items},
    {StaffEventType::PrinterStatus, "printer", FieldKind::Text},
    {StaffEventType::PrinterStatus, "state", FieldKind::Text},
};

// Largest integer a JSON number (a double) carries exactly.
constexpr qint64 MaximumJsonInteger = (qint64(1) << 53) - 1;

void checkField(JsonReader &reader, const QString &key, FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text:
        reader.string(key);
        return;
    case FieldKind::PositiveInteger:
        reader.integer(key, Presence::Required, 1);
        return;
    case FieldKind::Count:
        reader.integer(key, Presence::Required, 0, MaximumJsonInteger);
        return;
    case FieldKind::Id:
        reader.integer(key, Presence::Required, 1, MaximumJsonInteger);
        return;
    case FieldKind::Items:
        reader.array(key);
        return;
    case FieldKind::Amount:
        reader.money(key);
        return;
    case FieldKind::Flag:
        reader.boolean(key);
        return;
    case FieldKind::Timestamp:
        reader.dateTime(key);
        return;
    case FieldKind::OrderStatusText:
    case FieldKind::CallStatusText:
    case FieldKind::CallTypeText: {
        const qsizetype errorsBefore = reader.errors().size();
        const QString text = reader.string(key);
        if (reader.errors().size() != errorsBefore)
            return;
        const bool known = kind == FieldKind::OrderStatusText
            ? orderStatusFromWire(text).has_value()
            : kind == FieldKind::CallStatusText ? callStatusFromWire(text).has_value()
                                                : callTypeFromWire(text).has_value();
        if (!known)
            reader.addError(
                key + QStringLiteral(": ")
                + QCoreApplication::translate("StaffEvent", "unknown value '%1'").arg(text));
        return;
    }
    }
}

} // namespace

QString toWireString(StaffEventType type)
{
    for (const EventName &entry : EventNames) {
        if (entry.type == type)
            return QString::fromLatin1(entry.wire);
    }
    // Only reachable with a value cast from an out-of-range integer.
    return {};
}

std::optional<StaffEventType> staffEventTypeFromWire(const QString &name)
{
    for (const EventName &entry : EventNames) {
        if (name == QLatin1String(entry.wire))
            return entry.type;
    }
    return std::nullopt;
}

StaffEvent::StaffEvent(StaffEventType type, qint64 seq, QJsonObject data)
    : m_type(type)
    , m_seq(seq)
    , m_data(std::move(data))
{
    m_data.insert(QStringLiteral("seq"), m_seq);
}

StaffEvent StaffEvent::newOrder(const Order &order, qint64 seq)
{
    return StaffEvent(StaffEventType::NewOrder, seq, order.toJson());
}

StaffEvent StaffEvent::waiterCall(const WaiterCall &call, qint64 seq)
{
    return StaffEvent(StaffEventType::WaiterCallCreated, seq, call.toJson());
}

StaffEvent StaffEvent::orderStatusChange(const Order &order, OrderStatus previousStatus, qint64 seq,
                                         const QDateTime &at)
{
    return StaffEvent(StaffEventType::OrderStatusChange, seq,
                      QJsonObject {
                          {QStringLiteral("orderId"), order.id},
                          {QStringLiteral("orderNumber"), order.orderNumber},
                          {QStringLiteral("tableNumber"), order.tableNumber},
                          {QStringLiteral("status"), toWireString(order.status)},
                          {QStringLiteral("previousStatus"), toWireString(previousStatus)},
                          {QStringLiteral("changedBy"), toJsonStringOrNull(order.changedBy)},
                          {QStringLiteral("updatedAt"), toWireTimestampOrNull(order.updatedAt)},
                          {QStringLiteral("completedAt"), toWireTimestampOrNull(order.completedAt)},
                          {QStringLiteral("createdAt"), toWireTimestampOrNull(at)},
                      });
}

StaffEvent StaffEvent::callStatusChange(const WaiterCall &call, qint64 seq, const QDateTime &at)
{
    return StaffEvent(
        StaffEventType::CallStatusChange, seq,
        QJsonObject {
            {QStringLiteral("callId"), call.id},
            {QStringLiteral("tableNumber"), call.tableNumber},
            {QStringLiteral("status"), toWireString(call.status)},
            {QStringLiteral("acknowledgedBy"), toJsonStringOrNull(call.acknowledgedBy)},
            {QStringLiteral("acknowledgedAt"), toWireTimestampOrNull(call.acknowledgedAt)},
            {QStringLiteral("completedAt"), toWireTimestampOrNull(call.completedAt)},
            {QStringLiteral("changedBy"), toJsonStringOrNull(call.changedBy)},
            {QStringLiteral("createdAt"), toWireTimestampOrNull(at)},
        });
}

StaffEvent StaffEvent::productAvailabilityChange(qint64 productId, bool isAvailable,
                                                 const QString &changedBy, qint64 seq,
                                                 const QDateTime &at)
{
    return StaffEvent(StaffEventType::ProductAvailabilityChange, seq,
                      QJsonObject {
                          {QStringLiteral("productId"), productId},
                          {QStringLiteral("isAvailable"), isAvailable},
                          {QStringLiteral("changedBy"), toJsonStringOrNull(changedBy)},
                          {QStringLiteral("createdAt"), toWireTimestampOrNull(at)},
                      });
}

StaffEvent StaffEvent::orderStationProgress(const Order &order, const QString &station,
                                            const QString &stationStatus, qint64 seq,
                                            const QDateTime &at)
{
    // The event carries the whole per-station map, with this station's change applied, so a
    // client that missed earlier progress events still shows every station right.
    QJsonObject stations;
    for (auto it = order.stationStatus.cbegin(); it != order.stationStatus.cend(); ++it)
        stations.insert(it.key(), it.value());
    stations.insert(station, stationStatus);
    return StaffEvent(StaffEventType::OrderStationProgress, seq,
                      QJsonObject {
                          {QStringLiteral("orderId"), order.id},
                          {QStringLiteral("orderNumber"), order.orderNumber},
                          {QStringLiteral("tableNumber"), order.tableNumber},
                          {QStringLiteral("station"), station},
                          {QStringLiteral("status"), stationStatus},
                          {QStringLiteral("orderStatus"), toWireString(order.status)},
                          {QStringLiteral("stationStatus"), stations},
                          {QStringLiteral("changedBy"), toJsonStringOrNull(order.changedBy)},
                          {QStringLiteral("createdAt"), toWireTimestampOrNull(at)},
                      });
}

StaffEvent StaffEvent::backupStatus(bool ok, const QDateTime &at, const QString &file,
                                    const QString &message, qint64 seq)
{
    return StaffEvent(StaffEventType::BackupStatus, seq,
                      QJsonObject {
                          {QStringLiteral("ok"), ok},
                          {QStringLiteral("at"), toWireTimestampOrNull(at)},
                          {QStringLiteral("file"), file},
                          {QStringLiteral("message"), message},
                          {QStringLiteral("createdAt"), toWireTimestampOrNull(at)},
                      });
}

StaffEvent StaffEvent::make(StaffEventType type, QJsonObject data, qint64 seq, const QDateTime &at)
{
    if (at.isValid())
        data.insert(QStringLiteral("createdAt"), toWireTimestampOrNull(at));
    return StaffEvent(type, seq, std::move(data));
}

std::optional<StaffEvent> StaffEvent::decode(const QString &name, const QJsonObject &data,
                                             QString *error)
{
    const std::optional<StaffEventType> type = staffEventTypeFromWire(name);
    if (!type) {
        if (error)
            *error = QCoreApplication::translate("StaffEvent", "unknown event '%1'").arg(name);
        return std::nullopt;
    }
    JsonReader reader(data, name);
    const qint64 seq
        = reader.integer(QStringLiteral("seq"), Presence::Required, 0, MaximumJsonInteger);
    for (const RequiredField &field : RequiredFields) {
        if (field.type == *type)
            checkField(reader, QString::fromLatin1(field.key), field.kind);
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.errorString();
        return std::nullopt;
    }
    return StaffEvent(*type, seq, data);
}

std::optional<StaffEvent> StaffEvent::decode(const QString &name, const QByteArray &dataJson,
                                             QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(dataJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error) {
            *error = name + QStringLiteral(": ")
                + (parseError.error != QJsonParseError::NoError
                       ? QCoreApplication::translate("StaffEvent", "payload is not valid JSON (%1)")
                             .arg(parseError.errorString())
                       : QCoreApplication::translate("StaffEvent", "payload is not a JSON object"));
        }
        return std::nullopt;
    }
    return decode(name, document.object(), error);
}

QDateTime StaffEvent::createdAt() const
{
    const QDateTime time = QDateTime::fromString(
        m_data.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QByteArray StaffEvent::dataJson() const
{
    return QJsonDocument(m_data).toJson(QJsonDocument::Compact);
}

StaffEvent StaffEvent::withSeq(qint64 seq) const
{
    return StaffEvent(m_type, seq, m_data);
}

std::optional<Order> StaffEvent::order() const
{
    if (m_type != StaffEventType::NewOrder)
        return std::nullopt;
    return Order::fromJson(m_data);
}

std::optional<WaiterCall> StaffEvent::call() const
{
    if (m_type != StaffEventType::WaiterCallCreated)
        return std::nullopt;
    return WaiterCall::fromJson(m_data);
}

QString StaffEvent::subjectId() const
{
    switch (m_type) {
    case StaffEventType::NewOrder:
    case StaffEventType::OrderStatusChange:
    case StaffEventType::OrderStationProgress:
        return m_data.value(QStringLiteral("orderId")).toString();
    case StaffEventType::WaiterCallCreated:
    case StaffEventType::CallStatusChange:
        return m_data.value(QStringLiteral("callId")).toString();
    case StaffEventType::ProductAvailabilityChange:
        return QString::number(m_data.value(QStringLiteral("productId")).toInteger());
    case StaffEventType::BackupStatus:
        return m_data.value(QStringLiteral("file")).toString();
    case StaffEventType::TableTabChange:
        return QString::number(m_data.value(QStringLiteral("tableNumber")).toInteger());
    case StaffEventType::MenuChange:
    case StaffEventType::VenueChange:
        return m_data.value(QStringLiteral("what")).toString();
    case StaffEventType::ServiceChange:
    case StaffEventType::TableAssignmentChange:
        return {};
    case StaffEventType::DeviceStatus:
        return m_data.value(QStringLiteral("deviceId")).toString();
    case StaffEventType::CallEscalated:
        return m_data.value(QStringLiteral("callId")).toString();
    case StaffEventType::OrderEscalated:
        return m_data.value(QStringLiteral("orderId")).toString();
    case StaffEventType::PrinterStatus:
        return m_data.value(QStringLiteral("printer")).toString();
    }
    return {};
}

QString StaffEvent::status() const
{
    return m_data.value(QStringLiteral("status")).toString();
}

bool StaffEvent::operator==(const StaffEvent &other) const
{
    return m_type == other.m_type && m_seq == other.m_seq && m_data == other.m_data;
}

} // namespace tableside
