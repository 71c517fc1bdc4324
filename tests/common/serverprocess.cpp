#include "serverprocess.h"

#include "testdatabase.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QThread>
#include <csignal>

namespace {
constexpr int StartTimeoutMs = 30000;
constexpr int CommandTimeoutMs = 30000;
} // namespace

ServerProcess::ServerProcess(const QString &binary)
    : m_binary(binary.isEmpty() ? QStringLiteral(TABLESIDE_SERVER_BINARY) : binary)
{
    // The suites order for many tables from one client, as before the signed table links;
    // tests of the links call requireTableLinks().
    setConfig(QStringLiteral("guest/requireTableToken"), false);
    // No start-up backup (its backup-status event would shift the seqs suites expect); the
    // backup suites turn it back on.
    setConfig(QStringLiteral("backup/enabled"), false);
    // The back end this run tests (testdatabase.h): on PostgreSQL a database of its own.
    if (TestDatabase::isPostgres())
        setConfig(QStringLiteral("database/url"), TestDatabase::urlFor(dataDir()));
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::databasePath() const
{
    return QDir(dataDir()).filePath(QStringLiteral("tableside.db"));
}

QString ServerProcess::configPath() const
{
    return QDir(dataDir()).filePath(QStringLiteral("server.ini"));
}

void ServerProcess::setConfig(const QString &key, const QVariant &value)
{
    QSettings ini(configPath(), QSettings::IniFormat);
    ini.setValue(key, value);
    ini.sync();
    m_useConfig = true;
}

void ServerProcess::disableGuestLimits()
{
    setConfig(QStringLiteral("orders/guestWritesPerMinute"), 0);
    setConfig(QStringLiteral("orders/tableOrdersPerMinute"), 0);
    setConfig(QStringLiteral("orders/tableCallsPerMinute"), 0);
}

bool ServerProcess::runCommand(const QStringList &arguments, QByteArray *standardOutput)
{
    QProcess process;
    // Every command works on the database the config names (issue 21).
    process.start(m_binary,
                  TestDatabase::isPostgres()
                      ? arguments + QStringList {QStringLiteral("--config"), configPath()}
                      : arguments);
    if (!process.waitForFinished(CommandTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_output += "timeout: " + arguments.join(QLatin1Char(' ')).toUtf8() + '\n';
        return false;
    }
    const QByteArray out = process.readAllStandardOutput();
    m_output += out + process.readAllStandardError();
    if (standardOutput)
        *standardOutput = out;
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QStringList ServerProcess::tableLinks(const QString &tables, bool rotate)
{
    QStringList arguments {QStringLiteral("table-links"), QStringLiteral("--data-dir"), dataDir(),
                           QStringLiteral("--base-url"),
                           m_url.isEmpty() ? QStringLiteral("http://127.0.0.1") : m_url.toString()};
    if (!tables.isEmpty())
        arguments << QStringLiteral("--tables") << tables;
    if (rotate)
        arguments << QStringLiteral("--rotate");
    QByteArray out;
    if (!runCommand(arguments, &out))
        return {};
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool ServerProcess::addStaff(const QString &name, const QString &pin, const QString &role)
{
    QStringList arguments {QStringLiteral("staff"), QStringLiteral("add"),
                           QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--name"), name,
                           QStringLiteral("--pin"), pin, QStringLiteral("--role"), role};
    // New PINs are 6 to 8 digits; the tests' 4-digit ones stand for an older installation's.
    if (pin.size() < 6)
        arguments << QStringLiteral("--allow-short-pin");
    return runCommand(arguments);
}

bool ServerProcess::runStaffCommand(const QStringList &arguments, QByteArray *standardOutput)
{
    return runCommand(QStringList {QStringLiteral("staff")} << arguments
                          << QStringLiteral("--data-dir") << dataDir(),
                      standardOutput);
}

QJsonObject ServerProcess::appCredentials()
{
    QByteArray out;
    if (!runCommand({QStringLiteral("app-credentials"), QStringLiteral("--data-dir"), dataDir()},
                    &out))
        return {};
    // The JSON is the last line (the command may print a first-start notice before it).
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

bool ServerProcess::start(const QStringList &extraArguments)
{
    m_extraArguments = extraArguments;
    return startOn(0);
}

bool ServerProcess::startOn(quint16 port, quint16 staffPort)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // Both channels are read as they come, so the server never blocks on a full pipe; stderr
    // carries its log, kept for failure messages.
    QProcess *process = m_process.get();
    QObject::connect(process, &QProcess::readyReadStandardOutput, process,
                     [this, process] { m_output += process->readAllStandardOutput(); });
    QObject::connect(process, &QProcess::readyReadStandardError, process,
                     [this, process] { m_output += process->readAllStandardError(); });
    QStringList arguments {QStringLiteral("--data-dir"), dataDir(),
                           QStringLiteral("--address"),  QStringLiteral("127.0.0.1"),
                           QStringLiteral("--port"),     QString::number(port)};
    if (m_useConfig)
        arguments << QStringLiteral("--config") << configPath();
    // --tls-mode wins over any config file a test passes in its own arguments.
    if (m_tls)
        arguments << QStringLiteral("--tls-mode") << QStringLiteral("on")
                  << QStringLiteral("--staff-port") << QString::number(staffPort);
    else
        arguments << QStringLiteral("--tls-mode") << QStringLiteral("off");
    const qsizetype from = m_output.size();
    process->start(m_binary, arguments + m_extraArguments);
    if (!process->waitForStarted(StartTimeoutMs)) {
        m_output += process->errorString().toUtf8() + '\n';
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("Tableside Server listening on (https?://[^\\s]+)"));
    static const QRegularExpression staffSide(
        QStringLiteral("Tableside Server staff side on (https://[^\\s]+)"));
    static const QRegularExpression fingerprint(
        QStringLiteral("\\b([0-9A-F]{2}(?::[0-9A-F]{2}){31})\\b"));
    QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        const QRegularExpressionMatch match
            = listening.match(QString::fromUtf8(m_output.mid(from)));
        const QString printed = QString::fromUtf8(m_output.mid(from));
        const QRegularExpressionMatch staffMatch = staffSide.match(printed);
        const QRegularExpressionMatch fingerprintMatch = fingerprint.match(printed);
        if (match.hasMatch()
            && (!m_tls || (staffMatch.hasMatch() && fingerprintMatch.hasMatch()))) {
            m_url = QUrl(match.captured(1));
            m_staffUrl = m_tls ? QUrl(staffMatch.captured(1)) : QUrl();
            m_fingerprint = m_tls ? fingerprintMatch.captured(1) : QString();
            m_http.setPort(this->port());
            return this->port() != 0;
        }
        if (process->state() != QProcess::Running)
            return false;
        process->waitForReadyRead(100);
    }
    m_output += "no listening line within 30 s\n";
    return false;
}

void ServerProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    resume();
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_http.dropConnections();
}

bool ServerProcess::restart()
{
    const quint16 samePort = port();
    const quint16 sameStaffPort = staffPort();
    stop();
    // The port was just released; retry a few times in case the OS needs a moment.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (startOn(samePort, sameStaffPort))
            return true;
        QThread::msleep(250);
    }
    return false;
}

void ServerProcess::pause()
{
    if (m_process && m_process->processId() > 0)
        ::kill(pid_t(m_process->processId()), SIGSTOP);
}

void ServerProcess::resume()
{
    if (m_process && m_process->processId() > 0)
        ::kill(pid_t(m_process->processId()), SIGCONT);
}
