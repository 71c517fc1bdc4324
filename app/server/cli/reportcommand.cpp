#include "reportcommand.h"

#include "commandline.h"
#include "commandlinebasics.h"
#include "commandstore.h"
#include "reportpdf.h"
#include "reportperiod.h"
#include "reportquery.h"
#include "reporttables.h"
#include "serversettings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>
#include <QTranslator>

namespace tableside::server {

namespace {

// The translation context of the report command's texts.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "tableside-server report: " << message << '\n';
    return code;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption day(QStringLiteral("day"), ReportCommand::tr("Business day."),
                                 QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption from(QStringLiteral("from"), ReportCommand::tr("First day."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), ReportCommand::tr("Last day."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption lang(QStringLiteral("lang"), ReportCommand::tr("bg or en."),
                                  QStringLiteral("LANG"), QStringLiteral("bg"));
    const QCommandLineOption format(QStringLiteral("format"), ReportCommand::tr("pdf or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("pdf"));
    const QCommandLineOption out(QStringLiteral("out"), ReportCommand::tr("Output."),
                                 QStringLiteral("PATH"));
    // The server passes its own start hour to the PDFs it has this command make.
    const QCommandLineOption startHour(QStringLiteral("business-day-start-hour"),
                                       ReportCommand::tr("Hour a business day starts."),
                                       QStringLiteral("HOUR"));
    CommandStore::addOptions(parser);
    parser.addOptions({day, from, to, lang, format, out, startHour});
    if (!parser.parse(QStringList {QStringLiteral("tableside-server report")} + arguments))
        return fail(parser.errorText(), ExitUsage);
    if (!parser.positionalArguments().isEmpty())
        return fail(
            ReportCommand::tr("unexpected argument: %1").arg(parser.positionalArguments().first()),
            ExitUsage);
    QString error;
    const auto period
        = ReportPeriod::fromTexts(parser.value(day), parser.value(from), parser.value(to), &error);
    if (!period)
        return fail(error, ExitUsage);
    const QString language = parser.value(lang);
    if (language != u"bg" && language != u"en")
        return fail(ReportCommand::tr("--lang: expected bg or en"), ExitUsage);
    const QString kind = parser.value(format);
    if (kind != u"pdf" && kind != u"csv")
        return fail(ReportCommand::tr("--format: expected pdf or csv"), ExitUsage);
    if (!parser.isSet(out))
        return fail(ReportCommand::tr("--out is required"), ExitUsage);
    ServerSettings settings;
    if (!CommandStore::loadSettings(parser, &settings, &error))
        return fail(error, ExitUsage);
    if (parser.isSet(startHour)) {
        bool ok = false;
        settings.businessDayStartHour = parser.value(startHour).toInt(&ok);
        if (!ok || settings.businessDayStartHour < 0 || settings.businessDayStartHour > 23)
            return fail(ReportCommand::tr("--business-day-start-hour: expected 0-23"), ExitUsage);
    }
    // The database the config names (PostgreSQL), else the data folder's SQLite file.
    if (!CommandStore::databaseExists(settings))
        return fail(
            ReportCommand::tr("there is no database in %1").arg(CommandStore::where(settings)),
            ExitFailure);

    const auto report
        = ReportQuery(settings.database, settings.effectiveDataDir(), settings.businessDayStartHour)
              .run(*period, &error);
    if (!report)
        return fail(ReportCommand::tr("cannot read the database: %1").arg(error), ExitFailure);
    const QString path = parser.value(out);
    if (kind == u"csv") {
        if (!ReportTables::writeCsvFolder(*report, path, &error))
            return fail(error, ExitFailure);
    } else {
        // The PDF's language is --lang, whatever the machine's locale.
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(QStringLiteral(":/i18n/server_%1.qm").arg(language)))
            QCoreApplication::installTranslator(translator);
        const bool written = ReportPdf::write(*report, path, language, &error);
        // The command's own messages stay in the machine's language.
        QCoreApplication::removeTranslator(translator);
        if (!written)
            return fail(error, ExitFailure);
    }
    QTextStream(stdout) << ReportCommand::tr("Wrote the report for %1 (%2 orders) to %3")
                               .arg(period->label())
                               .arg(report->orders)
                               .arg(QFileInfo(path).absoluteFilePath())
                        << '\n';
    return ExitOk;
}

} // namespace

int runReportCommand(const QStringList &arguments)
{
    if (QCoreApplication::instance()) {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return fail(QStringLiteral("internal error: report needs a QGuiApplication"),
                        ExitFailure);
        return run(arguments);
    }
    // No display is needed: the offscreen platform has fonts and paints into the PDF.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static char programName[] = "tableside-server";
    char *argv[] = {programName, nullptr};
    int argc = 1;
    QGuiApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tableside"));
    QCoreApplication::setApplicationName(QStringLiteral("tableside-server"));
    installServerTranslator(application);
    return run(arguments);
}

} // namespace tableside::server
