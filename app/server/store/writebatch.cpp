#include "writebatch.h"

#include "database.h"
#include "eventlog.h"
#include "logging.h"

#include <QElapsedTimer>

namespace tableside::server {

using Connection = Database::Connection;

WriteBatch::WriteBatch(Database &database, std::function<QDateTime()> now, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_now(std::move(now))
{
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(0);
    connect(&m_commitTimer, &QTimer::timeout, this, [this] { commit(); });
    m_stats.commitBuckets = QList<quint64>(bucketBounds().size(), 0);
}

void WriteBatch::startAt(qint64 committedSeq)
{
    m_committedSeq = m_stagedSeq = m_emittedSeq = committedSeq;
}

std::optional<WriteBatch::Mark> WriteBatch::beginJob()
{
    if (!m_db.isOpen())
        return std::nullopt;
    Q_ASSERT(!m_inJob);
    if (!m_inBatch) {
        const bool postgres = m_db.isPostgres();
        if (!m_db.execDirect(Connection::Write, postgres ? QStringLiteral("BEGIN")
                                                         : QStringLiteral("BEGIN IMMEDIATE")))
            return std::nullopt;
        m_inBatch = true;
        m_broken = false;
        m_commitTimer.start();
        if (postgres) {
            // First statement of the batch, so an instance waiting here holds no other lock:
            // the channel's row orders all instances' batches, and its last_seq is where this
            // batch continues (other instances may have committed since ours).
            std::optional<qint64> locked;
            QElapsedTimer waited;
            waited.start();
            m_db.select(Connection::Write,
                        QStringLiteral("SELECT last_seq FROM channels WHERE name = ? FOR UPDATE"),
                        {EventLog::channel()},
                        [&](const QSqlQuery &row) { locked = row.value(0).toLongLong(); });
            if (!locked) {
                m_broken = true;
                return std::nullopt;
            }
            m_stats.lockWaitSecondsTotal += waited.nsecsElapsed() / 1e9;
            m_committedSeq = m_stagedSeq = *locked;
        }
    }
    if (!m_db.execSavepoint(Connection::Write, QStringLiteral("SAVEPOINT job"))) {
        m_broken = true;
        return std::nullopt;
    }
    m_inJob = true;
    return Mark {m_stagedSeq, m_pendingEvents.size(), m_menuChanged};
}

bool WriteBatch::endJob(const Mark &mark, bool keep)
{
    m_inJob = false;
    if (keep && m_db.execSavepoint(Connection::Write, QStringLiteral("RELEASE job"))) {
        ++m_stats.writes;
        return true;
    }
    // Refused (or failed): undo only this request's writes; the batch goes on.
    if (!m_db.execSavepoint(Connection::Write, QStringLiteral("ROLLBACK TO job"))
        || !m_db.execSavepoint(Connection::Write, QStringLiteral("RELEASE job")))
        m_broken = true;
    m_stagedSeq = mark.stagedSeq;
    m_pendingEvents.resize(mark.events);
    m_menuChanged = mark.menuChanged;
    return false;
}

bool WriteBatch::appendEvent(const std::function<StaffEvent(qint64 seq)> &make)
{
    Q_ASSERT(m_inJob);
    const qint64 seq = m_stagedSeq + 1;
    const StaffEvent event = make(seq);
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("INSERT INTO events (channel, seq, name, data, created_at) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {EventLog::channel(), seq, event.name(), QString::fromUtf8(event.dataJson()),
                    Database::timeText(m_now())}))
        return false;
    m_stagedSeq = seq;
    m_pendingEvents.append(event);
    return true;
}

void WriteBatch::markMenuChanged()
{
    Q_ASSERT(m_inJob);
    m_menuChanged = true;
}

bool WriteBatch::commit()
{
    m_commitTimer.stop();
    if (!m_inBatch) {
        runCallbacks(std::exchange(m_pendingCallbacks, {}), true);
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    bool ok = !m_broken;
    if (ok && m_stagedSeq != m_committedSeq) {
        ok = m_db.exec(Connection::Write,
                       QStringLiteral("UPDATE channels SET last_seq = ? WHERE name = ?"),
                       {m_stagedSeq, EventLog::channel()});
        // Delivered to the other instances' listeners at COMMIT, never before or without it.
        if (ok && m_db.isPostgres())
            ok = m_db.exec(Connection::Write, QStringLiteral("SELECT pg_notify(?, ?)"),
                           {EventLog::notifyChannel(), QString::number(m_stagedSeq)});
    }
    ok = ok && m_db.execDirect(Connection::Write, QStringLiteral("COMMIT"));
    const double seconds = timer.nsecsElapsed() / 1e9;
    m_inBatch = false;
    if (!ok) {
        qCCritical(lcStore) << "commit failed; the batch's" << m_pendingCallbacks.size()
                            << "requests were not stored";
        m_db.execDirect(Connection::Write, QStringLiteral("ROLLBACK"));
        ++m_stats.failedCommits;
        m_stagedSeq = m_committedSeq;
        m_pendingEvents.clear();
        m_menuChanged = false;
        runCallbacks(std::exchange(m_pendingCallbacks, {}), false);
        return false;
    }
    ++m_stats.commits;
    m_stats.commitSecondsTotal += seconds;
    const QList<double> bounds = bucketBounds();
    for (int i = 0; i < bounds.size(); ++i)
        if (seconds <= bounds.at(i))
            ++m_stats.commitBuckets[i];
    m_committedSeq = m_stagedSeq;
    const QList<StaffEvent> events = std::exchange(m_pendingEvents, {});
    const bool menuChanged = std::exchange(m_menuChanged, false);
    // Only this batch's callers are answered: a listener below may stage a write of its own (a
    // print job for a new order), which opens the next batch, and its caller must wait for that
    // batch's commit, not hear "committed" from this one.
    QList<Callback> callbacks = std::exchange(m_pendingCallbacks, {});
    // Other instances' events before this batch's come first (PostgreSQL; on SQLite there are
    // none), so listeners see one ordered stream.
    if (!events.isEmpty() && events.first().seq() > m_emittedSeq + 1)
        emitLogged(events.first().seq() - 1);
    for (const StaffEvent &event : events) {
        if (event.seq() > m_emittedSeq) {
            m_emittedSeq = event.seq();
            emit eventCommitted(event);
        }
    }
    if (menuChanged)
        emit this->menuChanged();
    runCallbacks(std::move(callbacks), true);
    return true;
}

void WriteBatch::whenCommitted(QObject *context, std::function<void(bool committed)> done)
{
    if (!m_inBatch) {
        done(true);
        return;
    }
    m_pendingCallbacks.append({QPointer<QObject>(context), context != nullptr, std::move(done)});
}

void WriteBatch::runCallbacks(QList<Callback> callbacks, bool committed)
{
    for (const Callback &callback : callbacks) {
        if (callback.hasContext && !callback.context)
            continue;
        callback.done(committed);
    }
}

void WriteBatch::catchUp()
{
    if (m_db.isOpen())
        emitLogged(-1);
}

void WriteBatch::emitLogged(qint64 last)
{
    EventLog log(m_db);
    while (last < 0 || m_emittedSeq < last) {
        const Store::EventPage page = log.after(m_emittedSeq, 500);
        if (page.gone) {
            // Pruned before this instance read it (it was stopped for longer than the log
            // keeps): dashboards converge by snapshot; go on from the log's end.
            qCWarning(lcStore) << "events after" << m_emittedSeq << "are gone from the log";
            m_emittedSeq = page.latestSeq;
            return;
        }
        bool any = false;
        for (const StaffEvent &event : page.events) {
            if (last >= 0 && event.seq() > last)
                return;
            emitEvent(event);
            any = true;
        }
        if (!any)
            return;
    }
}

void WriteBatch::emitEvent(const StaffEvent &event)
{
    m_emittedSeq = event.seq();
    ++m_stats.eventsFromOtherInstances;
    if (event.seq() > m_committedSeq && !m_inBatch)
        m_committedSeq = m_stagedSeq = event.seq();
    emit eventCommitted(event);
    // Another instance changed the menu (an edit, or a product sold out): this one's cached
    // menu is stale too.
    if (event.type() == StaffEventType::MenuChange
        || event.type() == StaffEventType::ProductAvailabilityChange)
        emit menuChanged();
}

QList<double> WriteBatch::bucketBounds()
{
    return {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0};
}

} // namespace tableside::server
