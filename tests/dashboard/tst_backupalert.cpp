// A manager's dashboard against the real server whose backups fail: the failure the server
// reported before the sign-in (/api/staff/state's "backup") shows as a toast and a line in the
// main window; a waiter sees neither; the line goes once a later backup succeeds.
#include "backupstatusmodel.h"
#include "dashboardclient.h"
#include "mainwindow.h"
#include "serverprocess.h"
#include "toastarea.h"

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

namespace {

bool hasToast(MainWindow &window, const QString &title)
{
    const auto *area = window.findChild<ToastArea *>();
    if (!area)
        return false;
    for (const Toast *toast : area->toasts())
        if (toast->title() == title)
            return true;
    return false;
}

} // namespace

class TestBackupAlert : public QObject
{
    Q_OBJECT

private slots:
    void managerSeesAFailedBackupUntilOneSucceeds()
    {
        // The backup folder cannot be made: a regular file is in the way.
        QTemporaryDir outside;
        QFile blocker(outside.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ServerProcess server;
        QVERIFY(server.isValid());
        QVERIFY(server.addStaff(QStringLiteral("Mara"), QStringLiteral("135790"),
                                QStringLiteral("manager")));
        QVERIFY(server.addStaff(QStringLiteral("Wim"), QStringLiteral("246802")));
        server.setConfig(QStringLiteral("backup/enabled"), true);
        server.setConfig(QStringLiteral("backup/folder"),
                         QString(blocker.fileName() + QStringLiteral("/backups")));
        QVERIFY2(server.start(), qPrintable(server.output()));
        // The start-up backup fails on its worker thread and is recorded.
        QTRY_VERIFY_WITH_TIMEOUT(server.http()
                                     .json("GET", QStringLiteral("/api/staff/state"), {},
                                           server.http().login(QStringLiteral("135790")))
                                     .value(QStringLiteral("backup"))
                                     .isObject(),
                                 10'000);

        DashboardClient manager;
        MainWindow managerWindow(&manager.session());
        QVERIFY(manager.signIn(server.url(), QStringLiteral("135790")));
        const auto *line = managerWindow.findChild<QLabel *>(QStringLiteral("BackupAlert"));
        QVERIFY(line);
        QTRY_VERIFY_WITH_TIMEOUT(!line->isHidden(), 10'000);
        QVERIFY2(line->text().contains(QStringLiteral("backup")), qPrintable(line->text()));
        QVERIFY(manager.session().backupStatus()->failing());
        QVERIFY(hasToast(managerWindow, QStringLiteral("Backup failed")));

        DashboardClient waiter;
        MainWindow waiterWindow(&waiter.session());
        QVERIFY(waiter.signIn(server.url(), QStringLiteral("246802")));
        QTRY_VERIFY_WITH_TIMEOUT(waiter.session().backupStatus()->failing(), 10'000);
        QVERIFY(waiterWindow.findChild<QLabel *>(QStringLiteral("BackupAlert"))->isHidden());
        QVERIFY(!hasToast(waiterWindow, QStringLiteral("Backup failed")));

        // Fixed and restarted: the start-up backup succeeds (a backup-status event, ok=true)
        // and the line goes.
        server.stop();
        server.setConfig(QStringLiteral("backup/folder"), outside.filePath(QStringLiteral("ok")));
        QVERIFY(server.restart());
        QVERIFY(manager.waitLive(30'000));
        QTRY_VERIFY_WITH_TIMEOUT(!manager.session().backupStatus()->failing(), 20'000);
        QVERIFY(manager.session().backupStatus()->last()->ok);
        QVERIFY(line->isHidden());
    }
};

QTEST_MAIN(TestBackupAlert)
#include "tst_backupalert.moc"
