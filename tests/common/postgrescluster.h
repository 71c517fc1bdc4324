#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <memory>

/// A throw-away PostgreSQL 15 cluster for tests and benchmarks (issue 21): initdb into a
/// QTemporaryDir (trust authentication, superuser "ts"), started with pg_ctl on 127.0.0.1 and a
/// free port, its unix socket in the same directory; stopped (-m immediate) and deleted on
/// destruction. Never touches a system cluster.
///
/// The programs come from $TABLESIDE_PG_BIN, else /usr/lib/postgresql/15/bin (Debian's
/// postgresql-15). PostgreSQL refuses to run as root, so as root initdb and pg_ctl run as the
/// "postgres" system user the package creates (runuser); as any other user they run directly.
/// When the cluster cannot start, start() says why; tests then skip with skipMessage().
class PostgresCluster
{
public:
    struct Options
    {
        /// false (the default for tests): fsync=off, full_page_writes=off, which is safe for
        /// a cluster that is thrown away, and several times faster on a shared CI disk. true:
        /// PostgreSQL's durable defaults (benchmarks of durable orders/s).
        bool durable = false;
    };

    PostgresCluster();
    explicit PostgresCluster(Options options);
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    /// initdb + pg_ctl start + createdb @p database (waits until it accepts connections);
    /// false and @p why when it cannot (no PostgreSQL installed, no QPSQL driver, …).
    bool start(QString *why, const QString &database = QStringLiteral("tableside"));
    /// pg_ctl stop -m immediate (the destructor does it too).
    void stop();
    bool isRunning() const { return m_running; }

    /// Another empty database in the cluster (one per test case keeps cases apart).
    bool createDatabase(const QString &name, QString *why);

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString user() const { return QStringLiteral("ts"); }
    /// The directory of the unix socket (libpq: a host that starts with '/').
    QString socketDirectory() const { return m_dir ? m_dir->path() : QString(); }
    QString database() const { return m_database; }
    /// postgresql://ts@127.0.0.1:PORT/@p database (default: the one start() created).
    QString url(const QString &database = {}) const;
    /// The server's log (initdb and pg_ctl output included), for failure messages.
    QString log() const;

    /// Adds a QPSQL connection @p connectionName to @p database (default: start()'s) over TCP;
    /// it is not opened.
    QSqlDatabase addConnection(const QString &connectionName, const QString &database = {}) const;

    /// The PostgreSQL programs' directory ($TABLESIDE_PG_BIN or /usr/lib/postgresql/15/bin).
    static QString binDirectory();
    /// "PostgreSQL tests SKIPPED: <why>" in capitals enough to be seen in a CI log.
    static QString skipMessage(const QString &why);

private:
    bool run(const QString &program, const QStringList &arguments, bool asServerUser, QString *why,
             int timeoutMs = 60000);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    QString m_database;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_asPostgresUser = false;
};
