// A dashboard that saw seq ~500 while the server is restored to a backup taken at seq ~300 and
// restarted on the same port: it must notice that the server's sequence went back, reload the
// snapshot and show exactly the restored state — no order the restored server no longer has,
// no status the backup predates — plus what came in after the restore. Also when the restored
// server has gone past the seq the dashboard saw before it reconnects (a tablet asleep
// overnight): the history id tells the two histories apart.
#include "dashboardclient.h"
#include "orderlistmodel.h"
#include "pusherclient.h"
#include "serverprocess.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

namespace {

const QString Pin = QStringLiteral("1234");

// `tableside-server @p arguments`; its exit code (-1 when it did not finish), output in @p out.
int runServerCommand(const QStringList &arguments, QString *out)
{
    QProcess process;
    process.start(QStringLiteral(TABLESIDE_SERVER_BINARY), arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitCode();
}

// The "last seq N" a backup or restore command printed; -1 when there is none.
qint64 lastSeqIn(const QString &out)
{
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("last seq (\\d+)")).match(out);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// The server's latest seq (/healthz). Exact seqs are not fixed in advance: besides each
// order's events, a signed-in dashboard's device comes and goes (device-status) at its own pace.
qint64 serverSeq(ServerProcess &server)
{
    return server.http().json("GET", QStringLiteral("/healthz")).value("seq").toInteger(-1);
}

} // namespace

class TestDashboardAfterRestore : public QObject
{
    Q_OBJECT

private slots:
    void convergesToARestoredServerWhoseSeqWentBack()
    {
        constexpr int KeptOrders = 150;
        constexpr int GhostOrders = 100;
        ServerProcess server;
        QVERIFY(server.isValid());
        QVERIFY2(server.addStaff(QStringLiteral("Maria"), Pin), qPrintable(server.output()));
        server.disableGuestLimits();
        QVERIFY2(server.start(), qPrintable(server.output()));

        // Signed in before the backup: a session opened later is not in the restored database
        // (the dashboard would rightly ask for the PIN again).
        DashboardClient client;
        QVERIFY(client.signIn(server.url(), Pin));
        const QString token = client.settings().token();

        // 150 orders (two events each: new-order, its table's table-tab-change), then the backup.
        QStringList kept;
        for (int i = 0; i < KeptOrders; ++i) {
            const QJsonObject order = server.guest().createOrder(1 + i % 20, 1);
            QVERIFY(!order.isEmpty());
            kept.append(order.value(QStringLiteral("id")).toString());
        }
        QTemporaryDir backupDir;
        const QString backup = backupDir.filePath(QStringLiteral("at300.db.gz"));
        QString out;
        QCOMPARE(runServerCommand({QStringLiteral("backup"), QStringLiteral("--data-dir"),
                                   server.dataDir(), QStringLiteral("--out"), backup},
                                  &out),
                 0);
        const qint64 backupSeq = lastSeqIn(out);
        QVERIFY2(backupSeq >= 2 * KeptOrders, qPrintable(out));

        // The dashboard sees what follows: a status change of a kept order and 100 new orders.
        QTRY_VERIFY_WITH_TIMEOUT(client.session().sync()->lastSeq() >= backupSeq, 20'000);
        int status = 0;
        server.http().json("PATCH", QStringLiteral("/api/orders/%1/status").arg(kept.first()),
                           {{QStringLiteral("status"), QStringLiteral("preparing")}}, token,
                           &status);
        QCOMPARE(status, 200);
        QStringList ghosts;
        while (ghosts.size() < GhostOrders) {
            const QJsonObject order = server.guest().createOrder(1 + ghosts.size() % 20, 1);
            QVERIFY(!order.isEmpty());
            ghosts.append(order.value(QStringLiteral("id")).toString());
        }
        const qint64 seenSeq = serverSeq(server);
        QVERIFY(seenSeq >= backupSeq + 1 + 2 * GhostOrders);
        QTRY_VERIFY_WITH_TIMEOUT(client.session().sync()->lastSeq() >= seenSeq, 20'000);
        QCOMPARE(client.session().orders()->order(kept.first())->status, OrderStatus::Preparing);
        QCOMPARE(client.differenceFrom(server), QString());

        // Restore the backup into the stopped server's folder and start it on the same port.
        server.stop();
        QCOMPARE(runServerCommand({QStringLiteral("restore"), QStringLiteral("--data-dir"),
                                   server.dataDir(), backup},
                                  &out),
                 0);
        QVERIFY(server.restart());
        // An order placed on the restored server before the dashboard is back (its seq is far
        // below the one the dashboard saw).
        const QJsonObject after = server.guest().createOrder(7, 1);
        QVERIFY(!after.isEmpty());
        const QString afterId = after.value(QStringLiteral("id")).toString();

        QVERIFY(client.waitLive(30'000));
        QTRY_VERIFY_WITH_TIMEOUT(client.session().orders()->rowOf(afterId) >= 0, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(client.session().sync()->lastSeq(), serverSeq(server), 20'000);
        QVERIFY(client.session().sync()->lastSeq() < seenSeq);
        for (const QString &ghost : ghosts)
            QVERIFY2(client.session().orders()->rowOf(ghost) < 0, qPrintable(ghost));
        QCOMPARE(client.session().orders()->order(kept.first())->status, OrderStatus::Pending);
        QCOMPARE(client.session().orders()->rowCount(), KeptOrders + 1);
        QCOMPARE(client.differenceFrom(server), QString());

        // And it stays live: the next order arrives as an event.
        const QJsonObject next = server.guest().createOrder(8, 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            client.session().orders()->rowOf(next.value(QStringLiteral("id")).toString()) >= 0,
            10'000);
        QCOMPARE(client.differenceFrom(server), QString());
    }

    void convergesToARestoredServerThatWentPastItsSeq()
    {
        constexpr int KeptOrders = 10;
        constexpr int GhostOrders = 10;
        ServerProcess server;
        QVERIFY(server.isValid());
        QVERIFY2(server.addStaff(QStringLiteral("Maria"), Pin), qPrintable(server.output()));
        server.disableGuestLimits();
        QVERIFY2(server.start(), qPrintable(server.output()));
        DashboardClient client;
        QVERIFY(client.signIn(server.url(), Pin));

        // Two events per order (new-order, table-tab-change).
        for (int i = 0; i < KeptOrders; ++i)
            QVERIFY(!server.guest().createOrder(1 + i % 20, 1).isEmpty());
        QTemporaryDir backupDir;
        const QString backup = backupDir.filePath(QStringLiteral("at20.db.gz"));
        QString out;
        QCOMPARE(runServerCommand({QStringLiteral("backup"), QStringLiteral("--data-dir"),
                                   server.dataDir(), QStringLiteral("--out"), backup},
                                  &out),
                 0);
        const qint64 backupSeq = lastSeqIn(out);
        QVERIFY2(backupSeq >= 2 * KeptOrders, qPrintable(out));
        QStringList ghosts;
        for (int i = KeptOrders; i < KeptOrders + GhostOrders; ++i) {
            const QJsonObject order = server.guest().createOrder(1 + i % 20, 1);
            QVERIFY(!order.isEmpty());
            ghosts.append(order.value(QStringLiteral("id")).toString());
        }
        const qint64 seenSeq = serverSeq(server);
        QTRY_VERIFY_WITH_TIMEOUT(client.session().sync()->lastSeq() >= seenSeq, 20'000);
        const qint64 seenByDashboard = client.session().sync()->lastSeq();
        const QString oldHistory = client.session().sync()->historyId();
        QVERIFY(!oldHistory.isEmpty());

        // The tablet sleeps: no link while the server is restored and takes new orders.
        client.session().pusher()->stop();
        server.stop();
        QCOMPARE(runServerCommand({QStringLiteral("restore"), QStringLiteral("--data-dir"),
                                   server.dataDir(), backup},
                                  &out),
                 0);
        QVERIFY(server.restart());
        // New orders until the restored server's seq has gone past the one the dashboard saw.
        QStringList fresh;
        for (int i = 0; serverSeq(server) <= seenByDashboard + 10; ++i) {
            const QJsonObject order = server.guest().createOrder(1 + i % 20, 1);
            QVERIFY(!order.isEmpty());
            fresh.append(order.value(QStringLiteral("id")).toString());
        }
        QCOMPARE(client.session().sync()->lastSeq(), seenByDashboard);

        // It wakes: events after the seq it saw exist, but they are of another history.
        client.session().pusher()->start();
        QVERIFY(client.waitLive(30'000));
        QTRY_COMPARE_WITH_TIMEOUT(client.session().sync()->lastSeq(), serverSeq(server), 20'000);
        for (const QString &ghost : ghosts)
            QVERIFY2(client.session().orders()->rowOf(ghost) < 0, qPrintable(ghost));
        for (const QString &id : fresh)
            QVERIFY2(client.session().orders()->rowOf(id) >= 0, qPrintable(id));
        QCOMPARE(client.session().orders()->rowCount(), KeptOrders + fresh.size());
        QCOMPARE(client.differenceFrom(server), QString());
        QVERIFY(client.session().sync()->historyId() != oldHistory);
    }
};

QTEST_MAIN(TestDashboardAfterRestore)
#include "tst_dashboardafterrestore.moc"
