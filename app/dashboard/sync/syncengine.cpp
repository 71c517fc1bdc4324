#include "syncengine.h"

#include "apiresult.h"
#include "calllistmodel.h"
#include "logging.h"
#include "orderlistmodel.h"
#include "staffapi.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace tableside::dashboard {

namespace {
constexpr int RetryDelayMs = 2'000;

QDateTime timeField(const QJsonObject &data, const QString &key)
{
    const QString text = data.value(key).toString();
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}
} // namespace

QString toString(Via via)
{
    switch (via) {
    case Via::Live:
        return QStringLiteral("live");
    case Via::Replay:
        return QStringLiteral("replay");
    case Via::Snapshot:
        return QStringLiteral("snapshot");
    }
    return {};
}

SyncEngine::SyncEngine(StaffApi *api, OrderListModel *orders, CallListModel *calls, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_orders(orders)
    , m_calls(calls)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::CatchingUp)
            m_lastSeq < 0 ? fetchSnapshot() : fetchEvents();
    });
}

void SyncEngine::setPhase(Phase phase)
{
    if (phase != Phase::Live) {
        // Not yet applied live events wait in the buffer for the catch-up to reach them.
        for (const StaffEvent &event : std::as_const(m_liveQueue))
            if (event.seq() > m_lastSeq)
                m_buffer.insert(event.seq(), event);
        m_liveQueue.clear();
    }
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void SyncEngine::onSubscribed()
{
    m_linkUp = true;
    ++m_generation;
    setPhase(Phase::CatchingUp);
    if (m_lastSeq < 0) {
        qCInfo(lcSync) << "Subscribed: loading the snapshot";
        fetchSnapshot();
    } else {
        qCInfo(lcSync).noquote()
            << QStringLiteral("Subscribed: catching up after seq=%1").arg(m_lastSeq);
        fetchEvents();
    }
}

void SyncEngine::onLinkLost()
{
    m_linkUp = false;
    m_retryTimer.stop();
    // Whatever is buffered stays: it is still valid and saves a little replay.
    setPhase(Phase::Idle);
}

void SyncEngine::resync()
{
    ++m_generation;
    m_lastSeq = -1;
    setPhase(Phase::CatchingUp);
    fetchSnapshot();
}

void SyncEngine::resetForNewSession()
{
    m_liveQueue.clear();
    ++m_generation;
    m_lastSeq = -1;
    m_historyId.clear();
    m_buffer.clear();
    m_retryTimer.stop();
    setPhase(Phase::Idle);
}

void SyncEngine::onChannelEvent(const QString &name, const QByteArray &dataJson)
{
    QString error;
    const auto event = StaffEvent::decode(name, dataJson, &error);
    if (!event) {
        // Not one of ours (or malformed): ignore, but say so.
        qCWarning(lcSync).noquote() << "Ignoring event" << name << ":" << error;
        return;
    }
    // The seed's console lines, for anyone debugging the realtime path.
    switch (event->type()) {
    case StaffEventType::NewOrder:
        qCInfo(lcRealtime).noquote() << "🔔 New order received:" << QString::fromUtf8(dataJson);
        break;
    case StaffEventType::WaiterCallCreated:
        qCInfo(lcRealtime).noquote() << "🔔 Waiter call received:" << QString::fromUtf8(dataJson);
        break;
    case StaffEventType::OrderStatusChange:
        qCInfo(lcRealtime).noquote() << "🔄 Order status changed:" << QString::fromUtf8(dataJson);
        break;
    case StaffEventType::CallStatusChange:
        qCInfo(lcRealtime).noquote() << "🔄 Call status changed:" << QString::fromUtf8(dataJson);
        break;
    default:
        qCInfo(lcRealtime).noquote()
            << "Event" << name << "received:" << QString::fromUtf8(dataJson);
        break;
    }

    const qint64 seq = event->seq();
    if (m_phase != Phase::Live) {
        // Catching up (or between links): hold it until the replay has reached it.
        if (seq > m_lastSeq)
            m_buffer.insert(seq, *event);
        return;
    }
    const qint64 queuedUpTo = m_liveQueue.isEmpty() ? m_lastSeq : m_liveQueue.last().seq();
    if (seq <= queuedUpTo) {
        qCDebug(lcSync) << "Ignoring duplicate event" << seq << "already at" << queuedUpTo;
        return;
    }
    if (seq == queuedUpTo + 1) {
        m_liveQueue.append(*event);
        if (!m_liveSliceScheduled) {
            m_liveSliceScheduled = true;
            QTimer::singleShot(0, this, &SyncEngine::applyLiveSlice);
        }
        return;
    }
    // A gap: apply what is queued first, so the catch-up starts from the right seq.
    while (!m_liveQueue.isEmpty()) {
        const StaffEvent queued = m_liveQueue.takeFirst();
        if (queued.seq() == m_lastSeq + 1)
            apply(queued, Via::Live);
    }
    qCInfo(lcSync).noquote() << QStringLiteral("Gap: expected seq=%1, got seq=%2; resyncing")
                                    .arg(m_lastSeq + 1)
                                    .arg(seq);
    m_buffer.insert(seq, *event);
    ++m_generation;
    setPhase(Phase::CatchingUp);
    fetchEvents();
}

void SyncEngine::applyLiveSlice()
{
    m_liveSliceScheduled = false;
    constexpr qint64 SliceBudgetNs = 8'000'000;
    QElapsedTimer slice;
    slice.start();
    while (!m_liveQueue.isEmpty() && slice.nsecsElapsed() < SliceBudgetNs) {
        const StaffEvent event = m_liveQueue.takeFirst();
        if (event.seq() == m_lastSeq + 1)
            apply(event, Via::Live);
        else if (event.seq() > m_lastSeq + 1)
            m_buffer.insert(event.seq(), event); // a catch-up started meanwhile: it drains these
    }
    if (!m_liveQueue.isEmpty()) {
        m_liveSliceScheduled = true;
        QTimer::singleShot(0, this, &SyncEngine::applyLiveSlice);
    }
}

void SyncEngine::fetchEvents()
{
    const quint64 generation = m_generation;
    m_api->fetchEvents(m_lastSeq, m_pageSize,
                       [this, generation](const ApiResult &r) { onEvents(r, generation); });
}

void SyncEngine::fetchSnapshot()
{
    const quint64 generation = m_generation;
    m_api->fetchState([this, generation](const ApiResult &r) { onSnapshot(r, generation); });
}

void SyncEngine::retryLater()
{
    m_retryTimer.start(RetryDelayMs);
}

void SyncEngine::onEvents(const ApiResult &result, quint64 generation)
{
    if (generation != m_generation)
        return;
    if (result.httpStatus == 410) {
        qCInfo(lcSync).noquote() << QStringLiteral(
                                        "Events after seq=%1 are gone (410); loading the snapshot")
                                        .arg(m_lastSeq);
        fetchSnapshot();
        return;
    }
    if (!result.isSuccess()) {
        if (!result.isUnauthorized())
            retryLater();
        return;
    }
    const QString historyId = result.body.value(QStringLiteral("historyId")).toString();
    if (!historyId.isEmpty() && !m_historyId.isEmpty() && historyId != m_historyId) {
        // The server was restored: its seqs belong to another history (even when they are past
        // ours), so what we hold may be ghosts. Exactly as a 410: start over from its state.
        // Buffered events may be the old history's too; a later gap fetches any new ones.
        qCWarning(lcSync).noquote()
            << QStringLiteral("Server history changed (%1, was %2); loading the snapshot")
                   .arg(historyId, m_historyId);
        m_buffer.clear();
        fetchSnapshot();
        return;
    }
    const qint64 latest = result.body.value(QStringLiteral("seq")).toInteger(-1);
    if (latest >= 0 && latest < m_lastSeq) {
        // The server's sequence went backwards: its data was reset. Start over from its state.
        qCWarning(lcSync).noquote()
            << QStringLiteral("Server is at seq=%1, behind our seq=%2; loading the snapshot")
                   .arg(latest)
                   .arg(m_lastSeq);
        fetchSnapshot();
        return;
    }
    const QJsonArray events = result.body.value(QStringLiteral("events")).toArray();
    m_replayQueue.clear();
    qint64 expected = m_lastSeq + 1;
    for (const QJsonValue &value : events) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QStringLiteral("event")).toString();
        QJsonObject data = entry.value(QStringLiteral("data")).toObject();
        if (!data.contains(QStringLiteral("seq")))
            data.insert(QStringLiteral("seq"), entry.value(QStringLiteral("seq")));
        QString error;
        const auto event = StaffEvent::decode(name, data, &error);
        if (!event) {
            qCWarning(lcSync).noquote() << "Replay: ignoring undecodable event" << name << error;
            continue;
        }
        if (event->seq() < expected)
            continue; // already applied
        if (event->seq() != expected) {
            qCWarning(lcSync).noquote()
                << QStringLiteral("Replay has a hole before seq=%1; loading the snapshot")
                       .arg(event->seq());
            m_replayQueue.clear();
            fetchSnapshot();
            return;
        }
        m_replayQueue.append(*event);
        ++expected;
    }
    if (latest > m_lastSeq && m_replayQueue.isEmpty()) {
        // The server says there is more but returns nothing: do not loop, start over.
        fetchSnapshot();
        return;
    }
    m_replayLatest = latest;
    applyReplaySlice(generation);
}

void SyncEngine::applyReplaySlice(quint64 generation)
{
    if (generation != m_generation)
        return;
    // A time budget per slice keeps every UI stall short, whatever one event costs.
    constexpr qint64 SliceBudgetNs = 8'000'000;
    QElapsedTimer slice;
    slice.start();
    int applied = 0;
    while (!m_replayQueue.isEmpty() && (applied == 0 || slice.nsecsElapsed() < SliceBudgetNs)) {
        const StaffEvent event = m_replayQueue.takeFirst();
        if (event.seq() == m_lastSeq + 1)
            apply(event, Via::Replay);
        ++applied;
    }
    if (!m_replayQueue.isEmpty()) {
        QTimer::singleShot(0, this, [this, generation] { applyReplaySlice(generation); });
        return;
    }
    if (m_replayLatest > m_lastSeq) {
        fetchEvents(); // more pages
        return;
    }
    drainBuffer();
}

void SyncEngine::onSnapshot(const ApiResult &result, quint64 generation)
{
    if (generation != m_generation)
        return;
    if (!result.isSuccess()) {
        if (!result.isUnauthorized())
            retryLater();
        return;
    }
    const qint64 seq = result.body.value(QStringLiteral("seq")).toInteger(0);
    QList<Order> orders;
    QList<WaiterCall> calls;
    for (const QJsonValue &value : result.body.value(QStringLiteral("orders")).toArray()) {
        QString error;
        if (auto order = Order::fromJson(value.toObject(), &error))
            orders.append(*order);
        else
            qCWarning(lcSync).noquote() << "Snapshot: ignoring an order:" << error;
    }
    for (const QJsonValue &value : result.body.value(QStringLiteral("calls")).toArray()) {
        QString error;
        if (auto call = WaiterCall::fromJson(value.toObject(), &error))
            calls.append(*call);
        else
            qCWarning(lcSync).noquote() << "Snapshot: ignoring a call:" << error;
    }
    m_orders->replaceAll(orders);
    m_calls->replaceAll(calls);
    m_lastSeq = seq;
    m_historyId = result.body.value(QStringLiteral("historyId")).toString();
    m_venue = result.body.value(QStringLiteral("venue")).toObject();
    qCInfo(lcSync).noquote() << QStringLiteral("applied seq=%1 via=snapshot orders=%2 calls=%3")
                                    .arg(seq)
                                    .arg(orders.size())
                                    .arg(calls.size());
    emit snapshotApplied(seq);
    emit backupStatusReported(result.body.value(QStringLiteral("backup")).toObject());
    drainBuffer();
}

void SyncEngine::drainBuffer()
{
    constexpr qint64 SliceBudgetNs = 8'000'000;
    QElapsedTimer slice;
    slice.start();
    const quint64 generation = m_generation;
    while (!m_buffer.isEmpty()) {
        if (slice.nsecsElapsed() > SliceBudgetNs) {
            // Many live events piled up during the catch-up: continue after the UI had a turn.
            QTimer::singleShot(0, this, [this, generation] {
                if (generation == m_generation)
                    drainBuffer();
            });
            return;
        }
        const auto first = m_buffer.begin();
        const qint64 seq = first.key();
        if (seq <= m_lastSeq) {
            m_buffer.erase(first); // came in the replay or the snapshot already
            continue;
        }
        if (seq != m_lastSeq + 1) {
            // Still a hole: the replay stopped short of the buffered events. Ask again.
            qCInfo(lcSync).noquote()
                << QStringLiteral("Gap: expected seq=%1, buffered seq=%2; resyncing")
                       .arg(m_lastSeq + 1)
                       .arg(seq);
            ++m_generation;
            setPhase(Phase::CatchingUp);
            fetchEvents();
            return;
        }
        const StaffEvent event = first.value();
        m_buffer.erase(first);
        apply(event, Via::Live);
    }
    setPhase(m_linkUp ? Phase::Live : Phase::Idle);
}

void SyncEngine::apply(const StaffEvent &event, Via via)
{
    const QJsonObject &data = event.data();
    const QString changedBy = data.value(QStringLiteral("changedBy")).toString();
    bool known = true;
    switch (event.type()) {
    case StaffEventType::NewOrder:
        if (auto order = event.order())
            m_orders->upsert(*order);
        break;
    case StaffEventType::WaiterCallCreated:
        if (auto call = event.call())
            m_calls->upsert(*call);
        break;
    case StaffEventType::OrderStatusChange: {
        const auto status = orderStatusFromWire(event.status());
        known = status
            && m_orders->applyStatusChange(event.subjectId(), *status, changedBy,
                                           timeField(data, QStringLiteral("updatedAt")),
                                           timeField(data, QStringLiteral("completedAt")));
        break;
    }
    case StaffEventType::CallStatusChange: {
        const auto status = callStatusFromWire(event.status());
        known = status
            && m_calls->applyStatusChange(
                event.subjectId(), *status, data.value(QStringLiteral("acknowledgedBy")).toString(),
                timeField(data, QStringLiteral("acknowledgedAt")),
                timeField(data, QStringLiteral("completedAt")), changedBy);
        break;
    }
    case StaffEventType::OrderStationProgress: {
        QMap<QString, QString> stations;
        const QJsonObject map = data.value(QStringLiteral("stationStatus")).toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            stations.insert(it.key(), it.value().toString());
        known = m_orders->applyStationStatus(event.subjectId(), stations, changedBy,
                                             timeField(data, QStringLiteral("createdAt")));
        break;
    }
    case StaffEventType::ProductAvailabilityChange:
        break; // nothing in the staff models shows product availability
    case StaffEventType::BackupStatus:
        emit backupStatusReported(data);
        break;
    // Applied by the models and views that listen to eventApplied() / snapshotApplied()
    // (tables and bills, the console, devices, printers): nothing in the order and call models.
    case StaffEventType::TableTabChange:
    case StaffEventType::MenuChange:
    case StaffEventType::ServiceChange:
    case StaffEventType::VenueChange:
    case StaffEventType::DeviceStatus:
    case StaffEventType::CallEscalated:
    case StaffEventType::OrderEscalated:
    case StaffEventType::TableAssignmentChange:
    case StaffEventType::PrinterStatus:
        break;
    }
    m_lastSeq = event.seq();
    qCInfo(lcSync).noquote() << QStringLiteral("applied seq=%1 via=%2 event=%3 id=%4%5")
                                    .arg(event.seq())
                                    .arg(toString(via), event.name(), event.subjectId(),
                                         known ? QString() : QStringLiteral(" (unknown, skipped)"));
    emit eventApplied(event, via);
}

} // namespace tableside::dashboard
