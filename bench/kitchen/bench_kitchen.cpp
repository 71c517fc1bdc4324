// bench_kitchen: memory and idle CPU of the kitchen screen with 50 tiles.
// Starts the real tableside-server (own data folder, port 0), creates 50 open orders, opens a
// 1920×1080 kitchen window on a signed-in session, waits until it shows every tile, then
// measures this process's RSS (VmRSS) and its CPU time (utime+stime from /proc/self/stat)
// over an idle period while the screen's one timer keeps ticking.
//
//   bench_kitchen [--orders 50] [--idle-seconds 10]
// Run it offscreen (QT_QPA_PLATFORM=offscreen) or under xvfb-run for a real X server.
#include "kitchenboard.h"
#include "kitchenclient.h"
#include "kitchentilemodel.h"
#include "orderbody.h"
#include "serverprocess.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <cstdio>
#include <unistd.h>

using namespace tableside::dashboard;

namespace {

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double cpuSeconds()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the ")" of the command name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ordersOption("orders", "Open orders (tiles).", "N", "50");
    const QCommandLineOption idleOption("idle-seconds", "Idle measurement.", "S", "10");
    parser.addOptions({ordersOption, idleOption});
    parser.process(app);
    const int orders = parser.value(ordersOption).toInt();
    const int idleSeconds = parser.value(idleOption).toInt();

    ServerProcess server;
    server.disableGuestLimits();
    if (!server.addStaff(QStringLiteral("Petar"), QStringLiteral("3333"), QStringLiteral("kitchen"))
        || !server.start()) {
        std::fprintf(stderr, "bench_kitchen: server: %s\n", qPrintable(server.output()));
        return 1;
    }
    const qint64 rssBefore = rssKiB();
    for (int i = 0; i < orders; ++i) {
        const QList<QPair<int, int>> lines = {{10 + i % 5, 1 + i % 3}, {1 + i % 9, 1}, {12, 2}};
        int status = 0;
        server.http().json(
            "POST", QStringLiteral("/api/orders/create"),
            orderBody(1 + i % 20, lines.mid(0, 1 + i % 3), i % 4 ? QString() : "без лук"), {},
            &status);
        if (status != 201) {
            std::fprintf(stderr, "bench_kitchen: order %d: HTTP %d\n", i, status);
            return 1;
        }
    }

    KitchenClient client;
    if (!client.signIn(server.url(), QStringLiteral("3333"))) {
        std::fprintf(stderr, "bench_kitchen: sign-in failed\n");
        return 1;
    }
    KitchenWindow &window = client.window();
    if (!QTest::qWaitFor([&] { return window.tiles()->rowCount() == orders; }, 30'000)) {
        std::fprintf(stderr, "bench_kitchen: %d tiles, expected %d\n", window.tiles()->rowCount(),
                     orders);
        return 1;
    }
    QTest::qWait(2'000); // let start-up work (fonts, first paints) settle
    const qint64 rssShown = rssKiB();
    const int headersBefore = window.board()->headerPaints();
    const int bodiesBefore = window.board()->bodyPaints();
    const double cpuStart = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(idleSeconds * 1000);
    const double cpu = cpuSeconds() - cpuStart;
    const double seconds = wall.elapsed() / 1000.0;
    const qint64 rssAfter = rssKiB();

    std::printf("kitchen screen, %d tiles (%d per page), platform %s, window %dx%d\n", orders,
                window.board()->tilesPerPage(), qPrintable(QGuiApplication::platformName()),
                window.width(), window.height());
    std::printf("RSS before the window: %.1f MB\n", rssBefore / 1024.0);
    std::printf("RSS with %d tiles shown: %.1f MB (after %.0f s idle: %.1f MB)\n", orders,
                rssShown / 1024.0, seconds, rssAfter / 1024.0);
    std::printf("idle CPU over %.1f s: %.3f s = %.2f %% of one core\n", seconds, cpu,
                100.0 * cpu / seconds);
    std::printf("paints while idle: %d tile headers, %d tile bodies\n",
                window.board()->headerPaints() - headersBefore,
                window.board()->bodyPaints() - bodiesBefore);
    return 0;
}
