#include "fingerprintcommand.h"

#include "serversettings.h"
#include "staffcertificate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>

namespace tableside::server {

namespace {

// The translation context of the command's texts.
class FingerprintCommand
{
    Q_DECLARE_TR_FUNCTIONS(FingerprintCommand)
};

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "tableside-server fingerprint: " << message << '\n';
    return code;
}

} // namespace

int runFingerprintCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     FingerprintCommand::tr("Data folder."), QStringLiteral("DIR"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    FingerprintCommand::tr("Config file."), QStringLiteral("FILE"));
    parser.addOptions({dataDir, config});
    QStringList words = arguments;
    if (!words.isEmpty())
        words[0] = QStringLiteral("tableside-server fingerprint");
    if (!parser.parse(words))
        return fail(parser.errorText(), 2);
    if (!parser.positionalArguments().isEmpty())
        return fail(FingerprintCommand::tr("unexpected argument: %1")
                        .arg(parser.positionalArguments().first()),
                    2);

    ServerSettings settings;
    if (parser.isSet(config)) {
        if (!QFileInfo(parser.value(config)).isReadable())
            return fail(
                FingerprintCommand::tr("cannot read the config file %1").arg(parser.value(config)),
                2);
        QSettings ini(parser.value(config), QSettings::IniFormat);
        QString error;
        if (!settings.load(ini, &error))
            return fail(error, 2);
    }
    if (parser.isSet(dataDir))
        settings.dataDir = parser.value(dataDir);
    StaffCertificate certificate;
    QString error;
    if (!certificate.load(settings.effectiveDataDir(), settings.tlsCertificateFile,
                          settings.tlsPrivateKeyFile, &error))
        return fail(error, 1);
    QTextStream(stdout) << StaffCertificate::fingerprint(certificate.certificate()) << '\n';
    return 0;
}

} // namespace tableside::server
