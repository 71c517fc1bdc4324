#include "serverprocess.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

namespace {
constexpr int StartTimeoutMs = 15000;
constexpr int CommandTimeoutMs = 15000;
constexpr int RequestTimeoutMs = 10000;
} // namespace

QJsonObject ServerProcess::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ServerProcess::ServerProcess(QString binary)
    : m_binary(std::move(binary))
{
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    // stderr carries the server's log; keep it for failure messages without blocking the pipe.
    QObject::connect(&m_server, &QProcess::readyReadStandardError, &m_server,
                     [this] { m_output += m_server.readAllStandardError(); });
}

ServerProcess::~ServerProcess()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(5000)) {
            m_server.kill();
            m_server.waitForFinished(2000);
        }
    }
}

QString ServerProcess::databasePath() const
{
    return QDir(m_dataDir.path()).filePath(QStringLiteral("tableside.db"));
}

bool ServerProcess::runCommand(const QStringList &arguments, QByteArray *standardOutput)
{
    QProcess process;
    process.start(m_binary, arguments);
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

bool ServerProcess::addStaff(const QString &name, const QString &pin, const QString &role)
{
    return runCommand({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--data-dir"),
                       dataDir(), QStringLiteral("--name"), name, QStringLiteral("--pin"), pin,
                       QStringLiteral("--role"), role});
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
    m_server.start(m_binary,
                   QStringList {QStringLiteral("--data-dir"), dataDir(),
                                QStringLiteral("--address"), QStringLiteral("127.0.0.1"),
                                QStringLiteral("--port"), QStringLiteral("0")}
                       + extraArguments);
    if (!m_server.waitForStarted(StartTimeoutMs))
        return false;
    static const QRegularExpression listening(
        QStringLiteral("Tableside Server listening on http://[^\\s:]+:(\\d+)"));
    QByteArray standardOutput;
    QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired() && m_server.state() == QProcess::Running) {
        m_server.waitForReadyRead(100);
        standardOutput += m_server.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(standardOutput));
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            m_output += standardOutput;
            return m_port != 0;
        }
    }
    m_output += standardOutput + m_server.readAllStandardError();
    return false;
}

ServerProcess::Reply ServerProcess::request(const QByteArray &method, const QString &path,
                                            const QByteArray &body, const QString &token,
                                            const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    // A nested loop, so WebSocket frames keep arriving while the request runs.
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(RequestTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

ServerProcess::Reply ServerProcess::postJson(const QString &path, const QJsonObject &body,
                                             const QString &token)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token,
                   {{"Content-Type", "application/json"}});
}

ServerProcess::Reply ServerProcess::patchJson(const QString &path, const QJsonObject &body,
                                              const QString &token)
{
    return request("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token,
                   {{"Content-Type", "application/json"}});
}

QString ServerProcess::login(const QString &pin)
{
    const Reply reply
        = postJson(QStringLiteral("/api/staff/login"), {{QStringLiteral("pin"), pin}});
    return reply.status == 200 ? reply.json().value(QLatin1String("token")).toString() : QString();
}

QString ServerProcess::channelAuth(const QString &token, const QString &socketId,
                                   const QString &channel)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("socket_id"), socketId);
    form.addQueryItem(QStringLiteral("channel_name"), channel);
    const Reply reply = request("POST", QStringLiteral("/pusher/auth"),
                                form.toString(QUrl::FullyEncoded).toUtf8(), token,
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
    return reply.status == 200 ? reply.json().value(QLatin1String("auth")).toString() : QString();
}
