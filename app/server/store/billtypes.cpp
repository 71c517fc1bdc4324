#include "billtypes.h"

#include "jsonreader.h"

#include <QJsonArray>

namespace tableside::server::bill {

QJsonObject TableEntry::toJson() const
{
    QJsonArray calls;
    for (const QString &type : openCalls)
        calls.append(type);
    return {
        {QStringLiteral("tableNumber"), tableNumber},
        {QStringLiteral("name"), name},
        {QStringLiteral("area"), area},
        {QStringLiteral("seats"), seats},
        {QStringLiteral("active"), active},
        {QStringLiteral("state"), state},
        {QStringLiteral("tab"), tab.summaryJson()},
        {QStringLiteral("lastActivityAt"), toWireTimestampOrNull(lastActivityAt)},
        {QStringLiteral("openCalls"), calls},
        {QStringLiteral("lastPaymentAt"), toWireTimestampOrNull(tab.lastPaymentAt)},
    };
}

} // namespace tableside::server::bill
