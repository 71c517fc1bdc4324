#include "backupscheduler.h"

#include "backupretention.h"
#include "backupwriter.h"
#include "logging.h"
#include "store.h"

#include <QDir>

namespace tableside::server {

namespace {

// The nightly timer wakes at least hourly, so a clock change or a suspended machine only
// delays the backup by that much.
constexpr qint64 MaxTimerMs = 60LL * 60 * 1000;
constexpr qint64 StaleAfterSeconds = 24LL * 60 * 60;

QDateTime newestIn(const QDir &folder)
{
    QDateTime newest;
    const QStringList names = folder.entryList(
        {QStringLiteral("tableside-*.db.gz"), QStringLiteral("tableside-*.pgdump")}, QDir::Files);
    for (const QString &name : names) {
        const QDateTime at = BackupRetention::timeOf(name);
        if (at.isValid() && (!newest.isValid() || at > newest))
            newest = at;
    }
    return newest;
}

} // namespace

BackupScheduler::BackupScheduler(Store &store, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
{
    // One backup at a time, on a thread of its own (not the global pool PIN checks use).
    m_pool.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_options.clock() >= m_nextNightly) {
            backUpNow();
            m_nextNightly = nextNightly(m_options.clock(), m_options.businessDayStartHour);
        }
        armTimer();
    });
}

BackupScheduler::~BackupScheduler()
{
    m_pool.waitForDone();
}

QDateTime BackupScheduler::nextNightly(const QDateTime &now, int hour)
{
    const QDateTime local = now.toLocalTime();
    QDateTime next(local.date(), QTime(hour, 0), Qt::LocalTime);
    if (next <= local)
        next = QDateTime(local.date().addDays(1), QTime(hour, 0), Qt::LocalTime);
    return next.toUTC();
}

void BackupScheduler::start()
{
    const DatabaseSettings database = m_store.databaseSettings();
    if (database.isPostgres())
        qCInfo(lcStore).noquote()
            << QStringLiteral("backups: pg_dump of %1 into %2 nightly (with several instances, "
                              "leave backup/enabled on for one of them)")
                   .arg(database.displayUrl(), m_options.folder);
    m_nextNightly = nextNightly(m_options.clock(), m_options.businessDayStartHour);
    armTimer();
    run(When::IfStale);
}

void BackupScheduler::armTimer()
{
    const qint64 wait = m_options.clock().msecsTo(m_nextNightly);
    m_timer.start(int(std::clamp<qint64>(wait, 1000, MaxTimerMs)));
}

void BackupScheduler::backUpNow()
{
    run(When::Now);
}

void BackupScheduler::run(When when)
{
    if (m_running)
        return;
    m_running = true;
    const QString database = m_store.databasePath();
    // On PostgreSQL the same schedule runs pg_dump (PgDump) into the same folder.
    const DatabaseSettings settings = m_store.databaseSettings();
    const Options options = m_options;
    const QDateTime now = m_options.clock();
    m_pool.start([this, database, settings, options, now, when] {
        // Everything here touches only files and a connection of its own (BackupWriter).
        Status status;
        status.at = now;
        QDir folder(options.folder);
        const QDateTime newest = newestIn(folder);
        if (when == When::IfStale && newest.isValid() && newest.secsTo(now) < StaleAfterSeconds) {
            QMetaObject::invokeMethod(this, [this, status, newest] { done(status, true, newest); });
            return;
        }
        if (!folder.mkpath(QStringLiteral("."))) {
            status.message
                = tr("Backup failed: cannot create the backup folder %1.").arg(options.folder);
        } else {
            const QString name = BackupRetention::fileName(now, BackupWriter::extension(settings));
            QString error;
            BackupSummary summary;
            if (BackupWriter::write(settings, database, folder.filePath(name), &error, &summary)) {
                status.ok = true;
                status.file = name;
                status.message = tr("Backup %1 written and verified: %2 orders, up to seq %3.")
                                     .arg(name)
                                     .arg(summary.orders)
                                     .arg(summary.latestSeq);
                const QStringList old = BackupRetention::toDelete(
                    folder.entryList(QDir::Files), options.keepDaily, options.keepWeekly);
                for (const QString &file : old) {
                    if (!folder.remove(file))
                        qCWarning(lcStore) << "cannot delete the old backup" << file;
                }
            } else {
                status.message = tr("Backup failed: %1").arg(error);
            }
        }
        QMetaObject::invokeMethod(this, [this, status, newest] { done(status, false, newest); });
    });
}

void BackupScheduler::done(const Status &status, bool skipped, const QDateTime &newest)
{
    m_running = false;
    if (newest.isValid() && (!m_lastSuccess.isValid() || newest > m_lastSuccess))
        m_lastSuccess = newest;
    if (skipped)
        return;
    if (status.ok) {
        m_lastSuccess = status.at;
        qCInfo(lcStore).noquote() << status.message;
    } else {
        ++m_failures;
        qCWarning(lcStore).noquote() << status.message;
    }
    m_last = status;
    if (!m_store.recordBackupStatus(status.ok, status.at, status.file, status.message).ok())
        qCWarning(lcStore) << "cannot record the backup status";
    emit finished(status.ok, status.message);
}

} // namespace tableside::server
