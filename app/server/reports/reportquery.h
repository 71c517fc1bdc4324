#pragma once

#include "report.h"
#include "reportperiod.h"

#include <QString>
#include <optional>

namespace tableside::server {

/// Computes a Report from the store's database file through its OWN read-only SQLite
/// connection (a WAL reader never blocks the server's writer, and this class cannot write).
/// Everything is aggregated in SQL over indexes (schema 8); only per-order and per-duration
/// figures come back to be bucketed (local hours) and ranked (percentiles).
class ReportQuery
{
public:
    /// @p databasePath: the store's tableside.db. @p businessDayStartHour as the store's.
    ReportQuery(QString databasePath, int businessDayStartHour);

    /// The report for @p period; nullopt with @p error when the database cannot be read.
    std::optional<Report> run(const ReportPeriod &period, QString *error) const;

    /// Ranks @p values (any order) into stats; nearest-rank percentiles. Public for tests.
    static DurationStats statsOf(QList<qint64> values);

private:
    QString m_path;
    int m_startHour;
};

} // namespace tableside::server
