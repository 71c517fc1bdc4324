// bench_reports: a year of generated service (548 orders a day ≈ 200,000 orders, 3 lines
// each, station times, waiter calls and payments) in a temporary database made by the real
// store (schema and menu), then the time ReportQuery takes for 1 day, 31 days and 365 days,
// and the same with a writer committing orders meanwhile. Figures only, no assertions.
#include "reportquery.h"
#include "reporttables.h"
#include "sqlitefill.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace tableside::server;

namespace {

constexpr int OrdersPerDay = 548;
constexpr int Days = 365;
const QDate FirstDay(2025, 12, 1);

// This process's CPU time (user + system): the figure that does not depend on what else
// the machine runs.
double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

bool fill(const QString &databaseFile)
{
    const QString orders = QString::number(OrdersPerDay * Days);
    const QString seq = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 - 1) ");
    // Busier at lunch and dinner: an hour slot by i % 20, a pseudo-random second in it.
    const QString created = QStringLiteral(
        "strftime('%Y-%m-%dT%H:%M:%fZ', '2025-12-01T07:00:00Z', printf('+%d days', i / 548), "
        "printf('+%d seconds', 3600 * (CASE i % 20 WHEN 0 THEN 0 WHEN 1 THEN 1 WHEN 2 THEN 2 "
        "WHEN 3 THEN 2 WHEN 4 THEN 3 WHEN 5 THEN 3 WHEN 6 THEN 3 WHEN 7 THEN 4 WHEN 8 THEN 4 "
        "WHEN 9 THEN 5 WHEN 10 THEN 6 WHEN 11 THEN 7 WHEN 12 THEN 8 WHEN 13 THEN 9 WHEN 14 "
        "THEN 9 WHEN 15 THEN 10 WHEN 16 THEN 10 WHEN 17 THEN 10 WHEN 18 THEN 11 ELSE 13 END) "
        "+ (i * 7919) % 3600))");
    const QStringList statements {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("BEGIN"),
        QString(
            seq
            + QStringLiteral(
                "INSERT INTO orders (id, business_day, order_number, table_number, notes, "
                "status, "
                "created_at, updated_at, completed_at, ready_at, changed_by, station_status) "
                "SELECT printf('bench-%07d', i), date('2025-12-01', printf('+%d days', i / "
                "548)), "
                "1 + i % 548, 1 + i % 20, '', CASE WHEN i % 97 = 0 THEN 'cancelled' ELSE "
                "'completed' END, %2, %2, %2, "
                "strftime('%Y-%m-%dT%H:%M:%fZ', %2, printf('+%d seconds', 240 + (i * 7919) % "
                "900 "
                "+ (i * 104729) % 700 + CASE WHEN i % 23 = 0 THEN 1500 ELSE 0 END)), "
                "CASE i % 3 WHEN 0 THEN 'Ivan' WHEN 1 THEN 'Maria' ELSE 'Petar' END, '{}' FROM "
                "n"))
            .arg(orders, created),
        QStringLiteral(
            "INSERT INTO order_items (order_id, line, product_id, product_name, "
            "product_name_en, quantity, unit_price_eur_cents, notes, station) "
            "SELECT o.id, l.line, p.id, p.name_bg, p.name_en, 1 + (o.rowid + l.line) % 3, "
            "p.price_eur_cents, '', p.station FROM orders o, "
            "(SELECT 0 AS line UNION ALL SELECT 1 UNION ALL SELECT 2) l, products p "
            "WHERE p.id = 1 + (o.rowid * 7 + l.line * 5) % 13"),
        QStringLiteral(
            "INSERT OR IGNORE INTO station_times (order_id, station, started_at, ready_at) "
            "SELECT DISTINCT i.order_id, i.station, "
            "strftime('%Y-%m-%dT%H:%M:%fZ', o.created_at, printf('+%d seconds', 20 + "
            "(o.rowid * 13) % 200 + CASE i.station WHEN 'kitchen' THEN 60 ELSE 0 END)), "
            "CASE i.station WHEN 'bar' THEN strftime('%Y-%m-%dT%H:%M:%fZ', o.created_at, "
            "printf('+%d seconds', 120 + (o.rowid * 31) % 400)) ELSE o.ready_at END "
            "FROM order_items i JOIN orders o ON o.id = i.order_id"),
        QString(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n "
                           "WHERE i < %1 - 1) ")
            + QStringLiteral(
                "INSERT INTO waiter_calls (id, business_day, table_number, call_type, status, "
                "created_at, acknowledged_at, completed_at, acknowledged_by, changed_by) "
                "SELECT printf('call-%07d', i), date('2025-12-01', printf('+%d days', i / "
                "50)), "
                "1 + i % 20, CASE i % 4 WHEN 0 THEN 'help' WHEN 1 THEN 'service' WHEN 2 THEN "
                "'payment_cash' ELSE 'payment_card' END, CASE WHEN i % 41 = 0 THEN 'pending' "
                "ELSE 'completed' END, %2, "
                "CASE WHEN i % 41 = 0 THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ', %2, "
                "printf('+%d seconds', 10 + i % 170)) END, "
                "CASE WHEN i % 41 = 0 THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ', %2, "
                "printf('+%d seconds', 200 + i % 400)) END, "
                "CASE WHEN i % 41 = 0 THEN NULL ELSE 'Ivan' END, "
                "CASE WHEN i % 41 = 0 THEN NULL ELSE 'Maria' END FROM n"))
            .arg(QString::number(50 * Days),
                 QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', '2025-12-01T08:00:00Z', "
                                "printf('+%d days', i / 50), printf('+%d seconds', (i % 50) "
                                "* 1000))")),
        QStringLiteral(
            "INSERT INTO payments (id, business_day, table_number, method, kind, "
            "amount_eur_cents, tip_eur_cents, taken_by, taken_by_id, created_at, voided_at, "
            "voided_by, void_reason) "
            "SELECT 'pay-' || o.id, o.business_day, o.table_number, CASE WHEN o.rowid % 2 = 0 "
            "THEN 'cash' ELSE 'card' END, 'whole', (SELECT SUM(quantity * "
            "unit_price_eur_cents) FROM order_items WHERE order_id = o.id), o.rowid % 200, "
            "'Ivan', 1, o.completed_at, CASE WHEN o.rowid % 211 = 0 THEN o.completed_at END, "
            "CASE WHEN o.rowid % 211 = 0 THEN 'Maria' END, CASE WHEN o.rowid % 211 = 0 THEN "
            "'bench' END FROM orders o WHERE o.status <> 'cancelled'"),
        QStringLiteral("COMMIT"),
        QStringLiteral("ANALYZE"),
        QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
    };
    return tableside::bench::runSqlite(databaseFile, statements, "bench_reports");
}

void time(const char *what, const QString &path, const ReportPeriod &period)
{
    QList<double> ms, cpu;
    Report report;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        QString error;
        const auto result = ReportQuery(DatabaseSettings(), QFileInfo(path).absolutePath(), 4)
                                .run(period, &error);
        ms.append(timer.nsecsElapsed() / 1e6);
        cpu.append(cpuMs() - cpuStart);
        if (!result) {
            std::fprintf(stderr, "bench_reports: %s\n", qPrintable(error));
            return;
        }
        report = *result;
    }
    QElapsedTimer tables;
    tables.start();
    const QByteArray json
        = QJsonDocument(ReportTables::toJson(report)).toJson(QJsonDocument::Compact);
    const double tablesMs = tables.nsecsElapsed() / 1e6;
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%-9s %7lld orders %8lld items: report median %7.1f ms (min %7.1f, max %7.1f), "
                "CPU median %7.1f ms; JSON %6.1f ms, %lld bytes\n",
                what, static_cast<long long>(report.orders), static_cast<long long>(report.items),
                ms.at(ms.size() / 2), ms.first(), ms.last(), cpu.at(cpu.size() / 2), tablesMs,
                static_cast<long long>(json.size()));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // TABLESIDE_BENCH_DIR=DIR: generate into DIR and keep it (to look at the queries).
    QTemporaryDir temporary;
    const QString folder = qEnvironmentVariableIsEmpty("TABLESIDE_BENCH_DIR")
        ? temporary.path()
        : qEnvironmentVariable("TABLESIDE_BENCH_DIR");
    QString path;
    {
        Store store;
        QString error;
        if (!store.open(folder, nullptr, &error)) {
            std::fprintf(stderr, "bench_reports: %s\n", qPrintable(error));
            return 1;
        }
        path = store.databasePath();
    }
    QElapsedTimer timer;
    timer.start();
    if (!fill(path))
        return 1;
    std::printf("generated %d days × %d orders in %.1f s (%s, %.0f MB)\n", Days, OrdersPerDay,
                timer.elapsed() / 1000.0, qPrintable(path), QFileInfo(path).size() / 1e6);
    const QDate middle = FirstDay.addDays(180);
    time("1 day", path, {middle, middle});
    time("31 days", path, {middle, middle.addDays(30)});
    time("365 days", path, {FirstDay, FirstDay.addDays(Days - 1)});
    return 0;
}
