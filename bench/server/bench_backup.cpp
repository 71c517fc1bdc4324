// Online backup of a year-sized database while orders stream in: builds ≈ 200,000 completed
// orders (365 business days, 3 lines each) with SQL straight into a fresh server's database,
// starts the real server on it, and prints the order-request latency (p50, p99, worst) without
// a backup and while `tableside-server backup` runs, the backup's time and its file size.
// Usage: bench_backup [orders=200000] [clients=4]
#include "benchharness.h"
#include "sqlitefill.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace tableside::bench;

namespace {

const QByteArray OrderBody
    = R"({"tableNumber":7,"items":[{"productId":2,"quantity":2},{"productId":10,"quantity":1},{"productId":3,"quantity":1}]})";

QByteArray orderRequest()
{
    return "POST /api/orders/create HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           "Content-Type: application/json\r\nContent-Length: "
        + QByteArray::number(OrderBody.size()) + "\r\n\r\n" + OrderBody;
}

// Copies the one order the server made (@p dataDir's database, server stopped) into @p orders
// completed orders spread over the past year, 548 a day.
bool fillDatabase(const QString &databaseFile, int orders)
{
    const QStringList statements {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("BEGIN"),
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 - 1) "
            "INSERT INTO orders (id, business_day, order_number, table_number, notes, status, "
            "created_at, updated_at, completed_at, changed_by, station_status) "
            "SELECT printf('bench-%06d', i), date(t.business_day, printf('-%d days', 1 + i / "
            "548)), 1 + i % 548, 1 + i % 20, '', 'completed', "
            "strftime('%Y-%m-%dT%H:%M:%fZ', t.created_at, printf('-%d days', 1 + i / 548)), "
            "strftime('%Y-%m-%dT%H:%M:%fZ', t.created_at, printf('-%d days', 1 + i / 548)), "
            "strftime('%Y-%m-%dT%H:%M:%fZ', t.created_at, printf('-%d days', 1 + i / 548)), "
            "'Bench', '{}' FROM n, (SELECT * FROM orders LIMIT 1) t")
            .arg(orders),
        QStringLiteral(
            "INSERT INTO order_items (order_id, line, product_id, product_name, "
            "product_name_en, quantity, unit_price_eur_cents, notes, station) "
            "SELECT o.id, i.line, i.product_id, i.product_name, i.product_name_en, "
            "i.quantity, i.unit_price_eur_cents, i.notes, i.station FROM orders o, "
            "(SELECT * FROM order_items WHERE order_id = (SELECT id FROM orders WHERE id NOT "
            "LIKE 'bench-%' LIMIT 1)) i WHERE o.id LIKE 'bench-%'"),
        QStringLiteral("COMMIT"),
        QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
    };
    return runSqlite(databaseFile, statements, "bench_backup");
}

void printLatency(const char *what, BenchResult &result)
{
    std::printf("%-22s %6lld orders in %.1f s (%lld failed): p50 %.2f ms, p99 %.2f ms, worst "
                "%.2f ms\n",
                what, static_cast<long long>(result.ok), result.seconds,
                static_cast<long long>(result.failed), result.percentile(0.50),
                result.percentile(0.99), result.percentile(1.0));
    std::fflush(stdout);
}

void append(BenchResult &into, const BenchResult &chunk)
{
    into.ok += chunk.ok;
    into.failed += chunk.failed;
    into.seconds += chunk.seconds;
    into.latenciesMs.insert(into.latenciesMs.end(), chunk.latenciesMs.begin(),
                            chunk.latenciesMs.end());
}

void stop(QProcess &server)
{
    server.terminate();
    server.waitForFinished(15000);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int orders = args.value(1, QStringLiteral("200000")).toInt();
    const int clients = args.value(2, QStringLiteral("4")).toInt();
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QString databaseFile = QDir(dataDir).filePath(QStringLiteral("tableside.db"));

    // 1. A fresh server makes the schema and the menu; one real order is the template.
    // Orders from one client for any table, as the other server benchmarks send them.
    const QByteArray guestConfig = "[guest]\nrequireTableToken=false\n";
    QProcess server;
    quint16 port = startServer(server, dir, guestConfig);
    if (!port) {
        std::fprintf(stderr, "bench_backup: the server did not start\n");
        return 1;
    }
    drive(port, 1, 0.05, orderRequest(), 201);
    stop(server);
    QElapsedTimer fill;
    fill.start();
    if (!fillDatabase(databaseFile, orders))
        return 1;
    std::printf("database: %d orders (+ items) in %.1f s, %.1f MB\n", orders,
                fill.elapsed() / 1000.0, QFileInfo(databaseFile).size() / 1e6);

    // 2. The server on it, with its own backups off (the one at start-up would disturb the
    // baseline); the command backs up regardless.
    port = startServer(server, dir, guestConfig + "[backup]\nenabled=false\n");
    if (!port) {
        std::fprintf(stderr, "bench_backup: the server did not start on the filled database\n");
        return 1;
    }
    BenchResult warmup = drive(port, clients, 1.0, orderRequest(), 201);
    Q_UNUSED(warmup);
    BenchResult quiet;
    for (int i = 0; i < 12; ++i)
        append(quiet, drive(port, clients, 0.5, orderRequest(), 201));
    printLatency("without a backup:", quiet);

    // 3. The same load while `tableside-server backup` runs (in chunks until it finished).
    const QString outFile = dir.filePath(QStringLiteral("bench.db.gz"));
    std::printf("before the backup: database %.1f MB, WAL %.1f MB\n",
                QFileInfo(databaseFile).size() / 1e6,
                QFileInfo(databaseFile + QStringLiteral("-wal")).size() / 1e6);
    QProcess backup;
    backup.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer backupClock;
    backupClock.start();
    backup.start(QStringLiteral(TABLESIDE_SERVER_BINARY),
                 {QStringLiteral("backup"), QStringLiteral("--data-dir"), dataDir,
                  QStringLiteral("--out"), outFile});
    BenchResult during;
    while (backup.state() != QProcess::NotRunning)
        append(during, drive(port, clients, 0.25, orderRequest(), 201));
    const double backupSeconds = backupClock.elapsed() / 1000.0;
    printLatency("during the backup:", during);
    const QByteArray output = backup.readAll();
    std::printf("backup: exit %d, %.2f s wall (command start to exit, incl. its check), file %.1f "
                "MB (database %.1f MB)\n",
                backup.exitCode(), backupSeconds, QFileInfo(outFile).size() / 1e6,
                QFileInfo(databaseFile).size() / 1e6);
    for (const QByteArray &line : output.split('\n'))
        if (!line.trimmed().isEmpty())
            std::printf("  %s\n", line.constData());
    printCommitStats(port);
    stop(server);
    return backup.exitCode() == 0 && during.failed == 0 ? 0 : 1;
}
