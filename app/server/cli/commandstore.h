#pragma once

#include "serversettings.h"

#include <QString>

class QCommandLineParser;

namespace tableside::server {

class Store;

/// What every command reads the same way (issue 21): --data-dir DIR and --config FILE, loaded
/// with the server's own loader, so [database] url and passwordFile name the database a command
/// works on (the SQLite file in the data folder when no url is set), and the Store opened on it.
class CommandStore
{
public:
    /// Adds --data-dir DIR and --config FILE to @p parser.
    static void addOptions(QCommandLineParser &parser);
    /// The settings of --config FILE (if given) with --data-dir over the file's server/dataDir.
    /// False and @p error (one line, for exit code 2) when the file cannot be read or is wrong.
    static bool loadSettings(const QCommandLineParser &parser, ServerSettings *settings,
                             QString *error);
    /// Reads @p configFile ("" = defaults only) into @p settings; false and @p error.
    static bool loadFile(const QString &configFile, ServerSettings *settings, QString *error);
    /// Where the database is, for messages: the data folder or the URL (never a password).
    static QString where(const ServerSettings &settings);
    /// False when the settings name a SQLite database whose file does not exist yet, or a
    /// PostgreSQL database without the Tableside tables (commands that must not create one as a
    /// side effect check it). A PostgreSQL server that cannot be reached: true (opening says why).
    static bool databaseExists(const ServerSettings &settings);
    /// Opens @p store on the database @p settings name. With @p printFirstStart, a database it
    /// created prints its first manager's PIN on stdout. False and @p error (translated, with
    /// where the database is) when it cannot be opened.
    static bool open(Store &store, const ServerSettings &settings, QString *error,
                     bool printFirstStart = true);
};

} // namespace tableside::server
