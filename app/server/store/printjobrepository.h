#pragma once

#include "database.h"
#include "order.h"
#include "printrecords.h"
#include "storeoutcome.h"

#include <optional>

namespace tableside::server {

/// The durable print queue (print_jobs) and each printer's last state (printer_states). The
/// automatic tickets are queued inside the job of the write that causes them, by the rules the
/// printing layer hands over (setRules), so an order and its tickets commit together.
class PrintJobRepository
{
public:
    explicit PrintJobRepository(Database &database);

    void setRules(const QList<PrintRule> &rules) { m_rules = rules; }
    const QList<PrintRule> &rules() const { return m_rules; }

    /// What a station ticket of @p order for @p station carries: the order with only that
    /// station's items.
    static QJsonObject ticketPayload(const Order &order, const QString &station);

    // Inside a job:
    /// Queues a ticket on every printer whose rule matches @p trigger and one of the order's
    /// stations (only @p station when given); false on a storage failure.
    bool queueForOrder(const Order &order, const QString &trigger, const QDateTime &now,
                       const QString &station = {});
    /// The new job's id, or 0 when a job with the same printer and dedup key exists.
    std::optional<qint64> queue(const PrintJobDraft &draft, const QDateTime &now);
    /// queued → sending (and one more attempt); refused when the job is not queued.
    StoreOutcome<PrintJob> claim(qint64 id);
    /// sending → done.
    StoreOutcome<bool> finish(qint64 id, const QDateTime &now);
    /// sending → queued, to try again at @p notBefore (as a copy when the ticket may have been
    /// cut off mid-way).
    StoreOutcome<bool> defer(qint64 id, const QString &error, const QDateTime &notBefore,
                             bool asCopy);
    /// sending or queued → failed (the printer is gone from the config, or the job is unusable).
    StoreOutcome<bool> fail(qint64 id, const QString &error, const QDateTime &now);
    /// Every job left "sending" by a crash becomes "uncertain"; how many.
    std::optional<int> markInterrupted(const QStringList &printers);
    /// Keeps @p state for @p printer; true when it differs from the last one kept.
    std::optional<bool> recordState(const QString &printer, const QString &state,
                                    const QString &message, const QDateTime &now);

    // Reads (committed data):
    std::optional<PrintJob> find(Database::Connection connection, qint64 id);
    /// The oldest queued job of @p printer (its not_before may still be ahead).
    std::optional<PrintJob> nextQueued(const QString &printer);
    /// The newest @p limit jobs (of @p printer, or of every printer when empty).
    QList<PrintJob> recent(const QString &printer, int limit);
    /// Jobs per state of @p printer ({"queued": 2, "uncertain": 1}).
    QJsonObject counts(const QString &printer);
    QList<PrinterStateRecord> states();

private:
    QList<PrintJob> load(Database::Connection connection, const QString &where,
                         const QVariantList &binds, const QString &tail);
    int changed(const QString &sql, const QVariantList &binds);

    Database &m_db;
    QList<PrintRule> m_rules;
};

} // namespace tableside::server
