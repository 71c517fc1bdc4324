#pragma once

#include "report.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tableside::server {

/// One table of a report as CSV, JSON and the PDF show it: a name (the CSV's file name without
/// .csv), machine column names and rows of numbers (qint64) and texts.
struct ReportTable
{
    QString name;
    QStringList columns;
    QList<QVariantList> rows;

    /// UTF-8 CSV: comma, CRLF line ends and quoting as RFC 4180, a header row.
    QByteArray toCsv() const;
    /// {"columns": [...], "rows": [[...], ...]}
    QJsonObject toJson() const;
};

/// Turns a Report into its tables (summary first, then by_product, by_category, by_hour,
/// by_table, by_staff, stations, stations_slowest, station_times_histogram, calls, payments,
/// voids) and writes them as CSV files or JSON.
class ReportTables
{
public:
    static QList<ReportTable> tables(const Report &report);
    /// The histogram's buckets, in minutes from the order: [0,5), [5,10) … [60,∞).
    static QList<int> histogramBucketsMinutes();
    /// {"from","to","businessDayStartHour","summary":{metric: value},"tables":{name: table}}
    static QJsonObject toJson(const Report &report);
    /// Writes one <name>.csv per table into @p folder (created if needed); false with @p error.
    static bool writeCsvFolder(const Report &report, const QString &folder, QString *error);
};

} // namespace tableside::server
