#include "waitercall.h"

#include "jsonreader.h"

#include <QCoreApplication>

namespace tableside {

namespace {

using Presence = JsonReader::Presence;

} // namespace

QJsonObject WaiterCall::toJson() const
{
    QJsonObject json {
        {QStringLiteral("id"), id},
        {QStringLiteral("callId"), id},
        {QStringLiteral("tableNumber"), tableNumber},
        {QStringLiteral("callType"), toWireString(type)},
        {QStringLiteral("message"), message},
        {QStringLiteral("status"), toWireString(status)},
        {QStringLiteral("urgent"), isUrgent()},
        {QStringLiteral("createdAt"), toWireTimestampOrNull(createdAt)},
        {QStringLiteral("timestamp"), toWireTimestampOrNull(createdAt)},
        {QStringLiteral("acknowledgedAt"), toWireTimestampOrNull(acknowledgedAt)},
        {QStringLiteral("completedAt"), toWireTimestampOrNull(completedAt)},
        {QStringLiteral("acknowledgedBy"), toJsonStringOrNull(acknowledgedBy)},
        {QStringLiteral("changedBy"), toJsonStringOrNull(changedBy)},
    };
    if (!tab.isEmpty())
        json.insert(QStringLiteral("tab"), tab);
    return json;
}

std::optional<WaiterCall> WaiterCall::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json, QStringLiteral("waiter call"));
    WaiterCall call;
    call.id = reader.string(reader.has(QStringLiteral("id")) ? QStringLiteral("id")
                                                             : QStringLiteral("callId"));
    call.tableNumber = int(reader.integer(QStringLiteral("tableNumber"), Presence::Required, 1));
    const QString typeText = reader.string(QStringLiteral("callType"));
    if (const std::optional<CallType> type = callTypeFromWire(typeText))
        call.type = *type;
    else if (reader.has(QStringLiteral("callType"))
             && json.value(QStringLiteral("callType")).isString())
        reader.addError(
            QStringLiteral("callType: ")
            + QCoreApplication::translate("JsonReader", "unknown call type '%1'").arg(typeText));
    call.message = reader.string(QStringLiteral("message"), Presence::Optional);
    if (reader.has(QStringLiteral("status"))) {
        const QString statusText = reader.string(QStringLiteral("status"));
        if (const std::optional<CallStatus> status = callStatusFromWire(statusText))
            call.status = *status;
        else if (json.value(QStringLiteral("status")).isString())
            reader.addError(
                QStringLiteral("status: ")
                + QCoreApplication::translate("JsonReader", "unknown status '%1'").arg(statusText));
    }
    call.createdAt
        = reader.dateTime(reader.has(QStringLiteral("createdAt")) ? QStringLiteral("createdAt")
                                                                  : QStringLiteral("timestamp"),
                          Presence::Optional);
    call.acknowledgedAt = reader.dateTime(QStringLiteral("acknowledgedAt"), Presence::Optional);
    call.completedAt = reader.dateTime(QStringLiteral("completedAt"), Presence::Optional);
    call.acknowledgedBy = reader.string(QStringLiteral("acknowledgedBy"), Presence::Optional);
    call.changedBy = reader.string(QStringLiteral("changedBy"), Presence::Optional);
    call.tab = json.value(QStringLiteral("tab")).toObject();
    if (!reader.ok()) {
        if (error)
            *error = reader.errorString();
        return std::nullopt;
    }
    return call;
}

bool WaiterCall::operator==(const WaiterCall &other) const
{
    return id == other.id && tableNumber == other.tableNumber && type == other.type
        && message == other.message && status == other.status && createdAt == other.createdAt
        && acknowledgedAt == other.acknowledgedAt && completedAt == other.completedAt
        && acknowledgedBy == other.acknowledgedBy && changedBy == other.changedBy
        && tab == other.tab;
}

} // namespace tableside
