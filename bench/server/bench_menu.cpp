// GET /api/menu requests per second. Usage: bench_menu [clients=32] [seconds=5]
#include "benchharness.h"

#include <QCoreApplication>

using namespace tableside::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int clients = args.value(1, QStringLiteral("32")).toInt();
    const double seconds = args.value(2, QStringLiteral("5")).toDouble();
    QTemporaryDir dir;
    QProcess server;
    const quint16 port = startServer(server, dir);
    if (!port) {
        std::fprintf(stderr, "bench_menu: the server did not start\n");
        return 1;
    }
    const QByteArray request = "GET /api/menu HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    BenchResult result = drive(port, clients, seconds, request, 200);
    print("GET /api/menu", clients, result);
    server.terminate();
    server.waitForFinished(10000);
    return result.failed == 0 ? 0 : 1;
}
