#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>

class QPainter;

namespace tableside::server {

/// Simple charts painted with QPainter for the report's PDF: vertical bars (one or more
/// series side by side per label) and horizontal bars, with a title, axis labels and values.
class ReportCharts
{
public:
    struct Series
    {
        QString name;
        QColor color;
        QList<qint64> values; ///< one per label
    };
    using Format = std::function<QString(qint64)>;

    static void bars(QPainter &painter, const QRectF &rect, const QString &title,
                     const QStringList &labels, const QList<Series> &series, const Format &format);
    static void horizontalBars(QPainter &painter, const QRectF &rect, const QString &title,
                               const QStringList &labels, const QList<qint64> &values,
                               const QColor &color, const Format &format);
    static QList<QColor> palette();
};

} // namespace tableside::server
