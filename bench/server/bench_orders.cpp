// Durable orders per second through the full REST path: POST /api/orders/create (validation,
// pricing, order number, event log, group commit with synchronous=FULL) answered 201 only
// after its fsync. Usage: bench_orders [clients=32] [seconds=5] [tables=1]
// tables=1: every order on table 7 (the worst case for a table's tab, which grows with every
// order); tables=N: client i orders for table 1 + i % N, as a venue's tables do.
#include "benchharness.h"

#include <QCoreApplication>

using namespace tableside::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int clients = args.value(1, QStringLiteral("32")).toInt();
    const double seconds = args.value(2, QStringLiteral("5")).toDouble();
    const int tables = qBound(1, args.value(3, QStringLiteral("1")).toInt(), 20);
    QTemporaryDir dir;
    QProcess server;
    const quint16 port = startServer(server, dir);
    if (!port) {
        std::fprintf(stderr, "bench_orders: the server did not start\n");
        return 1;
    }
    std::vector<QByteArray> requests;
    for (int table = 0; table < tables; ++table) {
        const QByteArray body = R"({"tableNumber":)"
            + QByteArray::number(tables == 1 ? 7 : table + 1)
            + R"(,"items":[{"productId":2,"quantity":2},{"productId":10,"quantity":1,"notes":"no onion"}]})";
        requests.push_back("POST /api/orders/create HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           "Content-Type: application/json\r\nContent-Length: "
                           + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
    BenchResult result = drive(port, clients, seconds, requests, 201);
    print("durable orders", clients, result);
    printCommitStats(port);
    server.terminate();
    server.waitForFinished(10000);
    return result.failed == 0 ? 0 : 1;
}
