#pragma once

#include "databasesettings.h"
#include "printersettings.h"
#include "realtimesettings.h"

#include <QHostAddress>
#include <QString>
#include <optional>

class QSettings;

namespace tableside::server {

/// Everything tableside-server is configured with: built-in defaults, overridden by the INI
/// file (--config FILE), overridden by the command line. Every key is documented in docs/api.md.
struct ServerSettings
{
    // [server]
    QString dataDir; ///< empty = the platform's app-data folder
    QHostAddress address = QHostAddress(QHostAddress::AnyIPv4);
    quint16 port = 8080;
    qint64 maxBodyBytes = 64 * 1024;
    int maxHeaderBytes = 16 * 1024;
    int maxConnections = 1000;
    int idleTimeoutSeconds = 60;
    /// Who may read GET /metrics and the details of GET /healthz (server/metricsAccess).
    enum class MetricsAccess { LocalhostOrStaff, Localhost, Staff, Open };
    MetricsAccess metricsAccess = MetricsAccess::LocalhostOrStaff;
    // [tls]
    /// On: guests on the plain port, staff (REST, wss, /pusher/auth, /apps, /metrics) only on
    /// the TLS port. Off: everything on the plain port (development, benchmarks, tests).
    enum class TlsMode { On, Off };
    TlsMode tlsMode = TlsMode::On;
    quint16 tlsPort = 8443; ///< the staff side's TLS port (0 = any free one)
    QString tlsCertificateFile; ///< empty (with tlsPrivateKeyFile) = made in the data folder
    QString tlsPrivateKeyFile;
    // [auth]
    int tokenLifetimeHours = 16;
    int loginMaxAttempts = 5;
    int loginLockoutMinutes = 15;
    /// Wrong PINs on the whole server per lockout period before PIN-only logins pause (a name
    /// and PIN still work).
    int loginGlobalMaxAttempts = 20;
    // [orders]
    int businessDayStartHour = 4; ///< a business day runs from this local hour to the same hour
    int recallWindowSeconds = 300; ///< kitchen may move ready → preparing this long after ready
    int guestWritesPerMinute = 60; ///< per client address, orders + calls; 0 = no limit
    int guestWriteBurst = 20;
    /// Per table (every phone at it together). A party orders a round or two at once, then a
    /// few more a minute at most; retries of one order with its idempotency key count too.
    int tableOrdersPerMinute = 6; ///< 0 = no per-table limit
    int tableOrderBurst = 15;
    /// Per table, all call types; a second tap joins the open call but still counts.
    int tableCallsPerMinute = 6; ///< 0 = no per-table limit
    int tableCallBurst = 10;
    // [guest]
    /// Guest orders and calls need the table's signed link (its session cookie). Unset: what
    /// the database decided at its migration (true when this build created it, false for an
    /// installation that already had unsigned cards); TablesideServer::open() fills it in.
    std::optional<bool> requireTableToken;
    // [events]
    int eventRetentionHours = 48; ///< never below 24
    // [calls] and [devices] (issue 18: escalation, waiter assignment, device health)
    int escalateAfterSeconds = 30; ///< T1: a call nobody took alerts every waiter
    int managerAfterSeconds = 90; ///< T2: it shows on kitchen screens and alerts managers
    bool waitersAssignThemselves = false; ///< waiters may take (and give back) tables
    int readyEscalateAfterSeconds = 120; ///< a ready order nobody picked up: level 1
    int readyManagerAfterSeconds = 300; ///< and level 2
    int deviceOfflineAfterSeconds = 20; ///< no heartbeat this long = offline
    int deviceLagAlertSeconds = 30; ///< an event unapplied this long = the device lags
    // [backup]
    bool backupEnabled = true; ///< nightly at the business day's end, and at start-up if stale
    QString backupFolder; ///< empty = <data dir>/backups
    int backupKeepDaily = 14; ///< the last backup of each of this many newest days
    int backupKeepWeekly = 8; ///< and of each of this many newest weeks
    // [reports]
    bool reportsEndOfDay = false; ///< the day's PDF written after the business day ends
    QString reportsFolder; ///< empty = <data dir>/reports
    QString reportsLanguage = QStringLiteral("bg"); ///< of the end-of-day PDF: bg or en
    // [venue] the head of printed bills (the dashboard's PDF and the bill printer's ticket)
    QString venueName; ///< empty = "Tableside" on the PDF, no name line on the ticket
    QString venueAddress;
    QString venueTaxId; ///< e.g. the ЕИК/VAT number, printed as it is
    // [database] the embedded SQLite file (default) or PostgreSQL (databasesettings.h)
    DatabaseSettings database;
    // [printers] one group per printer (printersettings.h)
    QList<PrinterSettings> printers;
    // [realtime]
    RealtimeSettings realtime; ///< appId/key/secret are filled from the database at start

    /// The data folder actually used (dataDir or the platform default).
    QString effectiveDataDir() const;
    /// The backup folder actually used (backupFolder or <effectiveDataDir()>/backups).
    QString effectiveBackupFolder() const;
    /// The end-of-day reports' folder (reportsFolder or <effectiveDataDir()>/reports).
    QString effectiveReportsFolder() const;
    /// A certificate is configured (tls/certificate): with tls/mode=off the one port is HTTPS.
    bool tlsEnabled() const { return !tlsCertificateFile.isEmpty(); }
    /// The staff side has its own TLS port (tls/mode=on, the default).
    bool staffTls() const { return tlsMode == TlsMode::On; }
    /// "localhost+staff", "localhost", "staff" or "open" (the values of server/metricsAccess).
    static QString metricsAccessName(MetricsAccess access);

    /// Reads every known key present in @p ini over the current values. Returns false and sets
    /// @p error on the first invalid value ("server/port: expected 0-65535").
    bool load(QSettings &ini, QString *error);
    /// Writes every key (used by tests and to document the format).
    void save(QSettings &ini) const;
};

} // namespace tableside::server
