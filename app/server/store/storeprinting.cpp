// Store's part for issue 19: the durable print queue and the printers' states. The station
// tickets of a new order or a station's start are queued by createOrder / stepStation in the
// same job (PrintJobRepository::queueForOrder); everything else comes through here.
#include "store.h"

#include "storeprivate.h"

namespace tableside::server {

using Connection = Database::Connection;

void Store::setPrintRules(const QList<PrintRule> &rules)
{
    d->printJobs.setRules(rules);
}

StoreOutcome<qint64> Store::queuePrintJob(const PrintJobDraft &draft)
{
    return d->batch.run<qint64>([&]() -> StoreOutcome<qint64> {
        const std::optional<qint64> id = d->printJobs.queue(draft, d->clock.now());
        if (!id)
            return StoreError::storage();
        return *id;
    });
}

StoreOutcome<PrintJob> Store::claimPrintJob(qint64 id)
{
    return d->batch.run<PrintJob>([&] { return d->printJobs.claim(id); });
}

StoreOutcome<bool> Store::finishPrintJob(qint64 id)
{
    return d->batch.run<bool>([&] { return d->printJobs.finish(id, d->clock.now()); });
}

StoreOutcome<bool> Store::deferPrintJob(qint64 id, const QString &error, const QDateTime &notBefore,
                                        bool asCopy)
{
    return d->batch.run<bool>([&] { return d->printJobs.defer(id, error, notBefore, asCopy); });
}

StoreOutcome<bool> Store::failPrintJob(qint64 id, const QString &error)
{
    return d->batch.run<bool>([&] { return d->printJobs.fail(id, error, d->clock.now()); });
}

StoreOutcome<int> Store::markInterruptedPrintJobs(const QStringList &printers)
{
    return d->batch.run<int>([&]() -> StoreOutcome<int> {
        const std::optional<int> count = d->printJobs.markInterrupted(printers);
        if (!count)
            return StoreError::storage();
        return *count;
    });
}

StoreOutcome<qint64> Store::recordPrinterState(const QString &printer, const QString &state,
                                               const QString &message)
{
    return d->batch.run<qint64>([&]() -> StoreOutcome<qint64> {
        const QDateTime now = d->clock.now();
        const std::optional<bool> changed = d->printJobs.recordState(printer, state, message, now);
        if (!changed)
            return StoreError::storage();
        if (!*changed)
            return qint64(0);
        qint64 appended = 0;
        if (!d->batch.appendEvent([&](qint64 seq) {
                appended = seq;
                return StaffEvent::make(StaffEventType::PrinterStatus,
                                        {{QStringLiteral("printer"), printer},
                                         {QStringLiteral("state"), state},
                                         {QStringLiteral("message"), message}},
                                        seq, now);
            }))
            return StoreError::storage();
        return appended;
    });
}

std::optional<PrintJob> Store::nextPrintJob(const QString &printer) const
{
    return d->printJobs.nextQueued(printer);
}

std::optional<PrintJob> Store::findPrintJob(qint64 id) const
{
    return d->printJobs.find(Connection::Read, id);
}

QList<PrintJob> Store::printJobs(const QString &printer, int limit) const
{
    return d->printJobs.recent(printer, limit);
}

QJsonObject Store::printJobCounts(const QString &printer) const
{
    return d->printJobs.counts(printer);
}

QList<PrinterStateRecord> Store::printerStates() const
{
    return d->printJobs.states();
}

QJsonObject Store::ticketPayload(const Order &order, const QString &station)
{
    return PrintJobRepository::ticketPayload(order, station);
}

} // namespace tableside::server
