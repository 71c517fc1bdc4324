#include "tablelinkscommand.h"

#include "commandlinebasics.h"
#include "commandstore.h"

#include "qrcardwriter.h"
#include "store.h"
#include "tableselection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace tableside::server {

namespace {

// The command's messages, in one translation context (as lupdate sees it).
class TableLinksCommand
{
    Q_DECLARE_TR_FUNCTIONS(TableLinksCommand)
};

int usageError(const QString &message)
{
    QTextStream(stderr) << "tableside-server table-links: " << message << '\n';
    return 2;
}

} // namespace

int runTableLinksCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        TableLinksCommand::tr("Server data folder (its database holds the keys)."),
        QStringLiteral("DIR"));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        TableLinksCommand::tr("Where guests reach the server, e.g. http://192.168.1.20:8080."),
        QStringLiteral("URL"));
    const QCommandLineOption tablesOption(
        QStringLiteral("tables"),
        TableLinksCommand::tr("Tables, e.g. 1-20 or 1-5,8 (default: every active table)."),
        QStringLiteral("LIST"));
    const QCommandLineOption rotateOption(
        QStringLiteral("rotate"),
        TableLinksCommand::tr(
            "New keys for the tables given (every table without --tables): old links stop "
            "working."));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        TableLinksCommand::tr("Config file: the database its [database] url names."),
        QStringLiteral("FILE"));
    parser.addOptions({dataDirOption, configOption, baseUrlOption, tablesOption, rotateOption});
    if (!parser.parse(QStringList {QStringLiteral("tableside-server table-links")} + arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(TableLinksCommand::tr("unexpected argument \"%1\"")
                              .arg(parser.positionalArguments().first()));
    if (!parser.isSet(dataDirOption) && !parser.isSet(configOption))
        return usageError(TableLinksCommand::tr("--data-dir or --config is required"));
    const bool rotate = parser.isSet(rotateOption);
    if (!rotate && !parser.isSet(baseUrlOption))
        return usageError(TableLinksCommand::tr(
            "--base-url is required (e.g. --base-url http://192.168.1.20:8080)"));

    QString error;
    const auto options = TableCardOptions::read(parser, baseUrlOption, tablesOption, &error);
    if (!options)
        return usageError(error);
    const std::optional<QUrl> baseUrl = options->baseUrl;
    QList<int> tables = options->tables;

    // Never create a database as a side effect: the keys belong to an installed server.
    ServerSettings settings;
    if (!CommandStore::loadSettings(parser, &settings, &error))
        return usageError(error);
    if (!CommandStore::databaseExists(settings))
        return usageError(TableLinksCommand::tr("no Tableside database in %1")
                              .arg(CommandStore::where(settings)));
    Store store;
    if (!CommandStore::open(store, settings, &error, false))
        return usageError(error);

    QTextStream err(stderr);
    if (rotate) {
        if (!store.rotateTableLinks(tables).ok() || !store.flush()) {
            err << "tableside-server table-links: "
                << TableLinksCommand::tr("cannot write the new keys") << '\n';
            return 1;
        }
        err << (tables.isEmpty()
                    ? TableLinksCommand::tr(
                        "New keys for every table: the old links and cards no longer work.")
                    : TableLinksCommand::tr(
                        "New keys for %n table(s): their old links and cards no longer work.",
                        nullptr, int(tables.size())))
            << '\n'
            << TableLinksCommand::tr(
                   "Reprint the cards: tableside-server qr --data-dir DIR --base-url URL "
                   "[--tables LIST] --out cards.pdf")
            << '\n';
        if (!baseUrl)
            return 0;
    }
    if (tables.isEmpty()) {
        for (int table : store.tableNumbers()) {
            if (store.isTableActive(table))
                tables.append(table);
        }
    }
    QTextStream out(stdout);
    for (int table : std::as_const(tables)) {
        out << QrCardWriter::signedTableUrl(*baseUrl, table, store.tableLinkToken(table))
                   .toString(QUrl::FullyEncoded)
            << '\n';
    }
    return 0;
}

} // namespace tableside::server
