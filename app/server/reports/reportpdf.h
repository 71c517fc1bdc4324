#pragma once

#include "report.h"

#include <QString>

namespace tableside::server {

/// The report as an A4 PDF (QPdfWriter): key numbers, charts (sales by hour, top products,
/// order → ready per station, call response times) and the tables, in the language the
/// installed translator gives (bg or en; @p language picks the product and category names).
/// Needs a QGuiApplication (fonts).
class ReportPdf
{
public:
    static bool write(const Report &report, const QString &path, const QString &language,
                      QString *error);
};

} // namespace tableside::server
