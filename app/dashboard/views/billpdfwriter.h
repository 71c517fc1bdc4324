#pragma once

#include "language.h"
#include "tablebill.h"

#include <QDateTime>
#include <QStringList>

namespace tableside::dashboard {

/// Writes a table's bill as a PDF for an 80 mm receipt printer (A6 tall, longer when the bill
/// needs it): venue lines, items, totals in EUR with BGN beside them, payments, and "Not a fiscal
/// receipt" in the bill's language (the fiscal receipt comes from the venue's cash register).
class BillPdfWriter
{
public:
    static constexpr qreal PageWidthMm = 80;
    static constexpr qreal MinimumHeightMm = 148; ///< A6's height

    explicit BillPdfWriter(Language language = Language::Bulgarian);

    void setVenueLines(const QStringList &lines) { m_venueLines = lines; }
    /// The venue lines from the server's venue/* settings: the name ("Tableside" when empty),
    /// the address and "Tax ID …" in the bill's language, each only when set.
    void setVenue(const QString &name, const QString &address, const QString &taxId);
    /// The time printed on the bill (default: now).
    void setPrintedAt(const QDateTime &at) { m_printedAt = at; }
    /// Writes @p bill to @p path; false (and errorString()) when the file cannot be written.
    bool write(const TableBill &bill, const QString &path);
    QString errorString() const { return m_error; }
    /// The page height of the last write, in millimetres.
    qreal lastHeightMm() const { return m_lastHeightMm; }

    /// @p source (a QT_TRANSLATE_NOOP("BillPdfWriter", …) text) in @p language, whatever
    /// language the dashboard itself shows.
    static QString translate(Language language, const char *source);

private:
    struct Row;
    QList<Row> rows(const TableBill &bill) const;
    QString text(const char *source) const { return translate(m_language, source); }

    Language m_language;
    QStringList m_venueLines;
    QDateTime m_printedAt;
    QString m_error;
    qreal m_lastHeightMm = 0;
};

} // namespace tableside::dashboard
