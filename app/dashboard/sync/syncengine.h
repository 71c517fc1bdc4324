#pragma once

#include "staffevent.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QTimer>

namespace tableside::dashboard {

class CallListModel;
class OrderListModel;
class StaffApi;
struct ApiResult;

/// How an applied event reached the models.
enum class Via { Live, Replay, Snapshot };
QString toString(Via via);

/// Keeps the models equal to the server's state: on every (re)subscribe it catches up with
/// GET /api/events?after=<last seq> (or the snapshot GET /api/staff/state on first start or 410),
/// buffers live events meanwhile, applies everything in seq order exactly once, and resyncs as
/// soon as a gap in seq appears. Every applied event is logged in tableside.dashboard.sync.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, CatchingUp, Live };

    SyncEngine(StaffApi *api, OrderListModel *orders, CallListModel *calls,
               QObject *parent = nullptr);

    /// The seq of the last applied event; -1 before the first snapshot.
    qint64 lastSeq() const { return m_lastSeq; }
    /// The server history lastSeq() belongs to; empty before the first snapshot or from an
    /// older server.
    QString historyId() const { return m_historyId; }
    /// The venue's head of printed bills ({"name","address","taxId"} from the snapshot; empty
    /// before it or from an older server).
    QJsonObject venue() const { return m_venue; }
    Phase phase() const { return m_phase; }
    bool isLive() const { return m_phase == Phase::Live; }
    /// Events per /api/events page.
    void setPageSize(int limit) { m_pageSize = limit; }
    /// Live events held back until the catch-up is done (or a gap is filled).
    int bufferedCount() const { return int(m_buffer.size()); }

public slots:
    /// The channel is (re)subscribed: catch up from lastSeq.
    void onSubscribed();
    /// The link is gone: events will be caught up on the next subscribe.
    void onLinkLost();
    /// An event from the channel (name and payload JSON text).
    void onChannelEvent(const QString &name, const QByteArray &dataJson);
    /// Drops what we know and loads the snapshot again.
    void resync();
    /// Forgets the position and the buffer (another staff member signs in); no request.
    void resetForNewSession();

signals:
    /// An event was applied to the models (not emitted for snapshot rows).
    void eventApplied(const tableside::StaffEvent &event, tableside::dashboard::Via via);
    /// A snapshot replaced the models' content.
    void snapshotApplied(qint64 seq);
    /// The server's last backup attempt (/api/staff/state's "backup", a backup-status event):
    /// {"ok","at","file","message"}, empty when there was none.
    void backupStatusReported(const QJsonObject &status);
    void phaseChanged(tableside::dashboard::SyncEngine::Phase phase);

private:
    void setPhase(Phase phase);
    void fetchEvents();
    void fetchSnapshot();
    void onEvents(const ApiResult &result, quint64 generation);
    void onSnapshot(const ApiResult &result, quint64 generation);
    void retryLater();
    /// Applies queued replay events in slices, yielding to the event loop between slices so a
    /// long replay never freezes the UI; then continues with the next page or the buffer.
    void applyReplaySlice(quint64 generation);
    /// Applies queued live events within a time budget; the rest after the UI had a turn
    /// (one socket read can carry hundreds of frames during a rush).
    void applyLiveSlice();
    /// Applies buffered events that follow lastSeq; on a gap starts a catch-up.
    void drainBuffer();
    void apply(const StaffEvent &event, Via via);

    StaffApi *m_api;
    OrderListModel *m_orders;
    CallListModel *m_calls;
    Phase m_phase = Phase::Idle;
    qint64 m_lastSeq = -1;
    /// The server history the models were built from (the snapshot's "historyId"; empty from a
    /// server that sends none): a restored server has a new one, whatever its seq.
    QString m_historyId;
    QJsonObject m_venue;
    int m_pageSize = 200; ///< small pages: parsing one never stalls the UI for long
    quint64 m_generation = 0; ///< answers to an abandoned catch-up are ignored
    QMap<qint64, StaffEvent> m_buffer;
    QList<StaffEvent> m_replayQueue;
    QList<StaffEvent> m_liveQueue;
    bool m_liveSliceScheduled = false;
    qint64 m_replayLatest = -1; ///< the server's latest seq of the page being applied
    QTimer m_retryTimer;
    bool m_linkUp = false;
};

} // namespace tableside::dashboard
