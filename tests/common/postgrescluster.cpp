#include "postgrescluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QTcpServer>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PostgresCluster::PostgresCluster()
    : PostgresCluster(Options {})
{ }

PostgresCluster::PostgresCluster(Options options)
    : m_options(options)
{ }

PostgresCluster::~PostgresCluster()
{
    stop();
}

QString PostgresCluster::binDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("TABLESIDE_PG_BIN");
    return fromEnvironment.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin")
                                     : fromEnvironment;
}

QString PostgresCluster::skipMessage(const QString &why)
{
    return QStringLiteral("POSTGRESQL TESTS SKIPPED (issue 21): %1. Install postgresql-15 and "
                          "libqt6sql6-psql (./setup.sh test does) or set TABLESIDE_PG_BIN.")
        .arg(why);
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments, bool asServerUser,
                          QString *why, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The caller's PG* variables must not redirect the tools to another server.
    for (const QString &key : environment.keys())
        if (key.startsWith(QLatin1String("PG")))
            environment.remove(key);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    const QString path = binDirectory() + QLatin1Char('/') + program;
    if (asServerUser && m_asPostgresUser) {
        process.start(QStringLiteral("runuser"),
                      QStringList {QStringLiteral("-u"), QStringLiteral("postgres"),
                                   QStringLiteral("--"), path}
                          + arguments);
    } else {
        process.start(path, arguments);
    }
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        if (why)
            *why = QStringLiteral("%1 failed (exit %2): %3")
                       .arg(program)
                       .arg(process.exitCode())
                       .arg(QString::fromLocal8Bit(process.readAll()).trimmed()
                            + (process.error() == QProcess::FailedToStart
                                   ? QStringLiteral(" [could not start %1]").arg(path)
                                   : QString()));
        process.kill();
        process.waitForFinished(1000);
        return false;
    }
    return true;
}

bool PostgresCluster::start(QString *why, const QString &database)
{
    if (m_running)
        return true;
    if (!QFileInfo(binDirectory() + QStringLiteral("/initdb")).isExecutable()) {
        if (why)
            *why = QStringLiteral("no PostgreSQL programs in %1").arg(binDirectory());
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (why)
            *why = QStringLiteral("Qt's QPSQL driver is not installed (libqt6sql6-psql)");
        return false;
    }
    m_asPostgresUser = ::geteuid() == 0;
    if (m_asPostgresUser && !::getpwnam("postgres")) {
        if (why)
            *why = QStringLiteral("running as root and there is no \"postgres\" user to run the "
                                  "server as (PostgreSQL refuses root)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                            + QStringLiteral("/tableside-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        if (why)
            *why = QStringLiteral("no temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    // The server user writes the data directory, the log and the socket here.
    QFile::setPermissions(m_dir->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::WriteGroup
                              | QFileDevice::ExeGroup | QFileDevice::ReadOther
                              | QFileDevice::WriteOther | QFileDevice::ExeOther);
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
    // Locale C: text sorts by bytes (as SQLite's default BINARY collation does).
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-A"), QStringLiteral("trust"),
              QStringLiteral("-U"), user(), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
             true, why, 120000))
        return false;
    QString settings = QStringLiteral("-k %1 -c listen_addresses=127.0.0.1").arg(m_dir->path());
    if (!m_options.durable)
        settings += QStringLiteral(" -c fsync=off -c full_page_writes=off");
    // A port taken between the probe and the start: try another.
    QString lastError;
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freePort();
        m_running = run(QStringLiteral("pg_ctl"),
                        {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"),
                         m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                         QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                         QStringLiteral("-p %1 ").arg(m_port) + settings, QStringLiteral("start")},
                        true, &lastError, 90000);
    }
    if (!m_running) {
        if (why)
            *why = lastError + QStringLiteral("\n") + log();
        return false;
    }
    // A test process killed by a timeout or a crash never runs its destructor: a watchdog stops
    // the cluster and removes its folder once this process is gone, so none is left running.
    const QString stop = (m_asPostgresUser ? QStringLiteral("runuser -u postgres -- ") : QString())
        + QStringLiteral("'%1/pg_ctl' -D '%2' -m immediate stop").arg(binDirectory(), m_dataDir);
    QProcess::startDetached(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
         QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                        "if [ -d '%2' ]; then %3 >/dev/null 2>&1; rm -rf '%4'; fi")
             .arg(QCoreApplication::applicationPid())
             .arg(m_dataDir, stop, m_dir->path())});
    m_database = database;
    return createDatabase(database, why);
}

bool PostgresCluster::createDatabase(const QString &name, QString *why)
{
    return run(QStringLiteral("createdb"),
               {QStringLiteral("-h"), host(), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), user(), name},
               false, why);
}

void PostgresCluster::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QString why;
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"),
              QStringLiteral("-w"), QStringLiteral("stop")},
             true, &why))
        qWarning("PostgresCluster: %s", qPrintable(why));
}

QString PostgresCluster::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(user(), host())
        .arg(m_port)
        .arg(database.isEmpty() ? m_database : database);
}

QString PostgresCluster::log() const
{
    if (!m_dir)
        return {};
    QFile file(m_dir->filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

QSqlDatabase PostgresCluster::addConnection(const QString &connectionName,
                                            const QString &database) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host());
    db.setPort(m_port);
    db.setUserName(user());
    db.setDatabaseName(database.isEmpty() ? m_database : database);
    return db;
}
