#pragma once

#include <QList>
#include <QString>

namespace tableside::server {

/// A ticket as lines to print, before it becomes ESC/POS text or a raster image: what both
/// modes (and the tests' decoder) agree on.
struct TicketDocument
{
    struct Line
    {
        enum class Align { Left, Center, Right };
        QString text;
        bool bold = false;
        bool big = false; ///< double width and height: half the columns
        Align align = Align::Left;
        bool rule = false; ///< a full-width separator (text ignored)
        QString right; ///< a second column, flush right (a price)

        /// The line as @p columns monospace characters (text mode, the tests' decoder).
        QString composed(int columns) const
        {
            if (rule)
                return QString(columns, u'-');
            if (right.isEmpty())
                return text.left(big ? columns / 2 : columns);
            const QString l = text.left(qMax(0, columns - int(right.size()) - 1));
            return l + QString(columns - l.size() - right.size(), u' ') + right;
        }
    };

    int columns = 48; ///< 48 at 80 mm, 32 at 58 mm (font A)
    QList<Line> lines;

    void add(const QString &text, bool bold = false, bool big = false,
             Line::Align align = Line::Align::Left)
    {
        lines.append({text, bold, big, align, false, QString()});
    }
    void addRule() { lines.append({QString(), false, false, Line::Align::Left, true, QString()}); }
    /// Left text and right text on one line (a price), the left part cut to fit.
    void addColumns(const QString &left, const QString &right, bool bold = false)
    {
        lines.append({left, bold, false, Line::Align::Left, false, right});
    }
};

} // namespace tableside::server
