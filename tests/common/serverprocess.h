#pragma once

#include "guestclient.h"
#include "httpclient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

/// The real tableside-server binary for end-to-end tests and benchmarks: a data folder in a
/// QTemporaryDir, staff added through its command line, the server started on 127.0.0.1 port 0
/// (the port read from its "listening on" line), restarted on the same port, paused with
/// SIGSTOP to play a dead link; HTTP through http() (staff) and guest() (a guest's phone).
/// The server runs with tls/mode=off (everything on one plain port, as the suites were written)
/// unless setTls(true): then the guest side is on url() and the staff side on staffUrl() (https).
class ServerProcess
{
public:
    /// @p binary: the tableside-server executable (empty: the one this build made).
    explicit ServerProcess(const QString &binary = {});
    ~ServerProcess();

    bool isValid() const { return m_dataDir.isValid(); }
    QString dataDir() const { return m_dataDir.path(); }
    /// The SQLite file the server writes (tests read the store's event log from it directly).
    QString databasePath() const;
    /// DATA_DIR/server.ini: passed with --config once setConfig() wrote to it.
    QString configPath() const;
    /// Writes @p key (e.g. "orders/guestWritesPerMinute") to configPath() for the next start.
    void setConfig(const QString &key, const QVariant &value);
    /// No guest write limits: tests and benchmarks create many orders from one address.
    void disableGuestLimits();
    /// Guests need the table's signed link (guest/requireTableToken=true, the default of a new
    /// installation). Without this call the harness starts servers with it false, so suites that
    /// order for many tables from one client keep working as before the signed links.
    void requireTableLinks() { setConfig(QStringLiteral("guest/requireTableToken"), true); }
    /// `tableside-server table-links --data-dir … --base-url url() [--tables LIST] [--rotate]`:
    /// the signed URLs it printed (empty on failure; with @p rotate and no @p tables, every
    /// table gets a new key).
    QStringList tableLinks(const QString &tables = {}, bool rotate = false);
    /// true: start with `--tls-mode on --staff-port 0` (a free port), the default deployment;
    /// false (the default): `--tls-mode off`.
    void setTls(bool on) { m_tls = on; }

    /// `tableside-server staff add --data-dir … --name … --pin … --role …` (with
    /// --allow-short-pin for a PIN under 6 digits); false on failure.
    bool addStaff(const QString &name, const QString &pin,
                  const QString &role = QStringLiteral("waiter"));
    /// `tableside-server @p arguments --data-dir DIR`; false on failure (its output in output()).
    bool runStaffCommand(const QStringList &arguments, QByteArray *standardOutput = nullptr);
    /// `tableside-server app-credentials` → {"appId","key","secret"} (empty on failure).
    QJsonObject appCredentials();

    /// Starts with `--data-dir DIR --address 127.0.0.1 --port 0` (+ --config, +
    /// @p extraArguments) and waits up to 30 s for "Tableside Server listening on URL".
    bool start(const QStringList &extraArguments = {});
    /// SIGTERM, then SIGKILL after 10 s.
    void stop();
    /// Stops and starts again on the same port with the same data and arguments.
    bool restart();
    void pause();
    void resume();

    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }
    /// With setTls(true): "https://127.0.0.1:PORT", from the "staff side on" line.
    QUrl staffUrl() const { return m_staffUrl; }
    quint16 staffPort() const { return m_staffUrl.isEmpty() ? 0 : quint16(m_staffUrl.port()); }
    /// With setTls(true): the fingerprint the server printed at start.
    QString printedFingerprint() const { return m_fingerprint; }
    /// Everything the server and the helper commands printed (for failure messages).
    QString output() const { return QString::fromUtf8(m_output); }
    /// The running (or last) server process, for tests that kill it or check how it ended.
    QProcess &process() { return *m_process; }

    /// Staff requests to the running server.
    HttpClient &http() { return m_http; }
    /// Guest orders and calls to the running server.
    GuestClient &guest() { return m_guest; }

private:
    bool startOn(quint16 port, quint16 staffPort = 0);
    bool runCommand(const QStringList &arguments, QByteArray *standardOutput = nullptr);

    QString m_binary;
    QTemporaryDir m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QStringList m_extraArguments;
    bool m_useConfig = false;
    QByteArray m_output;
    QUrl m_url;
    QUrl m_staffUrl;
    QString m_fingerprint;
    bool m_tls = false;
    HttpClient m_http;
    GuestClient m_guest {m_http};
};
