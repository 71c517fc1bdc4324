#include "qrcommand.h"

#include "commandlinebasics.h"

#include "commandline.h"
#include "commandstore.h"
#include "qrcardwriter.h"
#include "store.h"
#include "tableselection.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

namespace tableside::server {

namespace {

// lupdate files the tr() calls of these free functions under the namespace's name, so the
// messages are looked up there (under any other context Bulgarian would never show).
QString tr(const char *text)
{
    return QCoreApplication::translate("tableside::server", text);
}

int usageError(const QString &message)
{
    QTextStream(stderr) << "tableside-server qr: " << message << '\n';
    return 2;
}

// Tables the database knows, and which of them are active; empty when no --data-dir.
struct TableCheck
{
    QList<int> configured;
    QList<int> active;
    QHash<int, QByteArray> tokens; ///< the printed tables' signed-link tokens
};

std::optional<TableCheck> readTables(const ServerSettings &settings, const QList<int> &requested,
                                     QString *error)
{
    // Refuse a folder without a database rather than create one as a side effect.
    if (!CommandStore::databaseExists(settings)) {
        *error = tr("no Tableside database in %1").arg(CommandStore::where(settings));
        return std::nullopt;
    }
    Store store;
    if (!CommandStore::open(store, settings, error, false))
        return std::nullopt;
    TableCheck check;
    check.configured = store.tableNumbers();
    for (int table : std::as_const(check.configured)) {
        if (store.isTableActive(table))
            check.active.append(table);
    }
    for (int table : requested.isEmpty() ? check.active : requested)
        check.tokens.insert(table, store.tableLinkToken(table));
    return check;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes printable QR table cards (A4 PDF)."));
    const QCommandLineOption tablesOption(
        QStringLiteral("tables"),
        tr("Tables to print, e.g. 1-20 or 1-5,8 (default with --data-dir: every active "
           "table)."),
        QStringLiteral("LIST"));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        tr("Where guests reach the server, e.g. http://192.168.1.20:8080 (printed by the "
           "server on start)."),
        QStringLiteral("URL"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("PDF file to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        tr("Server data folder: the cards carry its signed table links; the tables are "
           "checked against its database."),
        QStringLiteral("DIR"));
    const QCommandLineOption helpOption(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Shows this help."));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        tr("Config file: the database its [database] url names, as --data-dir does."),
        QStringLiteral("FILE"));
    parser.addOptions(
        {tablesOption, baseUrlOption, outOption, dataDirOption, configOption, helpOption});

    if (!parser.parse(QStringList {QStringLiteral("tableside-server qr")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(baseUrlOption))
        return usageError(tr("--base-url is required (e.g. --base-url http://192.168.1.20:8080)"));
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return usageError(tr("--out is required (e.g. --out cards.pdf)"));
    const bool withDatabase = parser.isSet(dataDirOption) || parser.isSet(configOption);
    if (!parser.isSet(tablesOption) && !withDatabase)
        return usageError(tr("--tables is required without --data-dir (e.g. --tables 1-20)"));

    QString error;
    const auto options = TableCardOptions::read(parser, baseUrlOption, tablesOption, &error);
    if (!options)
        return usageError(error);
    const QUrl baseUrl = *options->baseUrl;
    QList<int> tables = options->tables;

    std::optional<TableCheck> check;
    if (withDatabase) {
        ServerSettings settings;
        if (!CommandStore::loadSettings(parser, &settings, &error))
            return usageError(error);
        check = readTables(settings, tables, &error);
        if (!check)
            return usageError(error);
    }

    if (!parser.isSet(tablesOption)) {
        tables = check->active;
        if (tables.isEmpty())
            return usageError(tr("the database has no active tables"));
    }

    QTextStream err(stderr);
    if (check) {
        // Print anyway (cards may be made before tables are switched on), but say which cards
        // would lead guests to "table not available" today.
        for (int table : std::as_const(tables)) {
            if (!check->configured.contains(table))
                err << tr("warning: table %1 is not configured in the database").arg(table) << '\n';
            else if (!check->active.contains(table))
                err << tr("warning: table %1 is not active").arg(table) << '\n';
        }
    }

    const QString out = parser.value(outOption);
    QrCardWriter writer(baseUrl);
    if (check) {
        // The cards carry the signed links of that server (the same as `table-links` prints).
        writer.setTableTokens(check->tokens);
    } else {
        err << tr("warning: without --data-dir the cards carry unsigned links, which a server "
                  "with guest/requireTableToken=true refuses for orders and calls")
            << '\n';
    }
    if (!writer.write(out, tables, &error)) {
        err << "tableside-server qr: " << error << '\n';
        return 1;
    }
    QTextStream(stdout) << tr("Wrote %1 QR cards (%2 pages) for %3/t/N to %4")
                               .arg(tables.size())
                               .arg(QrCardWriter::pageCount(int(tables.size())))
                               .arg(baseUrl.toString(QUrl::FullyEncoded),
                                    QFileInfo(out).absoluteFilePath())
                        << '\n';
    return 0;
}

} // namespace

int runQrCommand(const QStringList &arguments)
{
    if (QCoreApplication::instance()) {
        // Painting text into a PDF needs the font database of a GUI application.
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return usageError(tr("internal error: qr needs a QGuiApplication"));
        return run(arguments);
    }
    // No display is needed: the offscreen platform has fonts and paints into the PDF.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static char programName[] = "tableside-server";
    char *argv[] = {programName, nullptr};
    int argc = 1;
    QGuiApplication application(argc, argv);
    installServerTranslator(application);
    return run(arguments);
}

} // namespace tableside::server
