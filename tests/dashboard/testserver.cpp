#include "testserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <csignal>

#ifndef TABLESIDE_SERVER_BINARY
#error "TABLESIDE_SERVER_BINARY must name the tableside-server executable"
#endif

TestServer::TestServer()
{
    // No guest rate limit: tests and benchmarks create many orders from one address.
    QSettings ini(m_dir.filePath(QStringLiteral("server.ini")), QSettings::IniFormat);
    ini.setValue(QStringLiteral("orders/guestWritesPerMinute"), 0);
    ini.setValue(QStringLiteral("orders/tableOrdersPerMinute"), 0);
    ini.setValue(QStringLiteral("orders/tableCallsPerMinute"), 0);
    ini.sync();
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::addStaff(const QString &name, const QString &pin, const QString &role)
{
    QProcess process;
    process.start(QStringLiteral(TABLESIDE_SERVER_BINARY),
                  {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--data-dir"),
                   m_dir.path(), QStringLiteral("--name"), name, QStringLiteral("--pin"), pin,
                   QStringLiteral("--role"), role});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0) {
        m_error = QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}

bool TestServer::start(quint16 port)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(QStringLiteral(TABLESIDE_SERVER_BINARY),
                     {QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--address"),
                      QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                      QStringLiteral("--config"), m_dir.filePath(QStringLiteral("server.ini"))});
    if (!m_process->waitForStarted(10'000)) {
        m_error = m_process->errorString();
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("Tableside Server listening on (https?://[^\\s]+)"));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30'000) {
        if (!m_process->waitForReadyRead(200) && m_process->state() != QProcess::Running) {
            m_error = QString::fromUtf8(output + m_process->readAllStandardError());
            return false;
        }
        output += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            // Keep draining stdout so the server never blocks on a full pipe.
            m_process->setStandardOutputFile(QProcess::nullDevice());
            QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                             [p = m_process.get()] { p->readAllStandardOutput(); });
            QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                             [p = m_process.get()] { p->readAllStandardError(); });
            return true;
        }
    }
    m_error = QStringLiteral("no listening line: ") + QString::fromUtf8(output);
    return false;
}

void TestServer::stop()
{
    if (!m_process)
        return;
    resume();
    m_process->terminate();
    if (!m_process->waitForFinished(10'000)) {
        m_process->kill();
        m_process->waitForFinished(5'000);
    }
    m_process.reset();
}

bool TestServer::restart()
{
    const quint16 samePort = port();
    stop();
    // The port was just released; retry a few times in case the OS needs a moment.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (start(samePort))
            return true;
        QThread::msleep(250);
    }
    return false;
}

void TestServer::pause()
{
    if (m_process && m_process->processId() > 0)
        ::kill(pid_t(m_process->processId()), SIGSTOP);
}

void TestServer::resume()
{
    if (m_process && m_process->processId() > 0)
        ::kill(pid_t(m_process->processId()), SIGCONT);
}

QJsonObject TestServer::request(const QByteArray &verb, const QString &path,
                                const QJsonObject &body, const QString &token, int *status) const
{
    QNetworkAccessManager network;
    QUrl url = m_url;
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    const QByteArray payload
        = verb == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15'000, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return result;
}

QString TestServer::login(const QString &pin) const
{
    return request("POST", QStringLiteral("/api/staff/login"), {{QStringLiteral("pin"), pin}})
        .value(QStringLiteral("token"))
        .toString();
}

QList<qint64> TestServer::productIds() const
{
    if (!m_products.isEmpty())
        return m_products;
    const QJsonObject menu = request("GET", QStringLiteral("/api/menu"));
    const auto collect = [this](const QJsonArray &products) {
        for (const QJsonValue &value : products) {
            const QJsonObject product = value.toObject();
            if (product.value(QStringLiteral("isAvailable")).toBool(true))
                m_products.append(product.value(QStringLiteral("id")).toInteger());
        }
    };
    collect(menu.value(QStringLiteral("products")).toArray());
    for (const QJsonValue &category : menu.value(QStringLiteral("categories")).toArray())
        collect(category.toObject().value(QStringLiteral("products")).toArray());
    return m_products;
}

QJsonObject TestServer::createOrder(int table, int lines, const QString &notes) const
{
    const QList<qint64> products = productIds();
    QJsonArray items;
    for (int i = 0; i < lines && !products.isEmpty(); ++i)
        items.append(QJsonObject {{QStringLiteral("productId"), products.at(i % products.size())},
                                  {QStringLiteral("quantity"), 1 + i % 3},
                                  {QStringLiteral("notes"), i == 0 ? notes : QString()}});
    QJsonObject body {{QStringLiteral("tableNumber"), table}, {QStringLiteral("items"), items}};
    int status = 0;
    const QJsonObject reply
        = request("POST", QStringLiteral("/api/orders/create"), body, {}, &status);
    return status == 201 || status == 200 ? reply.value(QStringLiteral("order")).toObject()
                                          : QJsonObject();
}

QJsonObject TestServer::createCall(int table, const QString &type, const QString &message) const
{
    QJsonObject body {{QStringLiteral("tableNumber"), table}, {QStringLiteral("callType"), type}};
    if (!message.isEmpty())
        body.insert(QStringLiteral("message"), message);
    int status = 0;
    const QJsonObject reply
        = request("POST", QStringLiteral("/api/waiter-call"), body, {}, &status);
    if (status != 201 && status != 200)
        return {};
    return reply.contains(QStringLiteral("call")) ? reply.value(QStringLiteral("call")).toObject()
                                                  : reply;
}
