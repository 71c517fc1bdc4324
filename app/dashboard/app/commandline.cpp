#include "commandline.h"

#include "language.h"
#include "servertrust.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QSize>

namespace tableside::dashboard {

std::optional<CommandLine> CommandLine::parse(const QStringList &arguments, QString *error,
                                              QString *exitText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Tableside Dashboard: orders and waiter calls for staff, live.\n"
        "The staff PIN may be given in the environment variable TABLESIDE_PIN (never on the "
        "command line) to log in without the dialog."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral("Server address, the staff port (default https://localhost:8443)."),
        QStringLiteral("URL"));
    const QCommandLineOption fingerprint(
        QStringLiteral("fingerprint"),
        QStringLiteral(
            "Trust the server certificate with this SHA-256 fingerprint (as "
            "\"tableside-server fingerprint\" prints it) instead of the first one seen."),
        QStringLiteral("SHA256"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QStringLiteral("Separate settings, so two instances can run side by side."),
        QStringLiteral("NAME"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: bg or en."),
                                  QStringLiteral("bg|en"));
    const QCommandLineOption kitchen(QStringLiteral("kitchen"),
                                     QStringLiteral("Kitchen display mode."));
    const QCommandLineOption station(
        QStringLiteral("station"),
        QStringLiteral("Kitchen display: show only this station's items (kitchen, bar, ...)."),
        QStringLiteral("NAME"));
    const QCommandLineOption fullscreen(QStringLiteral("fullscreen"),
                                        QStringLiteral("Start in full screen."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a PNG of the window and exit."),
                                  QStringLiteral("FILE"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotDelay(QStringLiteral("screenshot-delay"),
                                       QStringLiteral("Delay before the screenshot."),
                                       QStringLiteral("MS"));
    screenshotDelay.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption windowSize(QStringLiteral("window-size"), QStringLiteral("Window size."),
                                  QStringLiteral("WxH"));
    windowSize.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("light or dark."),
                             QStringLiteral("THEME"));
    theme.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({server, fingerprint, profile, lang, kitchen, station, fullscreen, screenshot,
                       screenshotDelay, windowSize, theme});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        if (exitText)
            *exitText = parser.helpText();
        return CommandLine {};
    }
    if (parser.isSet(version)) {
        if (exitText)
            *exitText = QStringLiteral("tableside-dashboard " TABLESIDE_VERSION "\n");
        return CommandLine {};
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("Unexpected argument: %1 (the PIN goes into TABLESIDE_PIN)")
                     .arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    CommandLine line;
    if (parser.isSet(server)) {
        line.server = QUrl::fromUserInput(parser.value(server));
        if (!line.server.isValid() || line.server.host().isEmpty()
            || (line.server.scheme() != QLatin1String("http")
                && line.server.scheme() != QLatin1String("https"))) {
            *error = QStringLiteral("--server: not an http(s) URL: %1").arg(parser.value(server));
            return std::nullopt;
        }
    }
    if (parser.isSet(fingerprint)) {
        line.fingerprint = ServerTrust::normalize(parser.value(fingerprint));
        if (line.fingerprint.isEmpty()) {
            *error = QStringLiteral("--fingerprint: not a SHA-256 fingerprint (64 hex digits): %1")
                         .arg(parser.value(fingerprint));
            return std::nullopt;
        }
    }
    line.profile = parser.value(profile);
    if (!line.profile.isEmpty()
        && !QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{1,40}$"))
                .match(line.profile)
                .hasMatch()) {
        *error = QStringLiteral("--profile: use letters, digits, '-' and '_' only");
        return std::nullopt;
    }
    if (parser.isSet(lang)) {
        const auto language = languageFromCode(parser.value(lang));
        if (!language) {
            *error = QStringLiteral("--lang: expected bg or en, got %1").arg(parser.value(lang));
            return std::nullopt;
        }
        line.language = languageCode(*language);
    }
    line.kitchen = parser.isSet(kitchen);
    line.station = parser.value(station);
    if (!line.station.isEmpty()
        && !QRegularExpression(QStringLiteral("^[a-z0-9_-]{1,40}$"))
                .match(line.station)
                .hasMatch()) {
        *error = QStringLiteral("--station: use lowercase letters, digits, '-' and '_' only");
        return std::nullopt;
    }
    line.fullScreen = parser.isSet(fullscreen);
    line.screenshotFile = parser.value(screenshot);
    if (parser.isSet(screenshotDelay))
        line.screenshotDelayMs = qMax(0, parser.value(screenshotDelay).toInt());
    if (parser.isSet(windowSize)) {
        const QStringList parts = parser.value(windowSize).split(QLatin1Char('x'));
        if (parts.size() == 2)
            line.windowSize = QSize(parts[0].toInt(), parts[1].toInt());
    }
    line.theme = parser.value(theme);
    return line;
}

} // namespace tableside::dashboard
