#include "servicegate.h"

#include "settingsrepository.h"
#include "store.h"

#include <QJsonDocument>

namespace tableside::server {

namespace {
const QString Key = QStringLiteral("service_switches");
}

ServiceSwitches ServiceGate::read(SettingsRepository &settings, Database::Connection connection)
{
    // No row yet = everything on and approval off (a new or an older database).
    return ServiceSwitches::fromJson(
        QJsonDocument::fromJson(settings.value(connection, Key).toUtf8()).object());
}

bool ServiceGate::write(SettingsRepository &settings, const ServiceSwitches &switches)
{
    return settings.setValue(
        Key, QString::fromUtf8(QJsonDocument(switches.toJson()).toJson(QJsonDocument::Compact)));
}

std::optional<StoreError> ServiceGate::refusal(const ServiceSwitches &switches, Kind kind)
{
    const bool ordering = kind == Kind::Ordering;
    if (ordering ? switches.guestOrdering : switches.waiterCalls)
        return std::nullopt;
    QString message = ordering ? switches.orderingMessage : switches.callsMessage;
    if (message.isEmpty())
        message = ordering ? Store::tr("Ordering from the table is paused; please ask the staff.")
                           : Store::tr("Calling the waiter from the table is paused; please ask "
                                       "the staff.");
    return StoreError {StoreError::Code::ServicePaused,
                       message,
                       {{QStringLiteral("paused"),
                         ordering ? QStringLiteral("ordering") : QStringLiteral("calls")},
                        {QStringLiteral("service"), switches.guestJson()}}};
}

} // namespace tableside::server
