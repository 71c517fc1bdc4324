// Dashboard figures against a real tableside-server:
//  1. the tableside-dashboard process with N active orders: RSS, start-up to first paint;
//  2. a burst of 1,000 events: time to apply them live and after a reconnect (replay), and the
//     longest UI stall meanwhile, measured by a 5 ms QTimer heartbeat.
// Usage: bench_dashboard [--orders 500] [--burst 1000] [--runs 3]
#include "dashboardsession.h"
#include "dashboardsettings.h"
#include "mainwindow.h"
#include "pusherclient.h"
#include "serverprocess.h"
#include "syncengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace tableside;
using namespace tableside::dashboard;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

qint64 procStatusKb(qint64 pid, const char *field)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    return -1;
}

/// Measures the longest gap between ticks of a 5 ms timer: how long the UI thread was blocked.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_max = std::max(m_max, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_max = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_max / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
};

/// Creates orders from another thread (its own event loop and connections), so the generator
/// never shows up as a stall of the dashboard's UI thread.
class Generator : public QObject
{
public:
    Generator(QUrl url, QList<qint64> products)
        : m_url(std::move(url))
        , m_products(std::move(products))
    { }
    void run(int count)
    {
        auto *network = new QNetworkAccessManager(this);
        for (int i = 0; i < count; ++i) {
            QUrl url = m_url;
            url.setPath(QStringLiteral("/api/orders/create"));
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            const QJsonObject body {
                {QStringLiteral("tableNumber"), 1 + i % 20},
                {QStringLiteral("items"),
                 QJsonArray {QJsonObject {
                     {QStringLiteral("productId"), m_products.at(i % m_products.size())},
                     {QStringLiteral("quantity"), 1 + i % 3}}}}};
            QNetworkReply *reply
                = network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        }
    }

private:
    QUrl m_url;
    QList<qint64> m_products;
};

struct ProcessFigures
{
    qint64 firstPaintMs = -1; // from the dashboard's main() to the first paint (its own log)
    qint64 wallToPaintMs = -1; // from QProcess::start to that log line
    qint64 snapshotMs = -1; // from QProcess::start to the snapshot applied
    qint64 rssKb = -1;
    qint64 hwmKb = -1;
};

ProcessFigures runDashboardProcess(const ServerProcess &server, int expectedOrders)
{
    ProcessFigures figures;
    QTemporaryDir config;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.insert(QStringLiteral("TABLESIDE_PIN"), QStringLiteral("1234"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
               QStringLiteral("*.debug=false;tableside.dashboard.realtime=false"));
    process.setProcessEnvironment(env);
    QElapsedTimer wall;
    wall.start();
    process.start(QStringLiteral(TABLESIDE_DASHBOARD_BINARY),
                  {QStringLiteral("--server"), server.url().toString(), QStringLiteral("--lang"),
                   QStringLiteral("bg"), QStringLiteral("--profile"), QStringLiteral("bench")});
    static const QRegularExpression paint(QStringLiteral("First paint after (\\d+) ms"));
    static const QRegularExpression snapshot(QStringLiteral("via=snapshot orders=(\\d+)"));
    QByteArray log;
    while (wall.elapsed() < 60'000 && (figures.firstPaintMs < 0 || figures.snapshotMs < 0)) {
        process.waitForReadyRead(50);
        log += process.readAllStandardError();
        const QString text = QString::fromUtf8(log);
        if (figures.firstPaintMs < 0) {
            const auto m = paint.match(text);
            if (m.hasMatch()) {
                figures.firstPaintMs = m.captured(1).toLongLong();
                figures.wallToPaintMs = wall.elapsed();
            }
        }
        if (figures.snapshotMs < 0) {
            const auto m = snapshot.match(text);
            if (m.hasMatch() && m.captured(1).toInt() >= expectedOrders)
                figures.snapshotMs = wall.elapsed();
        }
    }
    // Let it settle (paint the cards, first timers), then read its memory.
    QTest::qWait(1'500);
    figures.rssKb = procStatusKb(process.processId(), "VmRSS:");
    figures.hwmKb = procStatusKb(process.processId(), "VmHWM:");
    process.terminate();
    if (!process.waitForFinished(5'000))
        process.kill();
    process.waitForFinished(2'000);
    return figures;
}

bool signIn(DashboardSession &session, DashboardSettings &settings, const QUrl &url)
{
    settings.setServerUrl(url);
    bool done = false;
    session.loginWithPin(QStringLiteral("1234"), [&](const ApiResult &) { done = true; });
    return QTest::qWaitFor([&] { return done; }, 20'000)
        && QTest::qWaitFor([&] { return session.sync()->isLive(); }, 30'000);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "tableside.*=false");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("orders"), QStringLiteral("active orders"),
                      QStringLiteral("N"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("burst"), QStringLiteral("events per burst"),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("start-up runs"), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.process(app);
    const int orders = parser.value(QStringLiteral("orders")).toInt();
    const int burst = parser.value(QStringLiteral("burst")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    ServerProcess server;
    server.disableGuestLimits();
    if (!server.addStaff(QStringLiteral("Bench"), QStringLiteral("1234")) || !server.start()) {
        print(QStringLiteral("server failed: ") + server.output());
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < orders; ++i)
        if (server.guest()
                .createOrder(1 + i % 20, 1 + i % 4,
                             i % 5 == 0 ? QStringLiteral("без лук") : QString())
                .isEmpty()) {
            print(QStringLiteral("could not create order %1").arg(i));
            return 1;
        }
    print(QStringLiteral("server %1: %2 active orders created in %3 ms")
              .arg(server.url().toString())
              .arg(orders)
              .arg(timer.elapsed()));

    // 1. The real executable, N active orders.
    QList<qint64> paints, walls, snapshots, rss, hwm;
    for (int run = 0; run < runs; ++run) {
        const ProcessFigures f = runDashboardProcess(server, orders);
        print(QStringLiteral("run %1: first paint %2 ms after main() (%3 ms after exec), snapshot "
                             "of %4 orders applied %5 ms after exec, RSS %6 MB (peak %7 MB)")
                  .arg(run + 1)
                  .arg(f.firstPaintMs)
                  .arg(f.wallToPaintMs)
                  .arg(orders)
                  .arg(f.snapshotMs)
                  .arg(f.rssKb / 1024.0, 0, 'f', 1)
                  .arg(f.hwmKb / 1024.0, 0, 'f', 1));
        paints << f.firstPaintMs;
        walls << f.wallToPaintMs;
        snapshots << f.snapshotMs;
        rss << f.rssKb;
        hwm << f.hwmKb;
    }
    const auto median = [](QList<qint64> v) {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? -1 : v.at(v.size() / 2);
    };
    print(QStringLiteral(
              "RESULT startup_first_paint_ms=%1 (median of %2; %3 ms incl. exec) target<=400")
              .arg(median(paints))
              .arg(runs)
              .arg(median(walls)));
    print(QStringLiteral("RESULT rss_mb_with_%1_orders=%2 (peak %3) target<=60")
              .arg(orders)
              .arg(median(rss) / 1024.0, 0, 'f', 1)
              .arg(median(hwm) / 1024.0, 0, 'f', 1));
    print(QStringLiteral("RESULT snapshot_applied_ms=%1").arg(median(snapshots)));

    // 2. Bursts, in this process: one dashboard live, one that is offline during the burst.
    QTemporaryDir dir;
    DashboardSettings liveSettings(dir.filePath(QStringLiteral("live.ini")));
    DashboardSettings lateSettings(dir.filePath(QStringLiteral("late.ini")));
    DashboardSession live(&liveSettings);
    DashboardSession late(&lateSettings);
    MainWindow liveWindow(&live);
    MainWindow lateWindow(&late);
    liveWindow.show();
    lateWindow.show();
    AlertOptions quiet;
    quiet.orderSound = quiet.callSound = false; // sound is not what is measured here
    liveSettings.setAlerts(quiet);
    lateSettings.setAlerts(quiet);
    if (!signIn(live, liveSettings, server.url()) || !signIn(late, lateSettings, server.url())) {
        print(QStringLiteral("sign-in failed"));
        return 1;
    }
    QTest::qWait(500);
    const qint64 startSeq = live.sync()->lastSeq();
    const qint64 targetSeq = startSeq + burst;
    late.pusher()->stop(); // the second device is away during the rush

    QThread thread;
    Generator generator(server.url(), server.guest().productIds());
    generator.moveToThread(&thread);
    thread.start();
    StallMeter stall;
    QElapsedTimer liveClock;
    qint64 firstApplied = -1;
    QObject::connect(live.sync(), &SyncEngine::eventApplied, &app, [&] {
        if (firstApplied < 0)
            firstApplied = liveClock.elapsed();
    });
    stall.start();
    liveClock.start();
    QMetaObject::invokeMethod(&generator, [&] { generator.run(burst); });
    const bool liveDone
        = QTest::qWaitFor([&] { return live.sync()->lastSeq() >= targetSeq; }, 180'000);
    const qint64 liveMs = liveClock.elapsed() - std::max<qint64>(0, firstApplied);
    const double liveStall = stall.stop();
    print(QStringLiteral("RESULT live_burst events=%1 applied=%2 first_to_last_ms=%3 "
                         "max_ui_stall_ms=%4 target<=50 (pace set by the server)")
              .arg(burst)
              .arg(live.sync()->lastSeq() - startSeq)
              .arg(liveMs)
              .arg(liveStall, 0, 'f', 1));
    if (!liveDone)
        print(QStringLiteral("live burst did not complete"));

    // The late device reconnects and must apply the whole burst from the replay.
    stall.start();
    QElapsedTimer lateClock;
    lateClock.start();
    late.pusher()->start();
    const bool lateDone = QTest::qWaitFor(
        [&] { return late.sync()->lastSeq() >= targetSeq && late.sync()->isLive(); }, 120'000);
    const qint64 lateMs = lateClock.elapsed();
    const double lateStall = stall.stop();
    print(QStringLiteral("RESULT replay_burst events=%1 reconnect_to_converged_ms=%2 "
                         "max_ui_stall_ms=%3 target<=50 converged=%4")
              .arg(burst)
              .arg(lateMs)
              .arg(lateStall, 0, 'f', 1)
              .arg(lateDone ? QStringLiteral("yes") : QStringLiteral("no")));
    thread.quit();
    thread.wait();
    return liveDone && lateDone ? 0 : 1;
}
