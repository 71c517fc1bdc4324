#include "printspooler.h"

#include "codepage.h"
#include "escposencoder.h"
#include "logging.h"
#include "printerworker.h"
#include "rasterrenderer.h"
#include "store.h"
#include "ticketlayout.h"

#include <QPointer>
#include <QThread>

namespace tableside::server {

namespace {

// Orders older than this are not printed as "late" (a server started after a long stop must
// not print yesterday's tickets).
constexpr qint64 LateHorizonSeconds = 6 * 3600;

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

struct PrintSpooler::Slot
{
    PrinterSettings settings;
    QThread thread;
    PrinterWorker *worker = nullptr;
    QString state = QStringLiteral("unknown");
    QString message;
    QDateTime changedAt;
    bool busy = false; // a job is claimed, being sent, or its outcome not yet committed
    qint64 jobId = 0;
    qint64 jobTicket = 0;
    int retryMs = 0;
    QTimer retry;
};

PrintSpooler::PrintSpooler(Store &store, QList<PrinterSettings> printers, QObject *parent)
    : PrintSpooler(store, std::move(printers), Options(), parent)
{ }

PrintSpooler::PrintSpooler(Store &store, QList<PrinterSettings> printers, Options options,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_printers(std::move(printers))
    , m_options(options)
{
    qRegisterMetaType<PrintResult>();
    for (const PrinterSettings &settings : std::as_const(m_printers)) {
        auto slot = std::make_shared<Slot>();
        slot->settings = settings;
        slot->retryMs = m_options.firstRetryMs;
        slot->retry.setSingleShot(true);
        slot->worker = new PrinterWorker(settings, m_options.timeouts);
        slot->worker->moveToThread(&slot->thread);
        connect(&slot->thread, &QThread::finished, slot->worker, &QObject::deleteLater);
        const QString name = settings.name;
        connect(slot->worker, &PrinterWorker::done, this,
                [this, name](qint64 ticket, const PrintResult &result) {
                    onDone(name, ticket, result);
                });
        Slot *raw = slot.get();
        connect(&slot->retry, &QTimer::timeout, this, [this, raw] { kick(*raw); });
        m_slots.insert(name, slot);
    }
    m_lateTimer.setInterval(m_options.lateCheckMs);
    connect(&m_lateTimer, &QTimer::timeout, this, &PrintSpooler::queueLateTickets);
    connect(&m_store, &Store::eventCommitted, this, &PrintSpooler::onEvent);
}

PrintSpooler::~PrintSpooler()
{
    // A send in progress ends within its timeouts; the job stays "sending" → "uncertain".
    for (const auto &slot : std::as_const(m_slots)) {
        slot->thread.quit();
        slot->thread.wait();
    }
}

void PrintSpooler::start()
{
    if (m_started)
        return;
    QList<PrintRule> rules;
    for (const PrinterSettings &p : std::as_const(m_printers)) {
        if (p.when == PrinterSettings::When::NewOrder || p.when == PrinterSettings::When::Start)
            rules.append({p.name, p.station, PrinterSettings::whenName(p.when)});
    }
    m_store.setPrintRules(rules);
    QStringList names;
    for (const PrinterSettings &p : std::as_const(m_printers))
        names.append(p.name);
    const auto interrupted = m_store.markInterruptedPrintJobs(names);
    m_store.flush();
    if (interrupted.ok() && interrupted.value() > 0)
        qCWarning(lcPrinting) << interrupted.value()
                              << "print jobs were cut off by a crash: marked uncertain, not resent";
    for (const PrinterStateRecord &record : m_store.printerStates()) {
        if (const auto slot = m_slots.value(record.printer)) {
            slot->state = record.state;
            slot->message = record.message;
            slot->changedAt = record.changedAt;
        }
    }
    m_started = true;
    for (const auto &slot : std::as_const(m_slots)) {
        slot->thread.setObjectName(QStringLiteral("printer-%1").arg(slot->settings.name));
        slot->thread.start();
        // A first look at each printer, so the dashboards' indicator is right before a ticket.
        const qint64 ticket = m_nextTicket++;
        m_tests.insert(ticket, {});
        QMetaObject::invokeMethod(
            slot->worker, [worker = slot->worker, ticket] { worker->send(ticket, {}, true); },
            Qt::QueuedConnection);
    }
    m_lateTimer.start();
    qCInfo(lcPrinting) << m_slots.size() << "printers";
    kick();
}

const PrinterSettings *PrintSpooler::printer(const QString &name) const
{
    const auto slot = m_slots.value(name);
    return slot ? &slot->settings : nullptr;
}

QString PrintSpooler::state(const QString &name) const
{
    const auto slot = m_slots.value(name);
    return slot ? slot->state : QString();
}

QJsonObject PrintSpooler::printerJson(const QString &name) const
{
    const auto slot = m_slots.value(name);
    if (!slot)
        return {};
    const PrinterSettings &p = slot->settings;
    const auto codePage = CodePage::fromName(p.codePage);
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("station"), p.station},
            {QStringLiteral("codePage"), p.codePage},
            {QStringLiteral("codeTable"),
             p.isRaster() ? QJsonValue()
                          : QJsonValue(p.codeTable >= 0 ? p.codeTable
                                           : codePage   ? codePage->epsonTable()
                                                        : 0)},
            {QStringLiteral("width"), p.width},
            {QStringLiteral("columns"), p.columns()},
            {QStringLiteral("when"), PrinterSettings::whenName(p.when)},
            {QStringLiteral("lateSeconds"), p.lateSeconds},
            {QStringLiteral("bills"), p.bills},
            {QStringLiteral("state"), slot->state},
            {QStringLiteral("message"), slot->message},
            {QStringLiteral("changedAt"),
             slot->changedAt.isValid() ? QJsonValue(slot->changedAt.toString(Qt::ISODateWithMs))
                                       : QJsonValue()},
            {QStringLiteral("jobs"), m_store.printJobCounts(p.name)}};
}

QByteArray PrintSpooler::render(const PrintJob &job, QString *error) const
{
    const PrinterSettings *p = printer(job.draft.printer);
    if (!p) {
        if (error)
            *error = tr("no printer called %1 in the config").arg(job.draft.printer);
        return {};
    }
    const TicketDocument doc = TicketLayout::layout(job.draft.kind, job.draft.payload,
                                                    job.draft.copy, p->columns(), now());
    if (p->isRaster()) {
        if (!RasterRenderer::available()) {
            if (error)
                *error = tr("raster mode needs the server's fonts (QGuiApplication)");
            return {};
        }
        return EscPosEncoder::raster(RasterRenderer::render(doc, p->dots()));
    }
    const auto codePage = CodePage::fromName(p->codePage);
    if (!codePage) {
        if (error)
            *error = tr("unknown code page %1").arg(p->codePage);
        return {};
    }
    return EscPosEncoder::text(doc, *codePage, p->codeTable);
}

void PrintSpooler::kick()
{
    for (const auto &slot : std::as_const(m_slots))
        kick(*slot);
}

void PrintSpooler::kick(Slot &slot)
{
    if (!m_started || slot.busy || slot.retry.isActive())
        return;
    const std::optional<PrintJob> job = m_store.nextPrintJob(slot.settings.name);
    if (!job)
        return;
    const QDateTime at = now();
    if (job->notBefore.isValid() && job->notBefore > at) {
        slot.retry.start(
            int(qBound(qint64(1), at.msecsTo(job->notBefore), qint64(m_options.maxRetryMs))));
        return;
    }
    slot.busy = true;
    const StoreOutcome<PrintJob> claimed = m_store.claimPrintJob(job->id);
    const QString name = slot.settings.name;
    // Not a byte before the claim is durable: that is what makes a crash print at most once.
    m_store.whenCommitted(this, [this, name, claimed](bool committed) {
        const auto slot = m_slots.value(name);
        if (!slot)
            return;
        if (!committed || !claimed.ok()) {
            slot->busy = false;
            retryLater(*slot);
            return;
        }
        sendClaimed(*slot, claimed.value());
    });
}

void PrintSpooler::sendClaimed(Slot &slot, const PrintJob &job)
{
    QString error;
    const QByteArray bytes = render(job, &error);
    if (bytes.isEmpty()) {
        qCWarning(lcPrinting) << "job" << job.id << "cannot be printed:" << error;
        m_store.failPrintJob(job.id, error);
        const QString name = slot.settings.name;
        m_store.whenCommitted(this, [this, name](bool) {
            if (const auto slot = m_slots.value(name)) {
                slot->busy = false;
                kick(*slot);
            }
        });
        return;
    }
    slot.jobId = job.id;
    slot.jobTicket = m_nextTicket++;
    QMetaObject::invokeMethod(
        slot.worker,
        [worker = slot.worker, ticket = slot.jobTicket, bytes] {
            worker->send(ticket, bytes, false);
        },
        Qt::QueuedConnection);
}

void PrintSpooler::onDone(const QString &printer, qint64 ticket, const PrintResult &result)
{
    const auto slot = m_slots.value(printer);
    if (!slot)
        return;
    if (m_tests.contains(ticket)) {
        const auto done = m_tests.take(ticket);
        setState(*slot, result.stateName(), result.message);
        if (done)
            done(result);
        return;
    }
    if (ticket != slot->jobTicket)
        return;
    const qint64 jobId = std::exchange(slot->jobId, 0);
    slot->jobTicket = 0;
    setState(*slot, result.stateName(), result.message);
    if (result.state == PrintResult::State::Ok) {
        slot->retryMs = m_options.firstRetryMs;
        m_store.finishPrintJob(jobId);
        m_store.whenCommitted(this, [this, printer, jobId](bool committed) {
            const auto slot = m_slots.value(printer);
            if (!slot)
                return;
            slot->busy = false;
            if (committed)
                emit jobPrinted(jobId);
            kick(*slot);
        });
        return;
    }
    // Offline, paper out, broken: the job goes back to the head of this printer's queue, as a
    // COPY when part of it may already be on paper.
    qCInfo(lcPrinting) << printer << "job" << jobId << result.stateName() << result.message;
    m_store.deferPrintJob(jobId, result.message, now().addMSecs(slot->retryMs), result.partial);
    m_store.whenCommitted(this, [this, printer](bool) {
        const auto slot = m_slots.value(printer);
        if (!slot)
            return;
        slot->busy = false;
        retryLater(*slot);
    });
}

void PrintSpooler::retryLater(Slot &slot)
{
    slot.retry.start(slot.retryMs);
    slot.retryMs = qMin(slot.retryMs * 2, m_options.maxRetryMs);
}

void PrintSpooler::setState(Slot &slot, const QString &state, const QString &message)
{
    slot.message = message;
    if (slot.state == state)
        return;
    slot.state = state;
    slot.changedAt = now();
    qCInfo(lcPrinting) << slot.settings.name << "is" << state << message;
    m_store.recordPrinterState(slot.settings.name, state, message);
    emit printerStateChanged(slot.settings.name, state, message);
}

void PrintSpooler::testPrint(const QString &name, QObject *context,
                             std::function<void(const PrintResult &)> done)
{
    const auto slot = m_slots.value(name);
    if (!slot || !m_started) {
        PrintResult result;
        result.message = tr("no printer called %1").arg(name);
        done(result);
        return;
    }
    const PrinterSettings &p = slot->settings;
    const auto codePage = CodePage::fromName(p.codePage);
    PrintJob job;
    job.draft.printer = name;
    job.draft.kind = QStringLiteral("test");
    job.draft.payload = {{QStringLiteral("printer"), name},
                         {QStringLiteral("codePage"), p.codePage},
                         {QStringLiteral("codeTable"),
                          p.codeTable >= 0 ? p.codeTable
                              : codePage   ? codePage->epsonTable()
                                           : 0},
                         {QStringLiteral("width"), p.width}};
    QString error;
    const QByteArray bytes = render(job, &error);
    if (bytes.isEmpty()) {
        PrintResult result;
        result.message = error;
        done(result);
        return;
    }
    const qint64 ticket = m_nextTicket++;
    QPointer<QObject> guard(context);
    m_tests.insert(ticket, [guard, done = std::move(done)](const PrintResult &result) {
        if (guard)
            done(result);
    });
    QMetaObject::invokeMethod(
        slot->worker,
        [worker = slot->worker, ticket, bytes] { worker->send(ticket, bytes, false); },
        Qt::QueuedConnection);
}

void PrintSpooler::queueLateTickets()
{
    const QDateTime at = now();
    QList<Order> orders;
    bool loaded = false;
    for (const auto &slot : std::as_const(m_slots)) {
        const PrinterSettings &p = slot->settings;
        if (p.when != PrinterSettings::When::Late)
            continue;
        if (!loaded) {
            orders = m_store.activeOrders();
            loaded = true;
        }
        for (const Order &order : std::as_const(orders)) {
            const qint64 age = order.createdAt.secsTo(at);
            if (age < p.lateSeconds || age > LateHorizonSeconds
                || !order.stations().contains(p.station))
                continue;
            // Started by a screen: the order (dashboard) or this station (kitchen screen).
            const QString stationState = order.stationStatus.value(p.station);
            if (order.status != OrderStatus::Pending
                || (!stationState.isEmpty() && stationState != u"pending"))
                continue;
            const QString key = QStringLiteral("late:%1:%2").arg(order.id, p.station);
            if (m_lateQueued.contains(p.name + key))
                continue;
            PrintJobDraft draft;
            draft.printer = p.name;
            draft.kind = QStringLiteral("ticket");
            draft.trigger = QStringLiteral("late");
            draft.orderId = order.id;
            draft.tableNumber = order.tableNumber;
            draft.station = p.station;
            draft.payload = Store::ticketPayload(order, p.station);
            draft.dedupKey = key;
            if (m_store.queuePrintJob(draft).ok())
                m_lateQueued.insert(p.name + key);
        }
    }
    if (loaded)
        m_store.whenCommitted(this, [this](bool) { kick(); });
}

void PrintSpooler::queueCallSlip(const QString &callId)
{
    const std::optional<WaiterCall> call = m_store.findCall(callId);
    if (!call || call->status != CallStatus::Pending)
        return;
    bool queued = false;
    for (const PrinterSettings &p : std::as_const(m_printers)) {
        if (!p.calls)
            continue;
        PrintJobDraft draft;
        draft.printer = p.name;
        draft.kind = QStringLiteral("call");
        draft.trigger = QStringLiteral("call");
        draft.tableNumber = call->tableNumber;
        draft.payload = {{QStringLiteral("tableNumber"), call->tableNumber},
                         {QStringLiteral("callType"), toWireString(call->type)},
                         {QStringLiteral("message"), call->message},
                         {QStringLiteral("waitingSeconds"), qint64(call->createdAt.secsTo(now()))}};
        draft.dedupKey = QStringLiteral("call:%1").arg(call->id); // one slip per call
        queued = m_store.queuePrintJob(draft).ok() || queued;
    }
    if (queued)
        m_store.whenCommitted(this, [this](bool) { kick(); });
}

void PrintSpooler::onEvent(const StaffEvent &event)
{
    // Not inside eventCommitted itself: the commit that emits it answers its whenCommitted
    // callbacks right after, and a claim staged now would count as committed before it is.
    if (event.name() == u"new-order" || event.name().startsWith(u"order-"))
        QMetaObject::invokeMethod(this, qOverload<>(&PrintSpooler::kick), Qt::QueuedConnection);
    if (event.type() == StaffEventType::CallEscalated) {
        const QString callId = event.data().value(QStringLiteral("callId")).toString();
        QMetaObject::invokeMethod(
            this, [this, callId] { queueCallSlip(callId); }, Qt::QueuedConnection);
    }
}

} // namespace tableside::server
