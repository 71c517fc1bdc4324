#pragma once

#include "serversettings.h"

#include <QHostAddress>
#include <QObject>
#include <memory>

namespace tableside::server {

class Store;
class Metrics;
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
    /// Opens (if needed) and listens; port 0 picks a free port (see port()).
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;

    Store &store();
    Metrics &metrics();
    RealtimeServer *realtime();
    /// The settings in use (realtime credentials filled in from the database after open()).
    const ServerSettings &settings() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tableside::server
