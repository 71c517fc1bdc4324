#pragma once

#include "printersettings.h"
#include "printertransport.h"
#include "printrecords.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>

namespace tableside {
class StaffEvent;
}

namespace tableside::server {

class Store;
class PrinterWorker;

/// Sends the durable print queue to the configured printers: per printer in job order, one at
/// a time, on the printer's own thread; retries with backoff while it is offline or out of
/// paper; reports each printer's state change as printer-status; queues the "late" tickets.
///
/// Delivery is at-most-once: a job is claimed (queued → sending) and that is committed before
/// its first byte goes out, and it is marked done after the last byte and the status read-back.
/// A crash in between leaves it "sending", which the next start turns into "uncertain": shown
/// to the manager (GET /api/admin/printers), reprinted only on request, marked COPY.
class PrintSpooler : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int firstRetryMs = 1000; ///< then doubled up to maxRetryMs
        int maxRetryMs = 30000;
        int lateCheckMs = 5000;
        PrintTimeouts timeouts;
    };

    PrintSpooler(Store &store, QList<PrinterSettings> printers, QObject *parent = nullptr);
    PrintSpooler(Store &store, QList<PrinterSettings> printers, Options options,
                 QObject *parent = nullptr);
    ~PrintSpooler() override;

    /// Hands the station rules to the store, turns interrupted jobs into "uncertain", starts
    /// the printers' threads and sends what is queued.
    void start();

    const QList<PrinterSettings> &printers() const { return m_printers; }
    const PrinterSettings *printer(const QString &name) const;
    /// {"name","address","station","codePage","codeTable","width","columns","when",
    ///  "lateSeconds","state","message","changedAt","jobs":{"queued":n,…}}
    QJsonObject printerJson(const QString &name) const;
    /// The state last seen ("unknown" before the first exchange).
    QString state(const QString &name) const;

    /// Prints the test page on @p name now (not queued) and calls @p done with the printer's
    /// real answer.
    void testPrint(const QString &name, QObject *context,
                   std::function<void(const PrintResult &)> done);
    /// The bytes a job would send (the test decoder and docs use them too).
    QByteArray render(const PrintJob &job, QString *error = nullptr) const;

    /// Looks at the queue now (after a job was queued outside an order's write).
    void kick();

signals:
    /// A printer's state changed (ok, offline, paper_out, error).
    void printerStateChanged(const QString &printer, const QString &state, const QString &message);
    /// A job was written to its printer and marked done (tests, metrics).
    void jobPrinted(qint64 jobId);

private:
    struct Slot;
    void kick(Slot &slot);
    void sendClaimed(Slot &slot, const PrintJob &job);
    void onDone(const QString &printer, qint64 ticket, const PrintResult &result);
    void setState(Slot &slot, const QString &state, const QString &message);
    void retryLater(Slot &slot);
    void queueLateTickets();
    void onEvent(const tableside::StaffEvent &event);
    /// A waiter call nobody acknowledged (call-escalated): a slip on printers with calls=true.
    void queueCallSlip(const QString &callId);

    Store &m_store;
    QList<PrinterSettings> m_printers;
    Options m_options;
    QHash<QString, std::shared_ptr<Slot>> m_slots;
    QTimer m_lateTimer;
    QSet<QString> m_lateQueued; // dedup keys already queued this run (the store dedups too)
    qint64 m_nextTicket = 1;
    QHash<qint64, std::function<void(const PrintResult &)>> m_tests;
    bool m_started = false;
};

} // namespace tableside::server
