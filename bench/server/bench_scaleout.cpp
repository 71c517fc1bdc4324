// Past one box (issue 21): durable orders per second and cross-instance fan-out latency with
// PostgreSQL and one or two tableside-server instances, beside the embedded SQLite, on the same
// machine and in interleaved rounds (so a busy machine weighs on every set-up alike).
//
//   bench_scaleout [clients=32] [seconds=5] [tables=20] [rounds=2] [subscribers=100]
//
// PostgreSQL 15 runs in a throw-away cluster this program starts (tests/common/postgrescluster,
// durable settings: fsync and full_page_writes on, as in production); each set-up gets a fresh
// database. Orders: POST /api/orders/create, 201 only after the commit; with two instances the
// clients alternate between them. Fan-out: bench_realtime --mode order with its subscribers on
// the LAST instance and the orders POSTed to the FIRST, so with two instances every event crosses
// from one process to the other (commit → NOTIFY → read from the log → WebSocket). Where the
// time goes: each instance's /metrics (commit time, time waiting for the other instance's batch,
// events received from the other instance).
#include "benchharness.h"
#include "postgrescluster.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tableside::bench;

namespace {

struct Setup
{
    const char *name;
    bool postgres;
    int instances;
};

struct Instance
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QProcess> process;
    quint16 port = 0;
};

QByteArray serverConfig(const QString &url)
{
    QByteArray config = "[server]\nmaxConnections=5000\n[realtime]\nmaxConnections=5000\n"
                        "maxConnectionsPerAddress=5000\n[backup]\nenabled=false\n";
    if (!url.isEmpty())
        config += "[database]\nurl=" + url.toUtf8() + '\n';
    return config;
}

QJsonObject appCredentials(const Instance &instance)
{
    QProcess command;
    command.start(QStringLiteral(TABLESIDE_SERVER_BINARY),
                  {QStringLiteral("app-credentials"), QStringLiteral("--data-dir"),
                   instance.dir->filePath(QStringLiteral("data")), QStringLiteral("--config"),
                   instance.dir->filePath(QStringLiteral("bench.ini"))});
    command.waitForFinished(30000);
    const QList<QByteArray> lines = command.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

// The figures of /metrics this bench reports, summed over the instances.
void printWhereTimeGoes(const std::vector<Instance> &instances)
{
    for (size_t i = 0; i < instances.size(); ++i) {
        const QHash<QByteArray, double> metrics = readMetrics(instances[i].port);
        const double commits = metrics.value("tableside_db_commit_duration_seconds_count");
        if (commits > 0)
            std::printf("  instance %zu: %.0f commits, %.2f ms per commit, %.1f writes per "
                        "commit, %.2f s waiting for the other instance's batches, %.0f events "
                        "from the other instance\n",
                        i + 1, commits,
                        metrics.value("tableside_db_commit_duration_seconds_sum") * 1000 / commits,
                        metrics.value("tableside_db_writes_total") / commits,
                        metrics.value("tableside_db_lock_wait_seconds_total"),
                        metrics.value("tableside_events_from_other_instances_total"));
    }
}

void runFanOut(const std::vector<Instance> &instances, int subscribers)
{
    const QJsonObject credentials = appCredentials(instances.front());
    QProcess bench;
    bench.setProcessChannelMode(QProcess::MergedChannels);
    bench.start(
        QStringLiteral(TABLESIDE_BENCH_REALTIME),
        {QStringLiteral("--port"),        QString::number(instances.back().port),
         QStringLiteral("--guest-port"),  QString::number(instances.front().port),
         QStringLiteral("--app-id"),      credentials.value(QStringLiteral("appId")).toString(),
         QStringLiteral("--key"),         credentials.value(QStringLiteral("key")).toString(),
         QStringLiteral("--secret"),      credentials.value(QStringLiteral("secret")).toString(),
         QStringLiteral("--server-pid"),  QString::number(instances.back().process->processId()),
         QStringLiteral("--mode"),        QStringLiteral("order"),
         QStringLiteral("--subscribers"), QString::number(subscribers),
         QStringLiteral("--events"),      QStringLiteral("200"),
         QStringLiteral("--rate"),        QStringLiteral("20")});
    bench.waitForFinished(120000);
    // Only the latency lines: the rest (RSS, load) is bench_realtime's own report.
    for (const QByteArray &line : bench.readAll().split('\n'))
        if (line.contains("p50") || line.contains("lost") || line.contains("events at"))
            std::printf("  fan-out %s\n", line.trimmed().constData());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int clients = args.value(1, QStringLiteral("32")).toInt();
    const double seconds = args.value(2, QStringLiteral("5")).toDouble();
    const int tables = qBound(1, args.value(3, QStringLiteral("20")).toInt(), 20);
    const int rounds = qMax(1, args.value(4, QStringLiteral("2")).toInt());
    const int subscribers = qMax(1, args.value(5, QStringLiteral("100")).toInt());

    PostgresCluster::Options options;
    options.durable = true;
    PostgresCluster cluster(options);
    QString why;
    if (!cluster.start(&why, QStringLiteral("bench"))) {
        std::fprintf(stderr, "%s\n", qPrintable(PostgresCluster::skipMessage(why)));
        return 1;
    }
    std::vector<QByteArray> requests;
    for (int table = 0; table < tables; ++table) {
        const QByteArray body = R"({"tableNumber":)" + QByteArray::number(table + 1)
            + R"(,"items":[{"productId":2,"quantity":2},{"productId":10,"quantity":1,"notes":"no onion"}]})";
        requests.push_back("POST /api/orders/create HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           "Content-Type: application/json\r\nContent-Length: "
                           + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
    const Setup setups[] = {{"SQLite, 1 instance", false, 1},
                            {"PostgreSQL, 1 instance", true, 1},
                            {"PostgreSQL, 2 instances", true, 2}};
    std::printf("bench_scaleout: %d clients, %.0f s, %d tables, %d rounds, %d subscribers; "
                "PostgreSQL 15 durable (fsync on), SQLite synchronous=FULL\n",
                clients, seconds, tables, rounds, subscribers);
    int databaseNumber = 0;
    for (int round = 1; round <= rounds; ++round) {
        for (const Setup &setup : setups) {
            QString url;
            if (setup.postgres) {
                const QString name = QStringLiteral("bench_%1").arg(++databaseNumber);
                if (!cluster.createDatabase(name, &why)) {
                    std::fprintf(stderr, "createdb: %s\n", qPrintable(why));
                    return 1;
                }
                url = cluster.url(name);
            }
            std::vector<Instance> instances(setup.instances);
            std::vector<quint16> ports;
            for (Instance &instance : instances) {
                instance.dir = std::make_unique<QTemporaryDir>();
                instance.process = std::make_unique<QProcess>();
                instance.port = startServer(*instance.process, *instance.dir, serverConfig(url));
                if (!instance.port) {
                    std::fprintf(stderr, "%s: a server did not start\n", setup.name);
                    return 1;
                }
                ports.push_back(instance.port);
            }
            std::printf("round %d, %s\n", round, setup.name);
            // A short warm-up: prepared statements, the menu cache, the first pages of the log.
            drive(ports, clients, 0.5, requests, 201);
            BenchResult result = drive(ports, clients, seconds, requests, 201);
            print("  durable orders", clients, result);
            printWhereTimeGoes(instances);
            runFanOut(instances, subscribers);
            for (Instance &instance : instances) {
                instance.process->terminate();
                instance.process->waitForFinished(10000);
            }
        }
    }
    return 0;
}
