#include "auditlog.h"

#include "database.h"
#include "staffmember.h"

#include <QJsonDocument>

namespace tableside::server {

using Connection = Database::Connection;

QJsonObject AuditLog::Entry::toJson() const
{
    return {
        {QStringLiteral("id"), id},           {QStringLiteral("at"), Database::timeText(at)},
        {QStringLiteral("staffId"), staffId}, {QStringLiteral("staff"), staff},
        {QStringLiteral("action"), action},   {QStringLiteral("subject"), subject},
        {QStringLiteral("detail"), detail},
    };
}

AuditLog::AuditLog(Database &database)
    : m_db(database)
{ }

bool AuditLog::record(const QDateTime &at, const StaffMember *by, const QString &action,
                      const QString &subject, const QJsonObject &detail)
{
    return m_db.exec(Connection::Write,
                     QStringLiteral("INSERT INTO audit_log (at, staff_id, staff_name, action, "
                                    "subject, detail) VALUES (?, ?, ?, ?, ?, ?)"),
                     {Database::timeText(at), by ? by->id : qint64(0),
                      by ? by->name : QStringLiteral("server"), action, Database::text(subject),
                      QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
}

QList<AuditLog::Entry> AuditLog::entries(const Filter &filter) const
{
    // One statement for every filter (a cached prepared query): empty bounds match everything.
    const QString sql = QStringLiteral(
        "SELECT id, at, staff_id, staff_name, action, subject, detail FROM audit_log "
        "WHERE (? = '' OR at >= ?) AND (? = '' OR at < ?) AND (? = '' OR substr(action, 1, "
        "length(?)) = ?) AND (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?");
    // Bound as '' (not NULL: "? = ''" would never hold) when a bound is not set.
    const QString none = QStringLiteral("");
    const QString from = filter.from.isValid() ? Database::timeText(filter.from) : none;
    const QString to = filter.to.isValid() ? Database::timeText(filter.to) : none;
    const QString prefix = filter.actionPrefix.isEmpty() ? none : filter.actionPrefix;
    QList<Entry> result;
    m_db.select(Connection::Read, sql,
                {from, from, to, to, prefix, prefix, prefix,
                 filter.beforeId, filter.beforeId, qBound(1, filter.limit, 1000)},
                [&](const QSqlQuery &row) {
                    Entry entry;
                    entry.id = row.value(0).toLongLong();
                    entry.at = Database::timeFrom(row.value(1));
                    entry.staffId = row.value(2).toLongLong();
                    entry.staff = row.value(3).toString();
                    entry.action = row.value(4).toString();
                    entry.subject = row.value(5).toString();
                    entry.detail
                        = QJsonDocument::fromJson(row.value(6).toString().toUtf8()).object();
                    result.append(entry);
                });
    return result;
}

} // namespace tableside::server
