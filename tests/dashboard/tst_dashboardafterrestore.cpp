// A dashboard that saw seq 500 while the server is restored to a backup taken at seq 300 and
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

} // namespace

class TestDashboardAfterRestore : public QObject
{
    Q_OBJECT

private slots:
    void convergesToARestoredServerWhoseSeqWentBack()
    {
        constexpr int BackupSeq = 300;
        constexpr int SeenSeq = 501; // 300 + a status change + 100 orders
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

        // Two events per order (new-order, its table's table-tab-change): 150 orders, then the
        // backup at seq 300.
        QStringList kept;
        for (int i = 0; i < BackupSeq / 2; ++i) {
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
        QVERIFY2(out.contains(QStringLiteral("last seq %1").arg(BackupSeq)), qPrintable(out));

        // The dashboard sees what follows: a status change of a kept order and new orders,
        // up to seq 501.
        QTRY_COMPARE_WITH_TIMEOUT(client.session().sync()->lastSeq(), qint64(BackupSeq), 20'000);
        int status = 0;
        server.http().json("PATCH", QStringLiteral("/api/orders/%1/status").arg(kept.first()),
                           {{QStringLiteral("status"), QStringLiteral("preparing")}}, token,
                           &status);
        QCOMPARE(status, 200);
        QStringList ghosts;
        while (ghosts.size() < (SeenSeq - BackupSeq - 1) / 2) {
            const QJsonObject order = server.guest().createOrder(1 + ghosts.size() % 20, 1);
            QVERIFY(!order.isEmpty());
            ghosts.append(order.value(QStringLiteral("id")).toString());
        }
        QTRY_COMPARE_WITH_TIMEOUT(client.session().sync()->lastSeq(), qint64(SeenSeq), 20'000);
        QCOMPARE(client.session().orders()->order(kept.first())->status, OrderStatus::Preparing);
        QCOMPARE(client.differenceFrom(server), QString());

        // Restore the backup into the stopped server's folder and start it on the same port.
        server.stop();
        QCOMPARE(runServerCommand({QStringLiteral("restore"), QStringLiteral("--data-dir"),
                                   server.dataDir(), backup},
                                  &out),
                 0);
        QVERIFY(server.restart());
        // An order placed on the restored server before the dashboard is back (seq 301, 302).
        const QJsonObject after = server.guest().createOrder(7, 1);
        QVERIFY(!after.isEmpty());
        const QString afterId = after.value(QStringLiteral("id")).toString();

        QVERIFY(client.waitLive(30'000));
        QTRY_VERIFY_WITH_TIMEOUT(client.session().orders()->rowOf(afterId) >= 0, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(client.session().sync()->lastSeq(), qint64(BackupSeq + 2),
                                  20'000);
        for (const QString &ghost : ghosts)
            QVERIFY2(client.session().orders()->rowOf(ghost) < 0, qPrintable(ghost));
        QCOMPARE(client.session().orders()->order(kept.first())->status, OrderStatus::Pending);
        QCOMPARE(client.session().orders()->rowCount(), BackupSeq / 2 + 1);
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
        constexpr int BackupSeq = 20;
        constexpr int SeenSeq = 40;
        constexpr int AfterRestore = 30; // seq 21…50: past the 40 the dashboard saw
        ServerProcess server;
        QVERIFY(server.isValid());
        QVERIFY2(server.addStaff(QStringLiteral("Maria"), Pin), qPrintable(server.output()));
        server.disableGuestLimits();
        QVERIFY2(server.start(), qPrintable(server.output()));
        DashboardClient client;
        QVERIFY(client.signIn(server.url(), Pin));

        // Two events per order (new-order, table-tab-change).
        for (int i = 0; i < BackupSeq / 2; ++i)
            QVERIFY(!server.guest().createOrder(1 + i % 20, 1).isEmpty());
        QTemporaryDir backupDir;
        const QString backup = backupDir.filePath(QStringLiteral("at20.db.gz"));
        QString out;
        QCOMPARE(runServerCommand({QStringLiteral("backup"), QStringLiteral("--data-dir"),
                                   server.dataDir(), QStringLiteral("--out"), backup},
                                  &out),
                 0);
        QStringList ghosts;
        for (int i = BackupSeq / 2; i < SeenSeq / 2; ++i) {
            const QJsonObject order = server.guest().createOrder(1 + i % 20, 1);
            QVERIFY(!order.isEmpty());
            ghosts.append(order.value(QStringLiteral("id")).toString());
        }
        QTRY_COMPARE_WITH_TIMEOUT(client.session().sync()->lastSeq(), qint64(SeenSeq), 20'000);
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
        QStringList fresh;
        for (int i = 0; i < AfterRestore / 2; ++i) {
            const QJsonObject order = server.guest().createOrder(1 + i % 20, 1);
            QVERIFY(!order.isEmpty());
            fresh.append(order.value(QStringLiteral("id")).toString());
        }
        QCOMPARE(client.session().sync()->lastSeq(), qint64(SeenSeq));

        // It wakes: events after 40 exist (the new history's 41…50), but they are not its own.
        client.session().pusher()->start();
        QVERIFY(client.waitLive(30'000));
        QTRY_COMPARE_WITH_TIMEOUT(client.session().sync()->lastSeq(),
                                  qint64(BackupSeq + AfterRestore), 20'000);
        for (const QString &ghost : ghosts)
            QVERIFY2(client.session().orders()->rowOf(ghost) < 0, qPrintable(ghost));
        for (const QString &id : fresh)
            QVERIFY2(client.session().orders()->rowOf(id) >= 0, qPrintable(id));
        QCOMPARE(client.session().orders()->rowCount(), (BackupSeq + AfterRestore) / 2);
        QCOMPARE(client.differenceFrom(server), QString());
        QVERIFY(client.session().sync()->historyId() != oldHistory);
    }
};

QTEST_MAIN(TestDashboardAfterRestore)
#include "tst_dashboardafterrestore.moc"
