#pragma once

#include "serversettings.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <memory>
#include <optional>

class QHttpServer;

namespace tableside::server {

class Store;
class BackupScheduler;
class Metrics;
class GuardedTcpServer;
class RealtimeServer;

/// The whole server in one object: owns the HTTP server, the store, the REST controllers,
/// the realtime (Pusher) server and the guest routes, and wires committed store events to the
/// realtime broadcast.
class TablesideServer : public QObject
{
    Q_OBJECT
public:
    explicit TablesideServer(ServerSettings settings, QObject *parent = nullptr);
    ~TablesideServer() override;

    /// Opens the store in settings().effectiveDataDir() and builds everything on it.
    /// @p firstStart receives the first staff PIN when the database was created now.
    bool open(QString *error = nullptr, QString *firstStaffName = nullptr,
              QString *firstStaffPin = nullptr);
    /// Opens (if needed) and serves everything on one port (tls/mode=off; HTTPS when a
    /// certificate is configured); port 0 picks a free port (see port()).
    bool listen(const QHostAddress &address, quint16 port);
    /// Opens (if needed) and serves the guest side in plain HTTP on @p guestPort and the staff
    /// side (every route, over TLS with the StaffCertificate) on @p staffPort; staff routes on
    /// the plain port are refused with 403 tls_required naming the https URL (tls/mode=on).
    bool listenGuestAndStaff(const QHostAddress &address, quint16 guestPort, quint16 staffPort);
    /// The plain (guest, or the only) port.
    quint16 port() const;
    /// The staff TLS port after listenGuestAndStaff(), else 0.
    quint16 staffPort() const;
    /// SHA-256 of the certificate the staff port presents ("AB:CD:…"), after
    /// listenGuestAndStaff(); staffCertificateCreated() = it was made on this start.
    QString staffFingerprint() const;
    bool staffCertificateCreated() const;
    QString errorString() const;

    Store &store();
    Metrics &metrics();
    RealtimeServer *realtime();
    /// The server's own backups (after open(); scheduled only with backup/enabled).
    BackupScheduler *backups();
    /// The settings in use (realtime credentials filled in from the database after open()).
    const ServerSettings &settings() const;

private:
    GuardedTcpServer *listenOn(QHttpServer &http, const QHostAddress &address, quint16 port,
                               const std::optional<QSslConfiguration> &tls);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tableside::server
