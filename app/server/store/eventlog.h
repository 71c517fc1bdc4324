#pragma once

#include "database.h"
#include "store.h"

#include <QDateTime>
#include <optional>

namespace tableside::server {

/// Reads of the staff channel's event log (pages after a seq, the latest seq, when a station
/// or an order last reported ready) and its pruning. Appending is WriteBatch's alone.
class EventLog
{
public:
    explicit EventLog(Database &database);

    /// The one channel the log keeps ("staff").
    static QString channel();
    /// The PostgreSQL NOTIFY channel a commit announces its last seq on (issue 21).
    static QString notifyChannel();

    /// The last seq the channels table holds, as seen by @p connection (nullopt: no channel).
    std::optional<qint64> storedSeq(Database::Connection connection);
    /// Up to @p limit committed events with seq > @p after (see Store::eventsAfter()).
    Store::EventPage after(qint64 after, int limit);
    /// Inside a job: when @p station last reported order @p orderId ready, or, with an empty
    /// @p station, when the order itself last became ready. An invalid time when the log holds
    /// no such report; nullopt when the log could not be read.
    std::optional<QDateTime> lastReadyAt(const QString &orderId, const QString &station);
    /// Inside a job: deletes events created before @p before; how many, or -1 on failure.
    int prune(const QDateTime &before);

private:
    Database &m_db;
};

} // namespace tableside::server
