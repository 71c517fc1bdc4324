#include "pgdump.h"

#include "backupwriter.h"
#include "postgresconnection.h"

#include "logging.h"
#include "settingsrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <functional>

namespace tableside::server {

namespace {

// A libpq keyword=value pair; values with spaces, quotes or backslashes go in quotes.
QString keyword(const QString &key, const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return key + QLatin1String("='") + quoted + QLatin1Char('\'');
}

// The child's environment: the password in PGPASSWORD (never on its command line, which `ps`
// shows), times in UTC (pg_restore --list prints the archive's date in the local zone).
bool childEnvironment(const DatabaseSettings &database, QProcessEnvironment *environment,
                      QString *error)
{
    QString password;
    if (!database.password(&password, error))
        return false;
    *environment = QProcessEnvironment::systemEnvironment();
    environment->remove(QStringLiteral("TABLESIDE_DATABASE_PASSWORD"));
    if (!password.isEmpty())
        environment->insert(QStringLiteral("PGPASSWORD"), password);
    environment->insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    environment->insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return true;
}

// Runs @p program to its end; @p eachLine gets its standard output line by line (streamed: a
// year of orders is large). False and @p error (its last error lines) unless it exits with 0.
bool runTool(const QString &name, const QStringList &arguments,
             const QProcessEnvironment &environment, QString *error,
             const std::function<void(const QByteArray &)> &eachLine = {})
{
    const QString program = PgDump::program(name);
    if (program.isEmpty()) {
        *error = PgDump::tr("%1 is not installed (Debian package postgresql-client-15)").arg(name);
        return false;
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!eachLine)
        process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        *error = PgDump::tr("cannot start %1: %2").arg(program, process.errorString());
        return false;
    }
    QByteArray pending;
    const auto take = [&] {
        pending += process.readAllStandardOutput();
        qsizetype start = 0;
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
            eachLine(pending.mid(start, end - start));
            start = end + 1;
        }
        pending.remove(0, start);
    };
    while (process.state() != QProcess::NotRunning) {
        if (eachLine && process.waitForReadyRead(1000))
            take();
        else if (!eachLine)
            process.waitForFinished(-1);
    }
    if (eachLine)
        take();
    const QString messages = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error
            = PgDump::tr("%1 failed: %2")
                  .arg(name,
                       messages.isEmpty() ? process.errorString() : messages.split(u'\n').last());
        return false;
    }
    return true;
}

// Runs @p work on a QPSQL connection of its own to @p database.
bool withConnection(const DatabaseSettings &database, QString *error,
                    const std::function<bool(QSqlDatabase &)> &work)
{
    const QString name = QStringLiteral("tableside-pgdump-") + QUuid::createUuid().toString();
    if (!PostgresConnection::open(database, name, error))
        return false;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        ok = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString PgDump::program(const QString &name)
{
    const QString folder = qEnvironmentVariable("TABLESIDE_PG_BIN");
    if (!folder.isEmpty() && QFileInfo(QDir(folder).filePath(name)).isExecutable())
        return QDir(folder).filePath(name);
    return QStandardPaths::findExecutable(name);
}

bool PgDump::isDump(const QString &file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) && in.read(5) == QByteArray("PGDMP");
}

QString PgDump::connectionString(const DatabaseSettings &database)
{
    QStringList parts;
    if (!database.hosts.isEmpty())
        parts << keyword(QStringLiteral("host"), database.hosts.join(QLatin1Char(',')));
    if (!database.ports.isEmpty()) {
        QStringList ports;
        for (int port : database.ports)
            ports << QString::number(port);
        parts << keyword(QStringLiteral("port"), ports.join(QLatin1Char(',')));
    }
    if (!database.user.isEmpty())
        parts << keyword(QStringLiteral("user"), database.user);
    parts << keyword(QStringLiteral("dbname"), database.databaseName);
    for (const QString &parameter : database.parameters) {
        const qsizetype equals = parameter.indexOf(QLatin1Char('='));
        parts << keyword(parameter.left(equals), parameter.mid(equals + 1));
    }
    return parts.join(QLatin1Char(' '));
}

bool PgDump::write(const DatabaseSettings &database, const QString &outFile, QString *error,
                   BackupSummary *summary)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QElapsedTimer timer;
    timer.start();
    QProcessEnvironment environment;
    if (!childEnvironment(database, &environment, error))
        return false;
    // Next to its final name, renamed only once verified: a failed attempt leaves nothing that
    // looks like a backup.
    const QString part = outFile + QStringLiteral(".part");
    QFile::remove(part);
    // pg_dump reads one REPEATABLE READ snapshot: consistent while the servers keep writing.
    bool ok = runTool(QStringLiteral("pg_dump"),
                      {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                       QStringLiteral("--no-privileges"), QStringLiteral("--file=") + part,
                       QStringLiteral("--dbname=") + connectionString(database)},
                      environment, error);
    const qint64 dumpMs = timer.elapsed();
    if (!BackupWriter::publish(ok, part, outFile, &PgDump::verify, summary, error)) {
        qCWarning(lcStore) << "backup failed:" << *error;
        return false;
    }
    qCInfo(lcStore) << "backup written:" << outFile << "pg_dump" << dumpMs << "ms, verified in"
                    << timer.elapsed() - dumpMs << "ms";
    return true;
}

std::optional<BackupSummary> PgDump::verify(const QString &file, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!QFileInfo(file).isFile()) {
        *error = tr("No such backup file: %1").arg(file);
        return std::nullopt;
    }
    if (!isDump(file)) {
        *error = tr("%1 is not a pg_dump archive.").arg(file);
        return std::nullopt;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    BackupSummary summary;
    // The table of contents: the archive's date.
    static const QRegularExpression created(
        QStringLiteral("^;\\s+Archive created at (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})"));
    bool tableOfContents = false;
    if (!runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), file}, environment, error,
                 [&](const QByteArray &line) {
                     const auto match = created.match(QString::fromUtf8(line));
                     if (match.hasMatch()) {
                         summary.takenAt = QDateTime::fromString(
                             match.captured(1), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                         summary.takenAt.setTimeSpec(Qt::UTC);
                     }
                     tableOfContents |= line.contains("TABLE DATA public orders ");
                 })) {
        *error = tr("%1 is damaged: %2").arg(file, *error);
        return std::nullopt;
    }
    if (!tableOfContents) {
        *error = tr("%1 is not a backup of a Tableside database (no orders table).").arg(file);
        return std::nullopt;
    }
    // Every block read and unpacked: a cut or damaged file fails here.
    if (!runTool(QStringLiteral("pg_restore"), {QStringLiteral("--file=/dev/null"), file},
                 environment, error)) {
        *error = tr("%1 is damaged: %2").arg(file, *error);
        return std::nullopt;
    }
    // What it holds: the rows of orders, the staff channel's last seq (COPY text format).
    QByteArray table;
    if (!runTool(QStringLiteral("pg_restore"),
                 {QStringLiteral("--data-only"), QStringLiteral("--table=orders"),
                  QStringLiteral("--table=channels"), QStringLiteral("--file=-"), file},
                 environment, error, [&](const QByteArray &line) {
                     if (line.startsWith("COPY ")) {
                         table = line.mid(5, line.indexOf(' ', 5) - 5);
                     } else if (line == "\\.") {
                         table.clear();
                     } else if (table == "public.orders") {
                         ++summary.orders;
                     } else if (table == "public.channels" && line.startsWith("staff\t")) {
                         summary.latestSeq = line.mid(6).toLongLong();
                     }
                 })) {
        *error = tr("%1 is damaged: %2").arg(file, *error);
        return std::nullopt;
    }
    if (!summary.takenAt.isValid())
        summary.takenAt = QFileInfo(file).lastModified().toUTC();
    return summary;
}

int PgDump::otherConnections(const DatabaseSettings &database, QString *error)
{
    int count = -1;
    withConnection(database, error, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"))
            || !query.next()) {
            *error = query.lastError().text();
            return false;
        }
        count = query.value(0).toInt();
        return true;
    });
    return count;
}

int PgDump::holdsTableside(const DatabaseSettings &database, QString *error)
{
    int holds = -1;
    withConnection(database, error, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT to_regclass('orders') IS NOT NULL"))
            || !query.next()) {
            *error = query.lastError().text();
            return false;
        }
        holds = query.value(0).toBool() ? 1 : 0;
        return true;
    });
    return holds;
}

bool PgDump::restore(const QString &file, const DatabaseSettings &database, QString *error)
{
    QProcessEnvironment environment;
    if (!childEnvironment(database, &environment, error))
        return false;
    // --exit-on-error with --single-transaction: any failure rolls the whole restore back.
    if (!runTool(QStringLiteral("pg_restore"),
                 {QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                  QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
                  QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                  QStringLiteral("--dbname=") + connectionString(database), file},
                 environment, error)) {
        *error = tr("nothing was changed: %1").arg(*error);
        return false;
    }
    // A new history: dashboards that knew the replaced database reload their snapshot. The key
    // is SettingsRepository's history id.
    return withConnection(database, error, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('history_id', ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(SettingsRepository::newHistoryId());
        if (!query.exec()) {
            *error = tr("the backup was restored, but its new history id was not written "
                        "(reload the dashboards): %1")
                         .arg(query.lastError().text());
            return false;
        }
        return true;
    });
}

} // namespace tableside::server
