#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

class QCommandLineParser;
class QCommandLineOption;

namespace tableside::server {

// Exit codes of every tableside-server command: scripts test them.
constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;
/// The server lost its PostgreSQL connection (restart, failover): systemd starts it again and
/// it connects to the database's new primary.
constexpr int ExitDatabaseLost = 3;

/// The translation context of the command line's own texts (usage, staff commands).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

/// What the qr and table-links commands read the same way: where guests reach the server and
/// which tables.
struct TableCardOptions
{
    std::optional<QUrl> baseUrl; ///< set when the option was given and is valid
    QList<int> tables; ///< empty when --tables was not given

    /// Reads @p baseUrl and @p tables from @p parser; false with @p error ("--tables: …") when
    /// a given value is invalid.
    static std::optional<TableCardOptions> read(const QCommandLineParser &parser,
                                                const QCommandLineOption &baseUrl,
                                                const QCommandLineOption &tables, QString *error);
};

} // namespace tableside::server
