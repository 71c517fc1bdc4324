#include "fingerprintcommand.h"

#include "commandstore.h"
#include "serversettings.h"
#include "staffcertificate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    CommandStore::addOptions(parser);
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
    QString error;
    if (!CommandStore::loadSettings(parser, &settings, &error))
        return fail(error, 2);
    StaffCertificate certificate;
    if (!certificate.load(settings.effectiveDataDir(), settings.tlsCertificateFile,
                          settings.tlsPrivateKeyFile, &error))
        return fail(error, 1);
    QTextStream(stdout) << StaffCertificate::fingerprint(certificate.certificate()) << '\n';
    return 0;
}

} // namespace tableside::server
