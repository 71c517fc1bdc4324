#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <utility>

/// The real tableside-server binary for end-to-end tests: a data folder in a QTemporaryDir,
/// staff added through the command line, the server started on 127.0.0.1 port 0 (the port read
/// from its "listening on" line), and blocking HTTP helpers that keep the event loop running.
class ServerProcess
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json() const;
    };

    /// @p binary: the tableside-server executable.
    explicit ServerProcess(QString binary);
    ~ServerProcess();

    bool isValid() const { return m_dataDir.isValid(); }
    QString dataDir() const { return m_dataDir.path(); }
    /// The SQLite file the server writes (the store's event log is read from it directly).
    QString databasePath() const;

    /// `tableside-server staff add --data-dir … --name … --pin … --role …`; false on failure.
    bool addStaff(const QString &name, const QString &pin, const QString &role);
    /// `tableside-server app-credentials` → {"appId","key","secret"} (empty on failure).
    QJsonObject appCredentials();

    /// Starts the server with `--data-dir DIR --address 127.0.0.1 --port 0` + @p extraArguments
    /// and waits (up to 15 s) for "Tableside Server listening on http://ADDR:PORT".
    bool start(const QStringList &extraArguments = {});
    quint16 port() const { return m_port; }
    /// Everything the server and the helper commands printed (for failure messages).
    QString output() const { return QString::fromUtf8(m_output); }

    /// A blocking request to the running server; @p token adds `Authorization: Bearer`.
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QString &token = {},
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    Reply postJson(const QString &path, const QJsonObject &body, const QString &token = {});
    Reply patchJson(const QString &path, const QJsonObject &body, const QString &token = {});
    /// POST /api/staff/login; the token ("" on failure).
    QString login(const QString &pin);
    /// POST /pusher/auth as pusher-js sends it (form body); the "auth" value ("" on failure).
    QString channelAuth(const QString &token, const QString &socketId, const QString &channel);

private:
    bool runCommand(const QStringList &arguments, QByteArray *standardOutput = nullptr);

    QString m_binary;
    QTemporaryDir m_dataDir;
    QProcess m_server;
    QNetworkAccessManager m_network;
    QByteArray m_output;
    quint16 m_port = 0;
};
