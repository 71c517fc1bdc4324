// The server's own backups: a backup on demand writes a verified file, records backup-status
// (event, /api/staff/state, /metrics) and applies retention; an unwritable folder is a failed
// status with a clear message while orders still go through; start-up backs up only when the
// newest backup is older than a day.
#include "backupretention.h"
#include "backupscheduler.h"
#include "backupverifier.h"
#include "inprocessserver.h"
#include "orderbody.h"
#include "rawhttpclient.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace tableside;
using namespace tableside::server;

namespace {

bool waitFinished(BackupScheduler &scheduler, bool *ok = nullptr, QString *message = nullptr)
{
    QSignalSpy spy(&scheduler, &BackupScheduler::finished);
    scheduler.backUpNow();
    if (!spy.wait(30000))
        return false;
    if (ok)
        *ok = spy.at(0).at(0).toBool();
    if (message)
        *message = spy.at(0).at(1).toString();
    return true;
}

qint64 metric(RawHttpClient &client, const QByteArray &name)
{
    const QByteArray body = client.get(QStringLiteral("/metrics")).body;
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith(QByteArray(name + ' ')))
            return line.mid(name.size() + 1).toLongLong();
    }
    return -2;
}

void touch(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
}

} // namespace

class TestBackupScheduler : public QObject
{
    Q_OBJECT

private slots:
    void backupNowRecordsStatusAndKeepsRetention()
    {
        QTemporaryDir backups;
        ServerSettings settings = InProcessServer::unlimitedSettings();
        settings.backupFolder = backups.path();
        settings.backupKeepDaily = 2;
        settings.backupKeepWeekly = 0;
        InProcessServer server(settings);
        RawHttpClient client(server.port());
        client.setToken(server.login(QStringLiteral("1111")));
        QCOMPARE(
            client.get(QStringLiteral("/api/staff/state")).json().value(QStringLiteral("backup")),
            QJsonValue(QJsonValue::Null));
        QCOMPARE(metric(client, "tableside_backup_last_success_age_seconds"), -1);
        QCOMPARE(client.post(QStringLiteral("/api/orders/create"), orderBody(3, {{1, 2}})).status,
                 201);
        // Two older days already there: retention keeps today's new one and the newest old one.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString older = BackupRetention::fileName(now.addDays(-3));
        const QString newer = BackupRetention::fileName(now.addDays(-2));
        touch(QDir(backups.path()).filePath(older));
        touch(QDir(backups.path()).filePath(newer));
        touch(QDir(backups.path()).filePath(QStringLiteral("notes.txt")));

        BackupScheduler &scheduler = *server.server().backups();
        bool ok = false;
        QString message;
        QVERIFY(waitFinished(scheduler, &ok, &message));
        QVERIFY2(ok, qPrintable(message));
        const auto status = scheduler.lastStatus();
        QVERIFY(status);
        QVERIFY(status->ok);
        QVERIFY(message.contains(status->file));
        QCOMPARE(QDir(backups.path()).entryList(QDir::Files),
                 QStringList({QStringLiteral("notes.txt"), newer, status->file}));
        QString error;
        const auto summary
            = BackupVerifier::verify(QDir(backups.path()).filePath(status->file), &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->orders, 1);

        server.store().flush();
        const Store::EventPage page = server.store().eventsAfter(0, 100);
        QVERIFY(!page.events.isEmpty());
        const StaffEvent &last = page.events.last();
        QCOMPARE(last.name(), QStringLiteral("backup-status"));
        QCOMPARE(last.data().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(last.data().value(QStringLiteral("file")).toString(), status->file);

        const QJsonObject backup = client.get(QStringLiteral("/api/staff/state"))
                                       .json()
                                       .value(QStringLiteral("backup"))
                                       .toObject();
        QCOMPARE(backup.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(backup.value(QStringLiteral("file")).toString(), status->file);
        QCOMPARE(backup.value(QStringLiteral("message")).toString(), message);
        QVERIFY(!backup.value(QStringLiteral("at")).toString().isEmpty());
        const qint64 age = metric(client, "tableside_backup_last_success_age_seconds");
        QVERIFY2(age >= 0 && age < 60, qPrintable(QString::number(age)));
        QCOMPARE(metric(client, "tableside_backup_failures_total"), 0);
    }

    void unwritableFolderIsAFailureNotAnOutage()
    {
        ServerSettings settings = InProcessServer::unlimitedSettings();
        // /proc refuses new folders even to root: as a full or read-only disk would.
        settings.backupFolder = QStringLiteral("/proc/tableside-backups");
        InProcessServer server(settings);
        RawHttpClient client(server.port());
        client.setToken(server.login(QStringLiteral("1111")));
        bool ok = true;
        QString message;
        QVERIFY(waitFinished(*server.server().backups(), &ok, &message));
        QVERIFY(!ok);
        QVERIFY2(message.startsWith(QStringLiteral("Backup failed: ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("/proc/tableside-backups")), qPrintable(message));
        const QJsonObject backup = client.get(QStringLiteral("/api/staff/state"))
                                       .json()
                                       .value(QStringLiteral("backup"))
                                       .toObject();
        QCOMPARE(backup.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(backup.value(QStringLiteral("file")).toString(), QString());
        QCOMPARE(backup.value(QStringLiteral("message")).toString(), message);
        QCOMPARE(metric(client, "tableside_backup_failures_total"), 1);
        QCOMPARE(metric(client, "tableside_backup_last_success_age_seconds"), -1);
        // Service is unaffected.
        QCOMPARE(client.post(QStringLiteral("/api/orders/create"), orderBody(3, {{1, 1}})).status,
                 201);
    }

    void startUpBacksUpOnlyWhenStale()
    {
        InProcessServer server;
        QTemporaryDir backups;
        BackupScheduler::Options options;
        options.folder = backups.path();
        {
            // A backup of an hour ago: nothing to do at start.
            touch(QDir(backups.path())
                      .filePath(BackupRetention::fileName(
                          QDateTime::currentDateTimeUtc().addSecs(-3600))));
            BackupScheduler scheduler(server.store(), options);
            QSignalSpy spy(&scheduler, &BackupScheduler::finished);
            scheduler.start();
            QTRY_VERIFY(!scheduler.isRunning());
            QVERIFY(!spy.wait(300));
            QVERIFY(!scheduler.lastStatus());
            QVERIFY(scheduler.lastSuccess().isValid());
        }
        {
            // Only one of two days ago: a backup at once.
            QDir(backups.path()).removeRecursively();
            QDir().mkpath(backups.path());
            touch(QDir(backups.path())
                      .filePath(
                          BackupRetention::fileName(QDateTime::currentDateTimeUtc().addDays(-2))));
            BackupScheduler scheduler(server.store(), options);
            QSignalSpy spy(&scheduler, &BackupScheduler::finished);
            scheduler.start();
            QVERIFY(spy.wait(30000));
            QVERIFY(spy.at(0).at(0).toBool());
            QCOMPARE(QDir(backups.path()).entryList(QDir::Files).size(), 2);
        }
    }

    void nextNightly()
    {
        const QDateTime local(QDate(2026, 3, 7), QTime(2, 30), Qt::LocalTime);
        QCOMPARE(BackupScheduler::nextNightly(local.toUTC(), 4),
                 QDateTime(QDate(2026, 3, 7), QTime(4, 0), Qt::LocalTime).toUTC());
        const QDateTime after(QDate(2026, 3, 7), QTime(4, 0), Qt::LocalTime);
        QCOMPARE(BackupScheduler::nextNightly(after.toUTC(), 4),
                 QDateTime(QDate(2026, 3, 8), QTime(4, 0), Qt::LocalTime).toUTC());
    }
};

QTEST_GUILESS_MAIN(TestBackupScheduler)
#include "tst_backupscheduler.moc"
