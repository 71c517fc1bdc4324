#include "backupcommand.h"

#include "backupsummary.h"
#include "backupverifier.h"
#include "backupwriter.h"
#include "commandstore.h"
#include "pgdump.h"
#include "serversettings.h"
#include "settingsrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QTextStream>
#include <unistd.h>

namespace tableside::server {

namespace {

// The translation context of the backup and restore commands' texts.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
};

const QString DatabaseName = QStringLiteral("tableside.db");
const QString LockName = QStringLiteral("tableside-server.lock");

int fail(const QString &command, const QString &message, int code)
{
    QTextStream(stderr) << "tableside-server " << command << ": " << message << '\n';
    return code;
}

// One line saying what a backup holds, the same for both commands.
QString describe(const BackupSummary &summary)
{
    return BackupCommand::tr("taken %1, %2 orders, last seq %3")
        .arg(summary.takenAt.toLocalTime().toString(Qt::ISODate))
        .arg(summary.orders)
        .arg(summary.latestSeq);
}

struct Parsed
{
    ServerSettings settings; ///< --config FILE's, --data-dir over it
    QString dataDir;
    QString backupFolder; ///< backup/folder from --config, or <data-dir>/backups
    QString out;
    QStringList positional;
};

// Reads the options both commands share; an exit code when they are wrong.
std::optional<int> parse(const QString &command, const QStringList &arguments, bool withOut,
                         Parsed *parsed)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption out(QStringLiteral("out"), BackupCommand::tr("Backup file."),
                                 QStringLiteral("FILE"));
    CommandStore::addOptions(parser);
    if (withOut)
        parser.addOption(out);
    QStringList words = arguments;
    if (!words.isEmpty())
        words[0] = QStringLiteral("tableside-server ") + command;
    if (!parser.parse(words))
        return fail(command, parser.errorText(), 2);
    QString error;
    if (!CommandStore::loadSettings(parser, &parsed->settings, &error))
        return fail(command, error, 2);
    parsed->dataDir = parsed->settings.effectiveDataDir();
    parsed->backupFolder = parsed->settings.effectiveBackupFolder();
    parsed->out = withOut ? parser.value(out) : QString();
    parsed->positional = parser.positionalArguments();
    return std::nullopt;
}

// Unpacks backup @p from into @p to and flushes it to the disk: it must be there before it
// replaces the database.
bool unpackDurably(const QString &from, const QString &to, QString *error)
{
    if (!BackupVerifier::unpack(from, to, error))
        return false;
    QFile file(to);
    if (!file.open(QIODevice::ReadWrite) || ::fsync(file.handle()) != 0) {
        *error = BackupCommand::tr("cannot write %1: %2").arg(to, file.errorString());
        file.close();
        QFile::remove(to);
        return false;
    }
    return true;
}

// pg_restore into the database the config names (PgDump::restore): in one transaction, only
// while no server (of any machine) is connected to it.
int restorePostgres(const QString &backup, const ServerSettings &settings,
                    const BackupSummary &summary)
{
    const QString command = QStringLiteral("restore");
    const QString where = CommandStore::where(settings);
    if (!PgDump::isDump(backup))
        return fail(command,
                    BackupCommand::tr("%1 is not a PostgreSQL backup (pg_dump archive); the "
                                      "database is %2, nothing was changed")
                        .arg(backup, where),
                    1);
    QString error;
    const int others = PgDump::otherConnections(settings.database, &error);
    if (others < 0)
        return fail(command, BackupCommand::tr("cannot connect to %1: %2").arg(where, error), 1);
    if (others > 0)
        return fail(command,
                    BackupCommand::tr("a server is running on %1 (%2 other connections); stop "
                                      "every instance first (e.g. systemctl stop "
                                      "tableside-server on each machine)")
                        .arg(where)
                        .arg(others),
                    2);
    if (!PgDump::restore(backup, settings.database, &error))
        return fail(command, error, 1);
    QTextStream(stdout)
        << BackupCommand::tr("Restored %1 into %2 (%3)").arg(backup, where, describe(summary))
        << '\n';
    return 0;
}

} // namespace

int runBackupCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("backup");
    Parsed parsed;
    if (const auto code = parse(command, arguments, true, &parsed))
        return *code;
    if (!parsed.positional.isEmpty())
        return fail(command,
                    BackupCommand::tr("unexpected argument: %1").arg(parsed.positional.first()), 2);
    const DatabaseSettings &databaseSettings = parsed.settings.database;
    const QString database = QDir(parsed.dataDir).filePath(DatabaseName);
    if (!CommandStore::databaseExists(parsed.settings))
        return fail(command,
                    BackupCommand::tr("there is no database in %1")
                        .arg(CommandStore::where(parsed.settings)),
                    1);
    QString outFile = parsed.out;
    if (outFile.isEmpty()) {
        if (!QDir().mkpath(parsed.backupFolder))
            return fail(command,
                        BackupCommand::tr("cannot create the folder %1").arg(parsed.backupFolder),
                        1);
        outFile = QDir(parsed.backupFolder)
                      .filePath(QStringLiteral("tableside-%1%2")
                                    .arg(QDateTime::currentDateTime().toString(
                                             QStringLiteral("yyyy-MM-dd-HHmmss")),
                                         BackupWriter::extension(databaseSettings)));
    }
    QString error;
    BackupSummary summary; // from the check the writer runs on what it wrote
    if (!BackupWriter::write(databaseSettings, database, outFile, &error, &summary))
        return fail(command, BackupCommand::tr("the backup failed: %1").arg(error), 1);
    QTextStream(stdout) << BackupCommand::tr("Backup written: %1 (%2)")
                               .arg(QFileInfo(outFile).absoluteFilePath(), describe(summary))
                        << '\n';
    return 0;
}

int runRestoreCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("restore");
    Parsed parsed;
    if (const auto code = parse(command, arguments, false, &parsed))
        return *code;
    if (parsed.positional.size() != 1)
        return fail(command, BackupCommand::tr("expected one backup file to restore"), 2);
    const QString backup = parsed.positional.first();
    const QDir dir(parsed.dataDir);
    if (!dir.exists() && !QDir().mkpath(parsed.dataDir))
        return fail(command, BackupCommand::tr("cannot create the folder %1").arg(parsed.dataDir),
                    1);

    // A running server holds this lock; holding it ourselves also keeps one from starting
    // while the files move. Age alone never makes it stale (a server runs for weeks): only a
    // lock whose process is gone is.
    QLockFile lock(dir.filePath(LockName));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        if (lock.error() == QLockFile::LockFailedError)
            return fail(command,
                        BackupCommand::tr("a server is running on %1; stop it first (e.g. "
                                          "systemctl stop tableside-server)")
                            .arg(parsed.dataDir),
                        2);
        return fail(command, BackupCommand::tr("cannot lock %1").arg(lock.fileName()), 1);
    }

    QString error;
    const auto summary = BackupVerifier::verify(backup, &error);
    if (!summary)
        return fail(command,
                    BackupCommand::tr("%1 is not a good backup, nothing was changed: %2")
                        .arg(backup, error),
                    1);

    if (parsed.settings.database.isPostgres())
        return restorePostgres(backup, parsed.settings, *summary);
    if (PgDump::isDump(backup))
        return fail(command,
                    BackupCommand::tr("%1 is a PostgreSQL backup (pg_dump archive); the database "
                                      "is the SQLite file in %2, nothing was changed")
                        .arg(backup, parsed.dataDir),
                    1);

    const QString database = dir.filePath(DatabaseName);
    const QString incoming = database + QStringLiteral(".restoring");
    if (!unpackDurably(backup, incoming, &error))
        return fail(command, BackupCommand::tr("nothing was changed: %1").arg(error), 1);
    // A new history: dashboards that knew the replaced database reload their snapshot even
    // when the restored seq has gone past the one they saw.
    if (!SettingsRepository::renewHistoryId(incoming, &error)) {
        QFile::remove(incoming);
        return fail(command, BackupCommand::tr("nothing was changed: %1").arg(error), 1);
    }

    // The old database goes aside with its WAL (left in place, the WAL would be replayed
    // into the restored file); its -shm index is rebuilt, so it goes.
    const QString aside = database + QStringLiteral(".replaced-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    const bool hadDatabase = QFileInfo::exists(database);
    if (hadDatabase) {
        if (!QFile::rename(database, aside)) {
            QFile::remove(incoming);
            return fail(
                command,
                BackupCommand::tr("cannot move %1 aside, nothing was changed").arg(database), 1);
        }
        const QString wal = database + QStringLiteral("-wal");
        if (QFileInfo::exists(wal) && !QFile::rename(wal, aside + QStringLiteral("-wal"))) {
            QFile::rename(aside, database);
            QFile::remove(incoming);
            return fail(command,
                        BackupCommand::tr("cannot move %1 aside, nothing was changed").arg(wal), 1);
        }
        QFile::remove(database + QStringLiteral("-shm"));
    }
    // rename() replaces atomically: the database is either the old one or the restored one.
    if (::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(database).constData())
        != 0) {
        QFile::remove(incoming);
        return fail(command,
                    BackupCommand::tr("cannot put the restored database in place; the old one "
                                      "is at %1")
                        .arg(aside),
                    1);
    }
    QTextStream out(stdout);
    out << BackupCommand::tr("Restored %1 into %2 (%3)")
               .arg(backup, parsed.dataDir, describe(*summary))
        << '\n';
    if (hadDatabase)
        out << BackupCommand::tr("The replaced database is kept as %1").arg(aside) << '\n';
    return 0;
}

} // namespace tableside::server
