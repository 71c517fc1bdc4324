// bench_restart: how soon dashboards are current again after the server restarts (issue 18's
// "back at once"), and what the reconnect storm costs the server.
//
// The real tableside-server is stopped (SIGTERM), left down for 1 s and started again on the
// same port, N times; C dashboard sessions (the real DashboardSession: Pusher client, sync
// engine, heartbeats) run in this process. For every restart and client: the time from the
// server's "listening" line to the client being subscribed and caught up (converged). The
// server is started asynchronously so this process's event loop (the clients' timers) never
// waits for it. Server load in the storm: CPU seconds and HTTP requests in the 3 s after its
// return (its /proc/PID/stat and /metrics).
//
// Usage: bench_restart [--restarts N] [--clients C] [--old]   (--old: no fast reconnect phase,
// the backoff before issue 18)
#include "dashboardclient.h"
#include "dashboardsession.h"
#include "httpclient.h"
#include "pusherclient.h"
#include "serverprocess.h"
#include "staffapi.h"
#include "staffsession.h"
#include "syncengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unistd.h>

using namespace tableside;
using namespace tableside::dashboard;

namespace {

double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // Fields after "(comm) ": state is [0], utime [11], stime [12].
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / sysconf(_SC_CLK_TCK);
}

double quantile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values.at(qBound<qsizetype>(1, rank, values.size()) - 1);
}

bool converged(DashboardClient *client)
{
    return client->session().pusher()->state() == ConnectionState::Subscribed
        && client->session().sync()->isLive();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("restarts"), QStringLiteral("restarts"), QStringLiteral("N"),
                        QStringLiteral("20")},
                       {QStringLiteral("clients"), QStringLiteral("clients"), QStringLiteral("C"),
                        QStringLiteral("1")},
                       {QStringLiteral("old"), QStringLiteral("the backoff before issue 18")}});
    parser.process(app);
    const int restarts = parser.value(QStringLiteral("restarts")).toInt();
    const int clientCount = parser.value(QStringLiteral("clients")).toInt();
    const bool old = parser.isSet(QStringLiteral("old"));

    ServerProcess server;
    server.addStaff(QStringLiteral("Maria"), QStringLiteral("1111"));
    if (!server.start()) {
        std::fprintf(stderr, "server did not start: %s\n", qPrintable(server.output()));
        return 1;
    }
    const QUrl url = server.url();

    std::vector<std::unique_ptr<DashboardClient>> clients;
    for (int i = 0; i < clientCount; ++i) {
        auto client = std::make_unique<DashboardClient>();
        if (old)
            client->session().pusher()->backoff().setFastPhase(0, 0, 0);
        if (i == 0) {
            if (!client->signIn(url, QStringLiteral("1111")))
                return 1;
        } else {
            // One sign-in for all: the others adopt its token (50 PBKDF2 checks are not the
            // subject here).
            StaffSession session;
            session.token = clients.front()->session().api()->token();
            session.staff = *clients.front()->settings().staff();
            client->settings().setServerUrl(url);
            client->session().adoptSession(session, url);
            client->session().start();
            if (!client->waitLive())
                return 1;
        }
        clients.push_back(std::move(client));
    }
    // The harness's server is stopped; from here the bench runs it itself, asynchronously.
    server.stop();
    const QStringList arguments {QStringLiteral("--data-dir"), server.dataDir(),
                                 QStringLiteral("--address"),  QStringLiteral("127.0.0.1"),
                                 QStringLiteral("--port"),     QString::number(url.port()),
                                 QStringLiteral("--tls-mode"), QStringLiteral("off")};
    QList<double> times; // seconds, every client of every restart
    QList<double> worstPerRestart;
    QList<double> cpu;
    QList<double> requests;
    std::unique_ptr<QProcess> process;
    QByteArray output; // the running server's output, and since when it is back
    QElapsedTimer back;
    for (int restart = 0; restart <= restarts; ++restart) {
        if (process) {
            process->disconnect(); // its last output is not this round's
            process->terminate();
            if (!QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 10'000))
                std::fprintf(stderr, "restart %d: the server did not stop within 10 s\n", restart);
            if (!QTest::qWaitFor(
                    [&] {
                        return std::none_of(clients.begin(), clients.end(),
                                            [](const auto &c) { return converged(c.get()); });
                    },
                    5'000))
                std::fprintf(stderr, "restart %d: some clients did not notice the stop\n", restart);
            QTest::qWait(1'000); // down for 1 s
        }
        process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::MergedChannels);
        back.invalidate();
        output.clear();
        QObject::connect(process.get(), &QProcess::readyRead, [&] {
            output += process->readAll();
            if (!back.isValid() && output.contains("listening on"))
                back.start();
        });
        process->start(QStringLiteral(TABLESIDE_SERVER_BINARY), arguments);
        if (!QTest::qWaitFor([&] { return back.isValid(); }, 30'000)) {
            std::fprintf(stderr, "restart %d: no listening line\n%s\n", restart,
                         output.constData());
            return 1;
        }
        const double cpuAtStart = cpuSeconds(process->processId());
        QList<double> these(clientCount, -1);
        const bool allConverged = QTest::qWaitFor(
            [&] {
                bool all = true;
                for (int i = 0; i < clientCount; ++i) {
                    if (these[i] < 0 && converged(clients[size_t(i)].get()))
                        these[i] = back.nsecsElapsed() / 1e9;
                    all = all && these[i] >= 0;
                }
                return all;
            },
            30'000);
        if (!allConverged)
            std::fprintf(stderr, "restart %d: not every client converged within 30 s\n", restart);
        // The 3 s after the return, for the server's load in the reconnect storm.
        QTest::qWait(int(qMax<qint64>(0, 3'000 - back.elapsed())));
        if (restart == 0)
            continue; // the first start is not a restart the clients saw
        const double cpuUsed = cpuSeconds(process->processId()) - cpuAtStart;
        server.http().dropConnections();
        const HttpReply metrics = server.http().request("GET", QStringLiteral("/metrics"));
        double requestCount = 0;
        static const QRegularExpression line(
            QStringLiteral("^tableside_http_requests_total\\{[^}]*\\} (\\d+)$"),
            QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(QString::fromUtf8(metrics.body)); it.hasNext();)
            requestCount += it.next().captured(1).toDouble();
        double worst = 0;
        for (double t : these) {
            times.append(t < 0 ? 30.0 : t);
            worst = std::max(worst, t < 0 ? 30.0 : t);
        }
        worstPerRestart.append(worst);
        cpu.append(cpuUsed);
        requests.append(requestCount);
        std::printf("restart %2d: worst client %.3f s, server CPU %.3f s, %g HTTP requests\n",
                    restart, worst, cpuUsed, requestCount);
        std::fflush(stdout);
    }
    process->terminate();
    process->waitForFinished(10'000);

    std::printf("\n%s backoff, %d clients, %d restarts (1 s down each)\n",
                old ? "old (no fast phase)" : "new (fast phase)", clientCount, restarts);
    std::printf("time to converge after the server's return, all clients: median %.3f s, "
                "p90 %.3f s, p99 %.3f s, worst %.3f s\n",
                quantile(times, 0.5), quantile(times, 0.9), quantile(times, 0.99),
                quantile(times, 1.0));
    std::printf("server in the 3 s after its return: CPU median %.3f s (max %.3f s), HTTP "
                "requests median %g (max %g)\n",
                quantile(cpu, 0.5), quantile(cpu, 1.0), quantile(requests, 0.5),
                quantile(requests, 1.0));
    return 0;
}
