#pragma once

#include "databasesettings.h"
#include "report.h"
#include "reportperiod.h"

#include <QString>
#include <optional>

namespace tableside::server {

/// Computes a Report from the store's database through its OWN read-only connection
/// (ReportConnection: the SQLite file or PostgreSQL; this class cannot write). Everything is
/// aggregated in SQL over indexes (schema 8); only per-order and per-duration figures come
/// back to be bucketed (local hours) and ranked (percentiles).
class ReportQuery
{
public:
    /// The store's database: what @p database names, else tableside.db in @p dataDir.
    /// @p businessDayStartHour as the store's.
    ReportQuery(DatabaseSettings database, QString dataDir, int businessDayStartHour);

    /// The report for @p period; nullopt with @p error when the database cannot be read.
    std::optional<Report> run(const ReportPeriod &period, QString *error) const;

    /// Ranks @p values (any order) into stats; nearest-rank percentiles. Public for tests.
    static DurationStats statsOf(QList<qint64> values);

private:
    DatabaseSettings m_database;
    QString m_dataDir;
    int m_startHour;
};

} // namespace tableside::server
