#include "commandstore.h"

#include "commandlinebasics.h"
#include "pgdump.h"
#include "store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <cstdio>

namespace tableside::server {

namespace {

const QString DataDirName = QStringLiteral("data-dir");
const QString ConfigName = QStringLiteral("config");

} // namespace

void CommandStore::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        QCommandLineOption(DataDirName, CommandLine::tr("Data folder."), QStringLiteral("DIR")));
    parser.addOption(
        QCommandLineOption(ConfigName, CommandLine::tr("Config file."), QStringLiteral("FILE")));
}

bool CommandStore::loadFile(const QString &configFile, ServerSettings *settings, QString *error)
{
    if (configFile.isEmpty())
        return true;
    if (!QFileInfo(configFile).isReadable()) {
        *error = CommandLine::tr("cannot read the config file %1").arg(configFile);
        return false;
    }
    QSettings ini(configFile, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        *error = CommandLine::tr("the config file %1 is not valid INI").arg(configFile);
        return false;
    }
    QString loadError;
    if (!settings->load(ini, &loadError)) {
        *error = CommandLine::tr("%1: %2").arg(configFile, loadError);
        return false;
    }
    return true;
}

bool CommandStore::loadSettings(const QCommandLineParser &parser, ServerSettings *settings,
                                QString *error)
{
    if (!loadFile(parser.value(ConfigName), settings, error))
        return false;
    if (parser.isSet(DataDirName))
        settings->dataDir = parser.value(DataDirName);
    return true;
}

QString CommandStore::where(const ServerSettings &settings)
{
    return settings.database.isPostgres() ? settings.database.displayUrl()
                                          : QDir(settings.effectiveDataDir()).absolutePath();
}

bool CommandStore::databaseExists(const ServerSettings &settings)
{
    if (settings.database.isPostgres()) {
        // A database that cannot be reached "exists": opening it then says why it failed.
        QString ignored;
        return PgDump::holdsTableside(settings.database, &ignored) != 0;
    }
    return QFileInfo::exists(
        QDir(settings.effectiveDataDir()).filePath(QStringLiteral("tableside.db")));
}

bool CommandStore::open(Store &store, const ServerSettings &settings, QString *error,
                        bool printFirstStart)
{
    Store::OpenInfo info;
    QString reason;
    if (!store.open(settings.effectiveDataDir(), settings.database, &info, &reason)) {
        *error = CommandLine::tr("cannot open the database in %1: %2").arg(where(settings), reason);
        return false;
    }
    if (printFirstStart && !info.firstStaffPin.isEmpty()) {
        const QByteArray line
            = CommandLine::tr(
                  "First start: staff PIN for \"%1\" is %2 (change it with tableside-server "
                  "staff reset-pin)")
                  .arg(info.firstStaffName, info.firstStaffPin)
                  .toUtf8()
            + '\n';
        std::fwrite(line.constData(), 1, line.size(), stdout);
        std::fflush(stdout);
    }
    return true;
}

} // namespace tableside::server
