#include "reportcharts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace tableside::server {

namespace {

qint64 maximumOf(const QList<ReportCharts::Series> &series)
{
    qint64 maximum = 0;
    for (const auto &s : series)
        for (qint64 v : s.values)
            maximum = std::max(maximum, v);
    return maximum;
}

// The title above a chart's frame; returns the area left for the plot.
QRectF drawFrame(QPainter &painter, const QRectF &rect, const QString &title)
{
    QFont font = painter.font();
    font.setBold(true);
    painter.save();
    painter.setFont(font);
    const qreal titleHeight = QFontMetricsF(font).height() * 1.4;
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.restore();
    return rect.adjusted(0, titleHeight, 0, 0);
}

} // namespace

QList<QColor> ReportCharts::palette()
{
    return {QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x6c, 0x00),
            QColor(0x6a, 0x1b, 0x9a), QColor(0xc6, 0x28, 0x28), QColor(0x00, 0x83, 0x8f)};
}

void ReportCharts::bars(QPainter &painter, const QRectF &rect, const QString &title,
                        const QStringList &labels, const QList<Series> &series,
                        const Format &format)
{
    QRectF plot = drawFrame(painter, rect, title);
    const QFontMetricsF metrics(painter.font());
    const qreal line = metrics.height();
    // Legend (more than one series), then room for the labels under the bars.
    if (series.size() > 1) {
        qreal x = plot.left();
        for (const auto &s : series) {
            painter.fillRect(QRectF(x, plot.top() + line * 0.2, line * 0.8, line * 0.8), s.color);
            x += line;
            painter.drawText(QPointF(x, plot.top() + line * 0.9), s.name);
            x += metrics.horizontalAdvance(s.name) + line;
        }
        plot.setTop(plot.top() + line * 1.3);
    }
    plot.adjust(0, line, 0, -line * 1.4);
    painter.setPen(QColor(0x90, 0x90, 0x90));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.setPen(Qt::black);
    if (labels.isEmpty()) {
        painter.drawText(plot, Qt::AlignCenter, QStringLiteral("—"));
        return;
    }
    const qint64 maximum = std::max<qint64>(1, maximumOf(series));
    const qreal slot = plot.width() / labels.size();
    const qreal barWidth = slot * 0.8 / std::max<qsizetype>(1, series.size());
    // Every label when they fit, else every n-th.
    const int labelStep = std::max(
        1, int(std::ceil(metrics.horizontalAdvance(QStringLiteral("00:00")) * 1.2 / slot)));
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    for (int i = 0; i < labels.size(); ++i) {
        const qreal x0 = plot.left() + slot * i + slot * 0.1;
        for (int s = 0; s < series.size(); ++s) {
            const qint64 value = series.at(s).values.value(i);
            const qreal height = plot.height() * value / maximum;
            const QRectF bar(x0 + barWidth * s, plot.bottom() - height, barWidth, height);
            painter.fillRect(bar, series.at(s).color);
            if (series.size() * labels.size() <= 24 && value > 0) {
                painter.save();
                painter.setFont(small);
                painter.drawText(
                    QRectF(bar.left() - slot, bar.top() - line, bar.width() + 2 * slot, line),
                    Qt::AlignHCenter | Qt::AlignBottom, format(value));
                painter.restore();
            }
        }
        if (i % labelStep == 0)
            painter.drawText(
                QRectF(plot.left() + slot * i - slot, plot.bottom() + line * 0.2, slot * 3, line),
                Qt::AlignHCenter | Qt::AlignTop, labels.at(i));
    }
}

void ReportCharts::horizontalBars(QPainter &painter, const QRectF &rect, const QString &title,
                                  const QStringList &labels, const QList<qint64> &values,
                                  const QColor &color, const Format &format)
{
    const QRectF plot = drawFrame(painter, rect, title);
    if (labels.isEmpty()) {
        painter.drawText(plot, Qt::AlignCenter, QStringLiteral("—"));
        return;
    }
    const QFontMetricsF metrics(painter.font());
    const qreal row = std::min(plot.height() / labels.size(), metrics.height() * 1.6);
    const qreal labelWidth = plot.width() * 0.35;
    const qreal valueWidth = plot.width() * 0.18;
    const qreal barSpace = plot.width() - labelWidth - valueWidth;
    qint64 maximum = 1;
    for (qint64 v : values)
        maximum = std::max(maximum, v);
    for (int i = 0; i < labels.size(); ++i) {
        const qreal y = plot.top() + row * i;
        painter.drawText(QRectF(plot.left(), y, labelWidth - 4, row),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(labels.at(i), Qt::ElideRight, labelWidth - 4));
        const qreal width = barSpace * values.value(i) / maximum;
        painter.fillRect(QRectF(plot.left() + labelWidth, y + row * 0.15, width, row * 0.7), color);
        painter.drawText(QRectF(plot.left() + labelWidth + width + 4, y, valueWidth, row),
                         Qt::AlignLeft | Qt::AlignVCenter, format(values.value(i)));
    }
}

} // namespace tableside::server
