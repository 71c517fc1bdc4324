#include "serversettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace tableside::server {

namespace {

// Reads one integer key within [minimum, maximum]; absent keys leave @p target unchanged.
template<typename T>
bool readInt(QSettings &ini, const QString &key, qint64 minimum, qint64 maximum, T &target,
             QString *error)
{
    if (!ini.contains(key))
        return true;
    bool ok = false;
    const qint64 value = ini.value(key).toString().trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        if (error)
            *error = QCoreApplication::translate("ServerSettings",
                                                 "%1: expected an integer from %2 to %3")
                         .arg(key)
                         .arg(minimum)
                         .arg(maximum);
        return false;
    }
    target = static_cast<T>(value);
    return true;
}

bool readBool(QSettings &ini, const QString &key, bool &target, QString *error)
{
    if (!ini.contains(key))
        return true;
    const QString text = ini.value(key).toString().trimmed().toLower();
    if (text == u"true" || text == u"1" || text == u"yes" || text == u"on") {
        target = true;
    } else if (text == u"false" || text == u"0" || text == u"no" || text == u"off") {
        target = false;
    } else {
        if (error)
            *error = QCoreApplication::translate("ServerSettings", "%1: expected true or false")
                         .arg(key);
        return false;
    }
    return true;
}

void readString(QSettings &ini, const QString &key, QString &target)
{
    if (ini.contains(key))
        target = ini.value(key).toString().trimmed();
}

// A free text: QSettings reads an unquoted value with commas ("ул. Витоша 1, София") as a list.
void readText(QSettings &ini, const QString &key, QString &target)
{
    if (!ini.contains(key))
        return;
    const QVariant value = ini.value(key);
    const bool list = value.typeId() == QMetaType::QStringList;
    target = (list ? value.toStringList().join(QStringLiteral(", ")) : value.toString()).trimmed();
}

} // namespace

QString ServerSettings::metricsAccessName(MetricsAccess access)
{
    switch (access) {
    case MetricsAccess::LocalhostOrStaff:
        return QStringLiteral("localhost+staff");
    case MetricsAccess::Localhost:
        return QStringLiteral("localhost");
    case MetricsAccess::Staff:
        return QStringLiteral("staff");
    case MetricsAccess::Open:
        return QStringLiteral("open");
    }
    return {};
}

QString ServerSettings::effectiveDataDir() const
{
    if (!dataDir.isEmpty())
        return dataDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ServerSettings::effectiveBackupFolder() const
{
    if (!backupFolder.isEmpty())
        return backupFolder;
    return QDir(effectiveDataDir()).filePath(QStringLiteral("backups"));
}

QString ServerSettings::effectiveReportsFolder() const
{
    if (!reportsFolder.isEmpty())
        return reportsFolder;
    return QDir(effectiveDataDir()).filePath(QStringLiteral("reports"));
}

bool ServerSettings::load(QSettings &ini, QString *error)
{
    readString(ini, QStringLiteral("server/dataDir"), dataDir);
    readString(ini, QStringLiteral("backup/folder"), backupFolder);
    readString(ini, QStringLiteral("reports/folder"), reportsFolder);
    readString(ini, QStringLiteral("reports/language"), reportsLanguage);
    readText(ini, QStringLiteral("venue/name"), venueName);
    readText(ini, QStringLiteral("venue/address"), venueAddress);
    readText(ini, QStringLiteral("venue/taxId"), venueTaxId);
    if (reportsLanguage != u"bg" && reportsLanguage != u"en") {
        if (error)
            *error = QCoreApplication::translate("ServerSettings",
                                                 "reports/language: expected bg or en");
        return false;
    }
    if (ini.contains(QStringLiteral("server/address"))) {
        const QString text = ini.value(QStringLiteral("server/address")).toString().trimmed();
        QHostAddress parsed;
        if (!parsed.setAddress(text)) {
            if (error)
                *error = QCoreApplication::translate("ServerSettings",
                                                     "server/address: not an IP address: %1")
                             .arg(text);
            return false;
        }
        address = parsed;
    }
    if (ini.contains(QStringLiteral("server/metricsAccess"))) {
        const QString text
            = ini.value(QStringLiteral("server/metricsAccess")).toString().trimmed().toLower();
        bool known = false;
        for (MetricsAccess access : {MetricsAccess::LocalhostOrStaff, MetricsAccess::Localhost,
                                     MetricsAccess::Staff, MetricsAccess::Open})
            if (text == metricsAccessName(access)) {
                metricsAccess = access;
                known = true;
            }
        if (!known) {
            if (error)
                *error = QCoreApplication::translate(
                    "ServerSettings",
                    "server/metricsAccess: expected localhost+staff, localhost, staff or open");
            return false;
        }
    }
    bool publicStaffChannel = realtime.staffChannel == QStringLiteral("staff-channel");
    const bool ok = readInt(ini, QStringLiteral("server/port"), 0, 65535, port, error)
        && readInt(ini, QStringLiteral("server/maxBodyBytes"), 1024, 64 * 1024 * 1024, maxBodyBytes,
                   error)
        && readInt(ini, QStringLiteral("server/maxHeaderBytes"), 1024, 1024 * 1024, maxHeaderBytes,
                   error)
        && readInt(ini, QStringLiteral("server/maxConnections"), 1, 100000, maxConnections, error)
        && readInt(ini, QStringLiteral("server/idleTimeoutSeconds"), 1, 86400, idleTimeoutSeconds,
                   error)
        && readInt(ini, QStringLiteral("auth/tokenLifetimeHours"), 1, 24 * 365, tokenLifetimeHours,
                   error)
        && readInt(ini, QStringLiteral("auth/loginMaxAttempts"), 1, 1000, loginMaxAttempts, error)
        && readInt(ini, QStringLiteral("auth/loginLockoutMinutes"), 0, 24 * 60, loginLockoutMinutes,
                   error)
        && readInt(ini, QStringLiteral("auth/loginGlobalMaxAttempts"), 1, 100000,
                   loginGlobalMaxAttempts, error)
        && readInt(ini, QStringLiteral("orders/businessDayStartHour"), 0, 23, businessDayStartHour,
                   error)
        && readInt(ini, QStringLiteral("orders/recallWindowSeconds"), 0, 86400, recallWindowSeconds,
                   error)
        && readInt(ini, QStringLiteral("orders/guestWritesPerMinute"), 0, 1000000,
                   guestWritesPerMinute, error)
        && readInt(ini, QStringLiteral("orders/guestWriteBurst"), 1, 1000000, guestWriteBurst,
                   error)
        && readInt(ini, QStringLiteral("orders/tableOrdersPerMinute"), 0, 1000000,
                   tableOrdersPerMinute, error)
        && readInt(ini, QStringLiteral("orders/tableOrderBurst"), 1, 1000000, tableOrderBurst,
                   error)
        && readInt(ini, QStringLiteral("orders/tableCallsPerMinute"), 0, 1000000,
                   tableCallsPerMinute, error)
        && readInt(ini, QStringLiteral("orders/tableCallBurst"), 1, 1000000, tableCallBurst, error)
        && readInt(ini, QStringLiteral("events/retentionHours"), 24, 24 * 365, eventRetentionHours,
                   error)
        && readInt(ini, QStringLiteral("calls/escalateAfterSeconds"), 1, 86400,
                   escalateAfterSeconds, error)
        && readInt(ini, QStringLiteral("calls/managerAfterSeconds"), 1, 86400, managerAfterSeconds,
                   error)
        && readBool(ini, QStringLiteral("calls/waitersAssignThemselves"), waitersAssignThemselves,
                    error)
        && readInt(ini, QStringLiteral("orders/readyEscalateAfterSeconds"), 1, 86400,
                   readyEscalateAfterSeconds, error)
        && readInt(ini, QStringLiteral("orders/readyManagerAfterSeconds"), 1, 86400,
                   readyManagerAfterSeconds, error)
        && readInt(ini, QStringLiteral("devices/offlineAfterSeconds"), 2, 3600,
                   deviceOfflineAfterSeconds, error)
        && readInt(ini, QStringLiteral("devices/lagAlertSeconds"), 1, 3600, deviceLagAlertSeconds,
                   error)
        && readBool(ini, QStringLiteral("backup/enabled"), backupEnabled, error)
        && readBool(ini, QStringLiteral("reports/endOfDay"), reportsEndOfDay, error)
        && readInt(ini, QStringLiteral("backup/keepDaily"), 0, 3650, backupKeepDaily, error)
        && readInt(ini, QStringLiteral("backup/keepWeekly"), 0, 520, backupKeepWeekly, error)
        && readBool(ini, QStringLiteral("realtime/publicStaffChannel"), publicStaffChannel, error)
        && readBool(ini, QStringLiteral("realtime/clientEvents"), realtime.clientEventsEnabled,
                    error)
        && readInt(ini, QStringLiteral("realtime/activityTimeoutSeconds"), 1, 3600,
                   realtime.activityTimeoutSeconds, error)
        && readInt(ini, QStringLiteral("realtime/pongTimeoutSeconds"), 1, 3600,
                   realtime.pongTimeoutSeconds, error)
        && readInt(ini, QStringLiteral("realtime/handshakeTimeoutSeconds"), 1, 3600,
                   realtime.handshakeTimeoutSeconds, error)
        && readInt(ini, QStringLiteral("realtime/maxMessageBytes"), 256, 16 * 1024 * 1024,
                   realtime.maxMessageBytes, error)
        && readInt(ini, QStringLiteral("realtime/maxConnections"), 1, 1000000,
                   realtime.maxConnections, error)
        && readInt(ini, QStringLiteral("realtime/maxConnectionsPerAddress"), 1, 1000000,
                   realtime.maxConnectionsPerAddress, error)
        && readInt(ini, QStringLiteral("realtime/maxChannelsPerConnection"), 1, 100000,
                   realtime.maxChannelsPerConnection, error)
        && readInt(ini, QStringLiteral("realtime/maxMessagesPerSecond"), 1, 100000,
                   realtime.maxMessagesPerSecond, error)
        && readInt(ini, QStringLiteral("realtime/maxClientEventsPerSecond"), 1, 100000,
                   realtime.maxClientEventsPerSecond, error)
        && readInt(ini, QStringLiteral("realtime/maxEventDataBytes"), 256, 16 * 1024 * 1024,
                   realtime.maxEventDataBytes, error)
        && readInt(ini, QStringLiteral("realtime/maxSubscriptionsPerSecond"), 1, 100000,
                   realtime.maxSubscriptionsPerSecond, error)
        && readInt(ini, QStringLiteral("realtime/maxPresenceMembers"), 1, 100000,
                   realtime.maxPresenceMembers, error)
        && readInt(ini, QStringLiteral("realtime/maxUserInfoBytes"), 64, 1024 * 1024,
                   realtime.maxUserInfoBytes, error)
        && readInt(ini, QStringLiteral("realtime/maxHttpBodyBytes"), 1024, 64 * 1024 * 1024,
                   realtime.maxHttpBodyBytes, error)
        && readInt(ini, QStringLiteral("realtime/maxQueuedBytesPerConnection"), 16 * 1024,
                   1024 * 1024 * 1024, realtime.maxQueuedBytesPerConnection, error)
        && readInt(ini, QStringLiteral("realtime/fanOutThreads"), 0, 16, realtime.fanOutThreads,
                   error);
    if (!ok)
        return false;
    if (ini.contains(QStringLiteral("guest/requireTableToken"))) {
        bool require = true;
        if (!readBool(ini, QStringLiteral("guest/requireTableToken"), require, error))
            return false;
        requireTableToken = require;
    }
    realtime.staffChannel = publicStaffChannel ? QStringLiteral("staff-channel")
                                               : QStringLiteral("private-staff-channel");
    if (ini.contains(QStringLiteral("tls/mode"))) {
        const QString mode = ini.value(QStringLiteral("tls/mode")).toString().trimmed().toLower();
        if (mode != u"on" && mode != u"off") {
            if (error)
                *error
                    = QCoreApplication::translate("ServerSettings", "tls/mode: expected on or off");
            return false;
        }
        tlsMode = mode == u"on" ? TlsMode::On : TlsMode::Off;
    }
    if (!readInt(ini, QStringLiteral("tls/port"), 0, 65535, tlsPort, error))
        return false;
    readString(ini, QStringLiteral("tls/certificate"), tlsCertificateFile);
    readString(ini, QStringLiteral("tls/privateKey"), tlsPrivateKeyFile);
    if (tlsCertificateFile.isEmpty() != tlsPrivateKeyFile.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                "ServerSettings", "tls/certificate and tls/privateKey must be set together");
        return false;
    }
    if (!database.load(ini, error))
        return false;
    printers.clear();
    return PrinterSettings::loadAll(ini, &printers, error);
}

void ServerSettings::save(QSettings &ini) const
{
    for (const PrinterSettings &printer : printers)
        printer.save(ini);
    database.save(ini);
    ini.setValue(QStringLiteral("server/dataDir"), dataDir);
    ini.setValue(QStringLiteral("server/address"), address.toString());
    ini.setValue(QStringLiteral("server/port"), port);
    ini.setValue(QStringLiteral("server/maxBodyBytes"), maxBodyBytes);
    ini.setValue(QStringLiteral("server/maxHeaderBytes"), maxHeaderBytes);
    ini.setValue(QStringLiteral("server/maxConnections"), maxConnections);
    ini.setValue(QStringLiteral("server/idleTimeoutSeconds"), idleTimeoutSeconds);
    ini.setValue(QStringLiteral("server/metricsAccess"), metricsAccessName(metricsAccess));
    ini.setValue(QStringLiteral("tls/mode"),
                 tlsMode == TlsMode::On ? QStringLiteral("on") : QStringLiteral("off"));
    ini.setValue(QStringLiteral("tls/port"), tlsPort);
    ini.setValue(QStringLiteral("tls/certificate"), tlsCertificateFile);
    ini.setValue(QStringLiteral("tls/privateKey"), tlsPrivateKeyFile);
    ini.setValue(QStringLiteral("auth/tokenLifetimeHours"), tokenLifetimeHours);
    ini.setValue(QStringLiteral("auth/loginMaxAttempts"), loginMaxAttempts);
    ini.setValue(QStringLiteral("auth/loginLockoutMinutes"), loginLockoutMinutes);
    ini.setValue(QStringLiteral("auth/loginGlobalMaxAttempts"), loginGlobalMaxAttempts);
    ini.setValue(QStringLiteral("orders/businessDayStartHour"), businessDayStartHour);
    ini.setValue(QStringLiteral("orders/recallWindowSeconds"), recallWindowSeconds);
    ini.setValue(QStringLiteral("orders/guestWritesPerMinute"), guestWritesPerMinute);
    ini.setValue(QStringLiteral("orders/guestWriteBurst"), guestWriteBurst);
    ini.setValue(QStringLiteral("orders/tableOrdersPerMinute"), tableOrdersPerMinute);
    ini.setValue(QStringLiteral("orders/tableOrderBurst"), tableOrderBurst);
    ini.setValue(QStringLiteral("orders/tableCallsPerMinute"), tableCallsPerMinute);
    ini.setValue(QStringLiteral("orders/tableCallBurst"), tableCallBurst);
    if (requireTableToken)
        ini.setValue(QStringLiteral("guest/requireTableToken"), *requireTableToken);
    ini.setValue(QStringLiteral("events/retentionHours"), eventRetentionHours);
    ini.setValue(QStringLiteral("calls/escalateAfterSeconds"), escalateAfterSeconds);
    ini.setValue(QStringLiteral("calls/managerAfterSeconds"), managerAfterSeconds);
    ini.setValue(QStringLiteral("calls/waitersAssignThemselves"), waitersAssignThemselves);
    ini.setValue(QStringLiteral("orders/readyEscalateAfterSeconds"), readyEscalateAfterSeconds);
    ini.setValue(QStringLiteral("orders/readyManagerAfterSeconds"), readyManagerAfterSeconds);
    ini.setValue(QStringLiteral("devices/offlineAfterSeconds"), deviceOfflineAfterSeconds);
    ini.setValue(QStringLiteral("devices/lagAlertSeconds"), deviceLagAlertSeconds);
    ini.setValue(QStringLiteral("backup/enabled"), backupEnabled);
    ini.setValue(QStringLiteral("backup/folder"), backupFolder);
    ini.setValue(QStringLiteral("backup/keepDaily"), backupKeepDaily);
    ini.setValue(QStringLiteral("backup/keepWeekly"), backupKeepWeekly);
    ini.setValue(QStringLiteral("reports/endOfDay"), reportsEndOfDay);
    ini.setValue(QStringLiteral("reports/folder"), reportsFolder);
    ini.setValue(QStringLiteral("reports/language"), reportsLanguage);
    ini.setValue(QStringLiteral("venue/name"), venueName);
    ini.setValue(QStringLiteral("venue/address"), venueAddress);
    ini.setValue(QStringLiteral("venue/taxId"), venueTaxId);
    ini.setValue(QStringLiteral("realtime/publicStaffChannel"),
                 realtime.staffChannel == QStringLiteral("staff-channel"));
    ini.setValue(QStringLiteral("realtime/clientEvents"), realtime.clientEventsEnabled);
    ini.setValue(QStringLiteral("realtime/activityTimeoutSeconds"),
                 realtime.activityTimeoutSeconds);
    ini.setValue(QStringLiteral("realtime/pongTimeoutSeconds"), realtime.pongTimeoutSeconds);
    ini.setValue(QStringLiteral("realtime/handshakeTimeoutSeconds"),
                 realtime.handshakeTimeoutSeconds);
    ini.setValue(QStringLiteral("realtime/maxMessageBytes"), realtime.maxMessageBytes);
    ini.setValue(QStringLiteral("realtime/maxConnections"), realtime.maxConnections);
    ini.setValue(QStringLiteral("realtime/maxConnectionsPerAddress"),
                 realtime.maxConnectionsPerAddress);
    ini.setValue(QStringLiteral("realtime/maxChannelsPerConnection"),
                 realtime.maxChannelsPerConnection);
    ini.setValue(QStringLiteral("realtime/maxMessagesPerSecond"), realtime.maxMessagesPerSecond);
    ini.setValue(QStringLiteral("realtime/maxClientEventsPerSecond"),
                 realtime.maxClientEventsPerSecond);
    ini.setValue(QStringLiteral("realtime/maxEventDataBytes"), realtime.maxEventDataBytes);
    ini.setValue(QStringLiteral("realtime/maxSubscriptionsPerSecond"),
                 realtime.maxSubscriptionsPerSecond);
    ini.setValue(QStringLiteral("realtime/maxPresenceMembers"), realtime.maxPresenceMembers);
    ini.setValue(QStringLiteral("realtime/maxUserInfoBytes"), realtime.maxUserInfoBytes);
    ini.setValue(QStringLiteral("realtime/maxHttpBodyBytes"), realtime.maxHttpBodyBytes);
    ini.setValue(QStringLiteral("realtime/maxQueuedBytesPerConnection"),
                 realtime.maxQueuedBytesPerConnection);
    ini.setValue(QStringLiteral("realtime/fanOutThreads"), realtime.fanOutThreads);
}

} // namespace tableside::server
