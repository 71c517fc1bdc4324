#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tableside::server {

/// Which printer prints a station's tickets, and on what (the store queues them in the job of
/// the order's own write: "new-order" in createOrder, "start" in a station's start).
struct PrintRule
{
    QString printer;
    QString station;
    QString when; ///< "new-order", "start" or "late" (late ones are queued by the spooler)
};

/// What to print, as queued: the payload holds everything the ticket shows (frozen at queue
/// time, so a reprint or a retry prints the same lines).
struct PrintJobDraft
{
    QString printer;
    QString kind; ///< "ticket", "bill", "test" or "call"
    QString trigger; ///< "new-order", "start", "late", "reprint", "bill", "test", "call"
    QString orderId;
    int tableNumber = 0;
    QString station;
    bool copy = false; ///< printed with "COPY"/"КОПИЕ"
    QJsonObject payload;
    QString dedupKey; ///< empty = never deduplicated (reprints, bills, tests)
};

/// A durable print job: queued → sending (committed before the first byte) → done; a job found
/// "sending" at start-up becomes "uncertain" and is not sent again on its own.
struct PrintJob
{
    qint64 id = 0;
    PrintJobDraft draft;
    QString state; ///< queued, sending, done, uncertain, failed
    int attempts = 0;
    QDateTime notBefore; ///< retry time (invalid = now)
    QString lastError;
    QDateTime createdAt;
    QDateTime doneAt;

    QJsonObject toJson() const;
};

/// A printer's last recorded state ("ok", "offline", "paper_out", "error", "unknown").
struct PrinterStateRecord
{
    QString printer;
    QString state;
    QString message;
    QDateTime changedAt;
};

} // namespace tableside::server
