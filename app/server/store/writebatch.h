#pragma once

#include "staffevent.h"
#include "store.h"
#include "storeoutcome.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

namespace tableside::server {

class Database;

/// The group commit, and the one write path: every write runs as a job in its own savepoint
/// of the open batch transaction, which commits at the end of the event-loop turn with one
/// fsync for all of them. The only place that appends to the staff channel's event log and
/// advances its seq; callers are answered after the commit through whenCommitted().
///
/// On PostgreSQL several instances write to one log: each batch first locks the channel's row
/// (SELECT … FOR UPDATE), which orders the instances' batches one after another and gives the
/// seq to continue from, and announces its last seq with NOTIFY in the same transaction.
class WriteBatch : public QObject
{
    Q_OBJECT
public:
    WriteBatch(Database &database, std::function<QDateTime()> now, QObject *parent = nullptr);

    /// Continues the staff channel after @p committedSeq (what the log holds at open).
    void startAt(qint64 committedSeq);

    /// Runs @p job (a callable returning StoreOutcome<T>) in a savepoint of the open batch,
    /// which it begins when none is open. A refusal or a failure undoes only this job's rows
    /// and events; the batch goes on.
    template<typename T, typename Job> StoreOutcome<T> run(Job &&job)
    {
        const std::optional<Mark> mark = beginJob();
        if (!mark)
            return StoreError::storage();
        StoreOutcome<T> outcome = job();
        if (endJob(*mark, outcome.ok()))
            return outcome;
        if (outcome.ok())
            return StoreError::storage();
        return outcome;
    }

    /// Inside a job: appends the event @p make builds for the channel's next seq.
    bool appendEvent(const std::function<StaffEvent(qint64 seq)> &make);
    /// Inside a job: menuChanged() is emitted after the commit.
    void markMenuChanged();

    /// Commits the open batch now; false when it failed (nothing of it was stored).
    bool commit();
    /// PostgreSQL, several instances (issue 21): emits, in seq order, the events other instances
    /// committed since the last one emitted here, read back from the log. Called when their
    /// NOTIFY arrives and on a timer; a commit of this instance catches up first by itself.
    void catchUp();
    /// See Store::whenCommitted().
    void whenCommitted(QObject *context, std::function<void(bool committed)> done);
    qint64 committedSeq() const { return m_committedSeq; }
    /// The last seq eventCommitted() announced (this instance's or another's).
    qint64 emittedSeq() const { return m_emittedSeq; }
    Store::CommitStats stats() const { return m_stats; }
    static QList<double> bucketBounds();

signals:
    void eventCommitted(const tableside::StaffEvent &event);
    void menuChanged();

private:
    // What a job may undo: the batch's state before it began.
    struct Mark
    {
        qint64 stagedSeq = 0;
        qsizetype events = 0;
        bool menuChanged = false;
    };
    struct Callback
    {
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void(bool)> done;
    };

    std::optional<Mark> beginJob();
    /// Releases the job's savepoint when @p keep, else rolls it back; true when kept.
    bool endJob(const Mark &mark, bool keep);
    void runCallbacks(QList<Callback> callbacks, bool committed);
    /// Emits the logged events after m_emittedSeq up to @p last (-1: all committed ones).
    void emitLogged(qint64 last);
    void emitEvent(const StaffEvent &event);

    Database &m_db;
    std::function<QDateTime()> m_now;
    bool m_inBatch = false;
    bool m_inJob = false;
    bool m_broken = false;
    bool m_menuChanged = false;
    qint64 m_stagedSeq = 0;
    qint64 m_committedSeq = 0;
    qint64 m_emittedSeq = 0; ///< the last seq eventCommitted() announced
    QList<StaffEvent> m_pendingEvents;
    QList<Callback> m_pendingCallbacks;
    QTimer m_commitTimer;
    Store::CommitStats m_stats;
};

} // namespace tableside::server
