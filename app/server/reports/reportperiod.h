#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

class QUrlQuery;

namespace tableside::server {

/// A report's business days (from … to, inclusive) and where they begin and end in UTC: a
/// business day D runs from D at the start hour, local time, to D+1 at the start hour.
struct ReportPeriod
{
    QDate from;
    QDate to;

    /// Longest period one report covers (a leap year and a bit).
    static constexpr int MaximumDays = 400;

    /// From ?day=YYYY-MM-DD or ?from=…&to=…; nullopt with @p error (translated) when invalid.
    static std::optional<ReportPeriod> fromQuery(const QUrlQuery &query, QString *error);
    /// From the command line's --day or --from/--to values (empty = not given).
    static std::optional<ReportPeriod> fromTexts(const QString &day, const QString &from,
                                                 const QString &to, QString *error);

    QDateTime startUtc(int businessDayStartHour) const;
    QDateTime endUtc(int businessDayStartHour) const;
    /// "2026-03-29" or "2026-03-01 – 2026-03-31".
    QString label() const;
    /// "2026-03-29" or "2026-03-01_2026-03-31" (file names).
    QString fileStem() const;
};

} // namespace tableside::server
