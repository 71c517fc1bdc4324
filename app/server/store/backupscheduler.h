#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <functional>
#include <optional>

namespace tableside::server {

class Store;

/// Runs the server's own backups: nightly at the business day's end and at start-up when the
/// newest is older than a day, each on a worker thread (never on the event loop), retention
/// after each success, and a backup-status event through the store after every attempt.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString folder;
        int keepDaily = 14;
        int keepWeekly = 8;
        int businessDayStartHour = 4; ///< local hour the nightly backup runs at
        /// Current time; tests replace it.
        std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    };

    /// The outcome of the last attempt (what /api/staff/state and the event carry).
    struct Status
    {
        bool ok = false;
        QDateTime at;
        QString file; ///< the file name, empty on failure
        QString message;
    };

    BackupScheduler(Store &store, Options options, QObject *parent = nullptr);
    /// Waits for a running backup to finish (its result is then dropped).
    ~BackupScheduler() override;

    /// Arms the nightly timer and backs up now if the newest backup is older than 24 h.
    void start();
    /// One backup now (ignored while one runs).
    void backUpNow();
    bool isRunning() const { return m_running; }

    std::optional<Status> lastStatus() const { return m_last; }
    /// The newest good backup's time (an attempt's, or the newest file's at start); invalid if
    /// none.
    QDateTime lastSuccess() const { return m_lastSuccess; }
    quint64 failures() const { return m_failures; }
    /// The next nightly run after @p now (UTC) for a business day starting at @p hour (local).
    static QDateTime nextNightly(const QDateTime &now, int hour);

signals:
    /// After each attempt, once its backup-status event is staged.
    void finished(bool ok, const QString &message);

private:
    enum class When { Now, IfStale };
    void run(When when);
    void done(const Status &status, bool skipped, const QDateTime &newest);
    void armTimer();

    Store &m_store;
    Options m_options;
    QThreadPool m_pool;
    QTimer m_timer;
    QDateTime m_nextNightly;
    bool m_running = false;
    std::optional<Status> m_last;
    QDateTime m_lastSuccess;
    quint64 m_failures = 0;
};

} // namespace tableside::server
