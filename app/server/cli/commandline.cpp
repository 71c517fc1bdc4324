#include "commandline.h"

#include "commandlinebasics.h"
#include "commandstore.h"

#include "backupcommand.h"
#include "reportcommand.h"
#include "fingerprintcommand.h"
#include "logging.h"
#include "pinhasher.h"
#include "printersettings.h"
#include "qrcommand.h"
#include "shutdownsignals.h"
#include "staffcommand.h"
#include "store.h"
#include "tablelinkscommand.h"
#include "tablesideserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QSettings>
#include <QTranslator>
#include <cstdio>
#ifdef Q_OS_LINUX
#include "epolleventdispatcher.h"
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace tableside::server {

namespace {

void printOut(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, bytes.size(), stdout);
    std::fflush(stdout);
}

void printError(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, bytes.size(), stderr);
    std::fflush(stderr);
}

int usageError(const QString &message)
{
    printError(QStringLiteral("tableside-server: ") + message);
    return ExitUsage;
}

QString usageText()
{
    return CommandLine::tr(
        "Usage:\n"
        "  tableside-server [--data-dir DIR] [--address ADDR] [--port PORT] [--config FILE]\n"
        "                   [--staff-port PORT] [--tls-mode on|off] [--public-staff-channel]\n"
        "  tableside-server staff add --data-dir DIR --name NAME --pin PIN "
        "[--role waiter|kitchen|manager]\n"
        "  tableside-server staff list --data-dir DIR\n"
        "  tableside-server staff remove --data-dir DIR --name NAME\n"
        "  tableside-server staff reset-pin --data-dir DIR --name NAME [--pin PIN]\n"
        "  tableside-server staff lockouts|unlock --data-dir DIR [--name NAME | --address ADDR]\n"
        "  tableside-server app-credentials --data-dir DIR\n"
        "  tableside-server fingerprint [--data-dir DIR]\n"
        "  tableside-server backup --data-dir DIR [--out FILE.db.gz|FILE.pgdump]\n"
        "  tableside-server restore --data-dir DIR FILE.db.gz|FILE.pgdump\n"
        "  tableside-server report --data-dir DIR (--day YYYY-MM-DD | --from D --to D)\n"
        "                   [--lang bg|en] (--out FILE.pdf | --out FOLDER --format csv)\n"
        "  tableside-server menu import --data-dir DIR FILE.json\n"
        "  tableside-server menu export --data-dir DIR [FILE.json]\n"
        "  tableside-server qr --data-dir DIR --base-url URL [--tables 1-20] --out cards.pdf\n"
        "  tableside-server table-links --data-dir DIR --base-url URL [--tables 1-20] [--rotate]\n"
        "  tableside-server --help | --version\n"
        "\n"
        "Options:\n"
        "  --data-dir DIR          where the database lives (default: the app-data folder)\n"
        "  --address ADDR          IP address to listen on (default 0.0.0.0)\n"
        "  --port PORT             guests' TCP port, plain HTTP (default 8080; 0 picks a free "
        "one)\n"
        "  --staff-port PORT       staff TCP port, HTTPS and wss (default 8443; 0 picks a free "
        "one)\n"
        "  --tls-mode on|off       off: staff on the guests' plain port too (tls/mode)\n"
        "  --config FILE           INI file with these and more settings (see docs/api.md);\n"
        "                          every command takes it: [database] url names its database\n"
        "  --public-staff-channel  broadcast on \"staff-channel\" instead of "
        "\"private-staff-channel\"");
}

void installTranslatorInto(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("server"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        app.installTranslator(translator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
}

void printFirstStart(const QString &name, const QString &pin)
{
    if (pin.isEmpty())
        return;
    printOut(CommandLine::tr(
                 "First start: staff PIN for \"%1\" is %2 (change it with tableside-server staff "
                 "reset-pin)")
                 .arg(name, pin));
}

// Opens the store the subcommand's settings name; prints the first-start PIN if it created
// the database.
bool openStore(Store &store, const ServerSettings &settings)
{
    QString error;
    if (!CommandStore::open(store, settings, &error)) {
        printError(QStringLiteral("tableside-server: ") + error);
        return false;
    }
    return true;
}

QString urlHost(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                               : address.toString();
}

QString storeErrorLine(const StoreError &error)
{
    return QStringLiteral("tableside-server: ") + error.message;
}

// ---------------------------------------------------------------- subcommands

struct SubcommandParser
{
    QCommandLineParser parser;

    SubcommandParser()
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        CommandStore::addOptions(parser);
    }

    // Parses @p options (the words after the subcommand's own) as "tableside-server
    // @p command …"; false = a usage error was printed.
    bool parse(const QString &command, const QStringList &options, int *exitCode)
    {
        if (!parser.parse(QStringList {QStringLiteral("tableside-server ") + command} + options)) {
            *exitCode = usageError(parser.errorText());
            return false;
        }
        return true;
    }

    // Opens @p store on the database --config / --data-dir name; false with @p exitCode set
    // (a usage error, or the database could not be opened: said on stderr).
    bool openStore(Store &store, int *exitCode)
    {
        ServerSettings settings;
        QString error;
        if (!CommandStore::loadSettings(parser, &settings, &error)) {
            *exitCode = usageError(error);
            return false;
        }
        if (!::tableside::server::openStore(store, settings)) {
            *exitCode = ExitFailure;
            return false;
        }
        return true;
    }
};

int runAppCredentials(const QStringList &arguments)
{
    SubcommandParser sub;
    int exitCode = ExitOk;
    if (!sub.parse(QStringLiteral("app-credentials"), arguments.mid(1), &exitCode))
        return exitCode;
    if (!sub.parser.positionalArguments().isEmpty())
        return usageError(CommandLine::tr("unexpected argument: %1")
                              .arg(sub.parser.positionalArguments().first()));
    Store store;
    if (!sub.openStore(store, &exitCode))
        return exitCode;
    const Store::AppCredentials credentials = store.appCredentials();
    printOut(QString::fromUtf8(
        QJsonDocument(QJsonObject {{QStringLiteral("appId"), credentials.appId},
                                   {QStringLiteral("key"), credentials.key},
                                   {QStringLiteral("secret"), credentials.secret}})
            .toJson(QJsonDocument::Compact)));
    return ExitOk;
}

// menu export: the whole menu (hidden products too) in the form menu import reads, to a file or
// to standard output: for backups of the menu alone and bulk edits in a text editor.
int runMenuExport(const QStringList &arguments)
{
    SubcommandParser sub;
    int exitCode = ExitOk;
    if (!sub.parse(QStringLiteral("menu export"), arguments.mid(2), &exitCode))
        return exitCode;
    if (sub.parser.positionalArguments().size() > 1)
        return usageError(CommandLine::tr("menu export: expected at most one FILE.json"));
    Store store;
    if (!sub.openStore(store, &exitCode))
        return exitCode;
    QJsonArray categories, products;
    for (const Category &category : store.categories())
        categories.append(category.toJson());
    for (const Product &product : store.products())
        products.append(product.toJson());
    const QByteArray json = QJsonDocument(QJsonObject {{QStringLiteral("categories"), categories},
                                                       {QStringLiteral("products"), products}})
                                .toJson(QJsonDocument::Indented);
    if (sub.parser.positionalArguments().isEmpty()) {
        printOut(QString::fromUtf8(json).trimmed());
        return ExitOk;
    }
    const QString path = sub.parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        return usageError(CommandLine::tr("cannot write %1").arg(path));
    printOut(CommandLine::tr("Exported %1 categories and %2 products to %3.")
                 .arg(categories.size())
                 .arg(products.size())
                 .arg(path));
    return ExitOk;
}

int runMenu(const QStringList &arguments)
{
    if (arguments.value(1) == u"export")
        return runMenuExport(arguments);
    if (arguments.value(1) != u"import")
        return usageError(CommandLine::tr("menu: expected import or export"));
    SubcommandParser sub;
    int exitCode = ExitOk;
    if (!sub.parse(QStringLiteral("menu import"), arguments.mid(2), &exitCode))
        return exitCode;
    if (sub.parser.positionalArguments().size() != 1)
        return usageError(CommandLine::tr("menu import: expected one FILE.json"));
    const QString path = sub.parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usageError(CommandLine::tr("cannot read %1").arg(path));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return usageError(
            CommandLine::tr("%1 is not a JSON object: %2").arg(path, parseError.errorString()));
    Store::MenuImport menu;
    const QJsonObject root = document.object();
    const QJsonArray categories = root.value(QStringLiteral("categories")).toArray();
    const QJsonArray products = root.value(QStringLiteral("products")).toArray();
    for (int i = 0; i < categories.size(); ++i) {
        QString error;
        const auto category = Category::fromJson(categories.at(i).toObject(), &error);
        if (!category)
            return usageError(
                CommandLine::tr("%1: categories[%2]: %3").arg(path).arg(i).arg(error));
        menu.categories.append(*category);
    }
    for (int i = 0; i < products.size(); ++i) {
        QString error;
        const auto product = Product::fromJson(products.at(i).toObject(), &error);
        if (!product)
            return usageError(CommandLine::tr("%1: products[%2]: %3").arg(path).arg(i).arg(error));
        menu.products.append(*product);
    }
    if (menu.products.isEmpty())
        return usageError(CommandLine::tr("%1: no products").arg(path));
    Store store;
    if (!sub.openStore(store, &exitCode))
        return exitCode;
    const auto imported = store.importMenu(menu);
    if (!imported.ok() || !store.flush()) {
        printError(imported.ok() ? CommandLine::tr(
                       "tableside-server: the database could not store the change")
                                 : storeErrorLine(imported.error()));
        return ExitFailure;
    }
    printOut(CommandLine::tr("Imported %1 categories and %2 products.")
                 .arg(menu.categories.size())
                 .arg(imported.value()));
    return ExitOk;
}

// ---------------------------------------------------------------- the server

void printGuestUrls(const ServerSettings &settings, quint16 port, quint16 staffPort)
{
    // With a staff TLS port the guests' port is plain HTTP (phones would warn about a
    // self-signed certificate); with tls/mode=off the one port is HTTPS if a certificate is set.
    const QString scheme = !settings.staffTls() && settings.tlsEnabled() ? QStringLiteral("https")
                                                                         : QStringLiteral("http");
    if (settings.address.isLoopback()) {
        printOut(CommandLine::tr("Guests on this network: none (listening on %1 only)")
                     .arg(settings.address.toString()));
        return;
    }
    QStringList urls;
    QStringList staffUrls;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        if (!(interface.flags() & QNetworkInterface::IsUp)
            || (interface.flags() & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() != QAbstractSocket::IPv4Protocol || ip.isLoopback())
                continue;
            if (settings.address != QHostAddress(QHostAddress::AnyIPv4)
                && settings.address != QHostAddress(QHostAddress::Any) && settings.address != ip)
                continue;
            urls.append(
                QStringLiteral("%1://%2:%3/t/<table>").arg(scheme, ip.toString()).arg(port));
            if (staffPort != 0)
                staffUrls.append(QStringLiteral("https://%1:%2").arg(ip.toString()).arg(staffPort));
        }
    }
    if (urls.isEmpty()) {
        printOut(CommandLine::tr("Guests on this network: no network address found (connect to the "
                                 "restaurant's network)"));
        return;
    }
    for (const QString &url : urls)
        printOut(CommandLine::tr("Guests on this network: %1").arg(url));
    for (const QString &url : staffUrls)
        printOut(CommandLine::tr("Staff dashboards on this network: %1").arg(url));
}

int runServer(QCoreApplication &app, const QStringList &arguments)
{
#ifdef __GLIBC__
    // glibc hands memory freed at the top of the heap back to the kernel once 128 KB are free;
    // SQLite allocates and frees its per-order savepoint state, so that was a brk() shrink (and
    // a TLB flush on every CPU) for most orders: ~15 % of the server's time under load. Keep up
    // to 16 MB of freed memory for reuse instead.
    mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
#endif
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLine::tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     CommandLine::tr("Show the version."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), CommandLine::tr("Data folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption address(QStringLiteral("address"),
                                     CommandLine::tr("Address to listen on."),
                                     QStringLiteral("ADDR"));
    const QCommandLineOption port(QStringLiteral("port"), CommandLine::tr("Port to listen on."),
                                  QStringLiteral("PORT"));
    const QCommandLineOption config(QStringLiteral("config"), CommandLine::tr("Config file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption staffPort(QStringLiteral("staff-port"),
                                       CommandLine::tr("Staff TLS port to listen on."),
                                       QStringLiteral("PORT"));
    const QCommandLineOption tlsMode(QStringLiteral("tls-mode"),
                                     CommandLine::tr("on: staff over TLS on its own port."),
                                     QStringLiteral("on|off"));
    const QCommandLineOption publicChannel(QStringLiteral("public-staff-channel"),
                                           CommandLine::tr("Use the public staff-channel."));
    parser.addOptions(
        {help, version, dataDir, address, port, staffPort, tlsMode, config, publicChannel});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printOut(usageText());
        return ExitOk;
    }
    if (parser.isSet(version)) {
        printOut(QStringLiteral("tableside-server %1").arg(QStringLiteral(TABLESIDE_VERSION)));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(CommandLine::tr("unknown command: %1 (see --help)")
                              .arg(parser.positionalArguments().first()));

    ServerSettings settings;
    QString error;
    if (!CommandStore::loadFile(parser.value(config), &settings, &error))
        return usageError(error);
    if (parser.isSet(dataDir))
        settings.dataDir = parser.value(dataDir);
    if (parser.isSet(address)) {
        QHostAddress parsed;
        if (!parsed.setAddress(parser.value(address)))
            return usageError(
                CommandLine::tr("--address: not an IP address: %1").arg(parser.value(address)));
        settings.address = parsed;
    }
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value > 65535)
            return usageError(
                CommandLine::tr("--port: expected 0 to 65535, not %1").arg(parser.value(port)));
        settings.port = static_cast<quint16>(value);
    }
    if (parser.isSet(staffPort)) {
        bool ok = false;
        const uint value = parser.value(staffPort).toUInt(&ok);
        if (!ok || value > 65535)
            return usageError(CommandLine::tr("--staff-port: expected 0 to 65535, not %1")
                                  .arg(parser.value(staffPort)));
        settings.tlsPort = static_cast<quint16>(value);
    }
    if (parser.isSet(tlsMode)) {
        const QString mode = parser.value(tlsMode);
        if (mode != u"on" && mode != u"off")
            return usageError(CommandLine::tr("--tls-mode: expected on or off, not %1").arg(mode));
        settings.tlsMode
            = mode == u"on" ? ServerSettings::TlsMode::On : ServerSettings::TlsMode::Off;
    }
    if (parser.isSet(publicChannel))
        settings.realtime.staffChannel = QStringLiteral("staff-channel");

    TablesideServer server(settings);
    QString firstName;
    QString firstPin;
    if (!server.open(&error, &firstName, &firstPin)) {
        printError(QStringLiteral("tableside-server: ") + error);
        return ExitFailure;
    }
    printFirstStart(firstName, firstPin);
    const bool listening = settings.staffTls()
        ? server.listenGuestAndStaff(settings.address, settings.port, settings.tlsPort)
        : server.listen(settings.address, settings.port);
    if (!listening) {
        printError(QStringLiteral("tableside-server: ") + server.errorString());
        return ExitFailure;
    }
    // These two lines are read by scripts and tests: not translated.
    const QString scheme = !settings.staffTls() && settings.tlsEnabled() ? QStringLiteral("https")
                                                                         : QStringLiteral("http");
    printOut(QStringLiteral("Tableside Server listening on %1://%2:%3")
                 .arg(scheme, urlHost(settings.address))
                 .arg(server.port()));
    if (settings.staffTls()) {
        const QString staffUrl
            = QStringLiteral("%1:%2").arg(urlHost(settings.address)).arg(server.staffPort());
        printOut(QStringLiteral("Tableside Server staff side on https://%1 and wss://%1/app/")
                     .arg(staffUrl));
        if (server.staffCertificateCreated())
            printOut(CommandLine::tr("Made a self-signed certificate for the staff side."));
        printOut(CommandLine::tr("Staff certificate SHA-256 fingerprint: %1 (dashboards pin it; "
                                 "tableside-server fingerprint prints it again)")
                     .arg(server.staffFingerprint()));
    } else {
        printOut(CommandLine::tr("Staff side on the same port (tls/mode=off): PINs and tokens "
                                 "are not encrypted unless a certificate is configured"));
    }
    printGuestUrls(settings, server.port(), settings.staffTls() ? server.staffPort() : 0);

    // QPSQL does not reconnect, and a batch cut off mid-way cannot be resumed: end with a code of
    // our own and let systemd (Restart=on-failure) start a fresh process, which connects to the
    // new primary (target_session_attrs=read-write). Clients reconnect and catch up by seq.
    QObject::connect(&server.store(), &Store::databaseConnectionLost, &app, [&app] {
        qCCritical(lcCli) << "database connection lost; exiting so that the service restarts";
        app.exit(ExitDatabaseLost);
    });
    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::shutdownRequested, &app, [&app](int number) {
        qCInfo(lcCli) << "signal" << number << "received; shutting down";
        app.quit();
    });
    const int code = app.exec();
    qCInfo(lcCli) << "stopped";
    return code;
}

} // namespace

int runCommandLine(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // The QR command makes its own (GUI) application object, so it goes first.
    if (arguments.value(1) == u"qr")
        return runQrCommand(arguments.mid(2));
    if (arguments.value(1) == u"report") // a GUI application too (the PDF's fonts)
        return runReportCommand(arguments.mid(2));

#ifdef Q_OS_LINUX
    // The server's loop waits on thousands of idle WebSockets: epoll instead of Qt's poll() over
    // all of them. TABLESIDE_EVENT_DISPATCHER=qt keeps Qt's own (to compare, or if in doubt).
    const QString command = arguments.value(1);
    const bool runsServer = command != u"staff" && command != u"app-credentials"
        && command != u"menu" && command != u"table-links";
    if (runsServer && qEnvironmentVariable("TABLESIDE_EVENT_DISPATCHER") != u"qt")
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
#endif
    // Raster printers draw tickets with fonts, which need a QGuiApplication (offscreen, no
    // display); otherwise the lighter QCoreApplication.
    std::unique_ptr<QCoreApplication> application;
    if (PrinterSettings::rasterConfigured(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Tableside"));
    QCoreApplication::setApplicationName(QStringLiteral("tableside-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TABLESIDE_VERSION));
    installServerTranslator(app);

    if (arguments.value(1) == u"staff")
        return runStaffCommand(arguments.mid(1));
    if (arguments.value(1) == u"app-credentials")
        return runAppCredentials(arguments.mid(1));
    if (arguments.value(1) == u"fingerprint")
        return runFingerprintCommand(arguments.mid(1));
    if (arguments.value(1) == u"backup")
        return runBackupCommand(arguments.mid(1));
    if (arguments.value(1) == u"restore")
        return runRestoreCommand(arguments.mid(1));
    if (arguments.value(1) == u"menu")
        return runMenu(arguments.mid(1));
    if (arguments.value(1) == u"table-links")
        return runTableLinksCommand(arguments.mid(2));
    return runServer(app, arguments);
}

void installServerTranslator(QCoreApplication &app)
{
    installTranslatorInto(app);
}

} // namespace tableside::server
