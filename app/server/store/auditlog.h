#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tableside {
struct StaffMember;
}

namespace tableside::server {

class Database;

/// The manager's audit log: who changed what and when (menu, prices, staff, tables, switches,
/// payments voided). Append-only: nothing in the server updates or deletes a row, and it is
/// kept with the data (backups carry it) rather than in the pruned event log.
class AuditLog
{
public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        qint64 staffId = 0; ///< 0 = the command line or the server itself
        QString staff; ///< the member's name at the time
        QString action; ///< e.g. "product.create", "payment.void" (docs/api.md lists them)
        QString subject; ///< what it was done to: a product id, a table number, a name
        QJsonObject detail; ///< before/after values, a reason
        QJsonObject toJson() const;
    };

    struct Filter
    {
        QDateTime from; ///< inclusive; invalid = from the start
        QDateTime to; ///< exclusive; invalid = up to now
        QString actionPrefix; ///< "product." for every product change; empty = all
        qint64 beforeId = 0; ///< paging: entries older than this id; 0 = newest first
        int limit = 200;
    };

    explicit AuditLog(Database &database);

    /// Inside a job (the change and its entry commit together): appends one entry at @p at.
    bool record(const QDateTime &at, const StaffMember *by, const QString &action,
                const QString &subject, const QJsonObject &detail = {});
    /// Committed entries, newest first.
    QList<Entry> entries(const Filter &filter) const;

private:
    Database &m_db;
};

} // namespace tableside::server
