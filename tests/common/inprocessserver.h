#pragma once

#include "serversettings.h"
#include "store.h"
#include "tablesideserver.h"

#include <QTemporaryDir>
#include <memory>

/// A TablesideServer inside the test process on 127.0.0.1:0 over a fresh SQLite file in a
/// temporary folder, with a manager "Maria" (PIN 1111), a waiter "Ivan" (2222) and a kitchen
/// account "Petar" (3333): for tests that look at the store or the server's objects directly.
/// Everything is served on one plain port (tls/mode=off) unless Tls::On: then guests on port(),
/// staff over TLS on staffPort() with the self-signed certificate made in the data folder.
class InProcessServer
{
public:
    enum class Tls { Off, On };
    /// @p dataDir: an existing data folder to open again (default: a new temporary one).
    explicit InProcessServer(tableside::server::ServerSettings settings = {},
                             const QString &dataDir = {}, Tls tls = Tls::Off);
    ~InProcessServer();

    /// No guest write limits: tests create many orders from one address.
    static tableside::server::ServerSettings unlimitedSettings();

    tableside::server::TablesideServer &server() { return *m_server; }
    tableside::server::Store &store();
    quint16 port() const;
    /// The staff TLS port with Tls::On, else 0.
    quint16 staffPort() const;
    QString dataDir() const { return m_dir.path(); }
    void stop() { m_server.reset(); }

    /// POST /api/staff/login; the bearer token (empty on failure).
    QByteArray login(const QString &pin);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<tableside::server::TablesideServer> m_server;
};
