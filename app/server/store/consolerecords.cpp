#include "consolerecords.h"

#include "database.h"

#include <QJsonDocument>

namespace tableside::server {

QJsonObject ConsoleStaff::toJson() const
{
    QJsonObject json = member.toJson();
    json.insert(QStringLiteral("active"), active);
    json.insert(QStringLiteral("createdAt"), Database::timeText(createdAt));
    return json;
}

QJsonObject ConsoleTable::toJson() const
{
    return {
        {QStringLiteral("number"), number},
        {QStringLiteral("name"), name},
        {QStringLiteral("area"), area},
        {QStringLiteral("seats"), seats},
        {QStringLiteral("active"), active},
        {QStringLiteral("scans"), scans},
        {QStringLiteral("lastScannedAt"),
         lastScannedAt.isValid() ? QJsonValue(Database::timeText(lastScannedAt))
                                 : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject ServiceSwitches::guestJson() const
{
    return {
        {QStringLiteral("guestOrdering"), guestOrdering},
        {QStringLiteral("waiterCalls"), waiterCalls},
        {QStringLiteral("orderingMessage"), orderingMessage},
        {QStringLiteral("callsMessage"), callsMessage},
    };
}

QJsonObject ServiceSwitches::toJson() const
{
    QJsonObject json = guestJson();
    json.insert(QStringLiteral("approval"),
                QJsonObject {
                    {QStringLiteral("enabled"), approvalEnabled},
                    {QStringLiteral("maxOrders"), approvalMaxOrders},
                    {QStringLiteral("maxEurCents"), approvalMaxEurCents},
                    {QStringLiteral("windowMinutes"), approvalWindowMinutes},
                });
    return json;
}

ServiceSwitches ServiceSwitches::fromJson(const QJsonObject &json)
{
    ServiceSwitches s;
    s.guestOrdering = json.value(QStringLiteral("guestOrdering")).toBool(true);
    s.waiterCalls = json.value(QStringLiteral("waiterCalls")).toBool(true);
    s.orderingMessage = json.value(QStringLiteral("orderingMessage")).toString();
    s.callsMessage = json.value(QStringLiteral("callsMessage")).toString();
    const QJsonObject approval = json.value(QStringLiteral("approval")).toObject();
    s.approvalEnabled = approval.value(QStringLiteral("enabled")).toBool(false);
    s.approvalMaxOrders = approval.value(QStringLiteral("maxOrders")).toInt(3);
    s.approvalMaxEurCents = qint64(approval.value(QStringLiteral("maxEurCents")).toDouble(10000));
    s.approvalWindowMinutes = approval.value(QStringLiteral("windowMinutes")).toInt(10);
    return s;
}

} // namespace tableside::server
