#pragma once

// Shared by the server benchmarks: starts the real tableside-server binary on a fresh data
// folder (port 0), then drives it with N keep-alive HTTP clients on raw sockets and reports
// requests/s and latency percentiles.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace tableside::bench {

struct BenchResult
{
    qint64 ok = 0;
    qint64 failed = 0;
    double seconds = 0;
    std::vector<double> latenciesMs;

    double percentile(double p)
    {
        if (latenciesMs.empty())
            return 0;
        std::sort(latenciesMs.begin(), latenciesMs.end());
        const size_t index
            = std::min(latenciesMs.size() - 1, static_cast<size_t>(p * latenciesMs.size()));
        return latenciesMs[index];
    }
};

/// Starts tableside-server (@p extraConfig: more INI lines); returns its port or 0.
inline quint16 startServer(QProcess &process, const QTemporaryDir &dir,
                           const QByteArray &extraConfig = {})
{
    QFile config(dir.filePath(QStringLiteral("bench.ini")));
    config.open(QIODevice::WriteOnly);
    // No guest rate limits: the bench is one address and one table sending as fast as it can.
    config.write("[orders]\nguestWritesPerMinute=0\ntableOrdersPerMinute=0\n"
                 "tableCallsPerMinute=0\n");
    // Orders name their table in the body, as the origin's phones did: no signed table link
    // (a new database requires one by default; the bench measures the order path, not links).
    config.write("[guest]\nrequireTableToken=false\n");
    config.write(extraConfig);
    config.close();
    process.setProgram(QStringLiteral(TABLESIDE_SERVER_BINARY));
    process.setArguments({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                          QStringLiteral("--address"), QStringLiteral("127.0.0.1"),
                          QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--config"),
                          config.fileName(), QStringLiteral("--tls-mode"), QStringLiteral("off")});
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start();
    if (!process.waitForStarted(5000))
        return 0;
    static const QRegularExpression listening(QStringLiteral("listening on http://[^:]+:(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
        if (!process.canReadLine())
            process.waitForReadyRead(200);
        while (process.canReadLine()) {
            const auto match = listening.match(QString::fromUtf8(process.readLine()));
            if (match.hasMatch())
                return static_cast<quint16>(match.captured(1).toUInt());
        }
    }
    return 0;
}

/// Keeps @p clients connections busy with @p request for @p seconds (one request in flight
/// per connection); counts answers with @p expectedStatus as ok.
/// Client i sends requests[i % requests.size()] over and over (e.g. one table per client), to
/// ports[i % ports.size()] (several server instances behind one database).
inline BenchResult drive(const std::vector<quint16> &ports, int clients, double seconds,
                         const std::vector<QByteArray> &requests, int expectedStatus)
{
    struct Client
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        QElapsedTimer sent;
        QByteArray request;
    };
    std::vector<Client> pool(clients);
    BenchResult result;
    for (size_t i = 0; i < pool.size(); ++i)
        pool[i].request = requests.at(i % requests.size());
    for (size_t i = 0; i < pool.size(); ++i) {
        Client &client = pool[i];
        client.socket = std::make_unique<QTcpSocket>();
        client.socket->connectToHost(QHostAddress::LocalHost, ports.at(i % ports.size()));
        client.socket->waitForConnected(5000);
        client.socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    QElapsedTimer clock;
    clock.start();
    for (Client &client : pool) {
        client.sent.start();
        client.socket->write(client.request);
    }
    // Event-driven: the client sleeps in poll() until an answer arrives instead of spinning on
    // every socket, so on a 2-core machine it does not take a core away from the server.
    const qint64 endMs = static_cast<qint64>(seconds * 1000);
    QEventLoop loop;
    QTimer::singleShot(endMs, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    for (Client &client : pool) {
        QObject::connect(
            client.socket.get(), &QTcpSocket::readyRead, &loop, [&client, &result, expectedStatus] {
                client.buffer += client.socket->readAll();
                // Responses are small and Content-Length framed.
                for (;;) {
                    const qsizetype end = client.buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        break;
                    const QByteArray head = client.buffer.left(end);
                    const int status = head.mid(9, 3).toInt();
                    const qsizetype lengthAt = head.toLower().indexOf("content-length:");
                    const qint64 length = lengthAt < 0
                        ? 0
                        : head.mid(lengthAt + 15, head.indexOf('\r', lengthAt) - lengthAt - 15)
                              .trimmed()
                              .toLongLong();
                    if (client.buffer.size() < end + 4 + length)
                        break;
                    client.buffer.remove(0, end + 4 + length);
                    result.latenciesMs.push_back(client.sent.nsecsElapsed() / 1e6);
                    if (status == expectedStatus)
                        ++result.ok;
                    else
                        ++result.failed;
                    client.sent.start();
                    client.socket->write(client.request);
                }
            });
    }
    loop.exec();
    for (Client &client : pool)
        QObject::disconnect(client.socket.get(), nullptr, &loop, nullptr);
    result.seconds = clock.nsecsElapsed() / 1e9;
    return result;
}

inline BenchResult drive(quint16 port, int clients, double seconds,
                         const std::vector<QByteArray> &requests, int expectedStatus)
{
    return drive(std::vector<quint16> {port}, clients, seconds, requests, expectedStatus);
}

/// Every client sends the same request.
inline BenchResult drive(quint16 port, int clients, double seconds, const QByteArray &request,
                         int expectedStatus)
{
    return drive(port, clients, seconds, std::vector<QByteArray> {request}, expectedStatus);
}

/// The server's /metrics as name → value (lines "name value"; labelled series are left out).
inline QHash<QByteArray, double> readMetrics(quint16 port)
{
    QHash<QByteArray, double> values;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return values;
    socket.write("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray text;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000 && !text.contains("tableside_http_connections")) {
        socket.waitForReadyRead(200);
        text += socket.readAll();
    }
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            values.insert(parts[0], parts[1].toDouble());
    }
    return values;
}

/// The server's own view: commits, average commit (fsync) time, writes per commit.
inline void printCommitStats(quint16 port)
{
    const QHash<QByteArray, double> metrics = readMetrics(port);
    const double commits = metrics.value("tableside_db_commit_duration_seconds_count");
    if (commits > 0)
        std::printf("server: %.0f commits, %.2f ms per commit (fsync included), %.1f writes per "
                    "commit\n",
                    commits,
                    metrics.value("tableside_db_commit_duration_seconds_sum") * 1000 / commits,
                    metrics.value("tableside_db_writes_total") / commits);
}

inline void print(const char *what, int clients, BenchResult &result)
{
    std::printf("%s: %d clients, %.1f s: %lld ok, %lld failed, %.0f/s, p50 %.2f ms, p99 %.2f ms\n",
                what, clients, result.seconds, static_cast<long long>(result.ok),
                static_cast<long long>(result.failed), result.ok / result.seconds,
                result.percentile(0.50), result.percentile(0.99));
    std::fflush(stdout);
}

} // namespace tableside::bench
