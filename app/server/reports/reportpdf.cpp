#include "reportpdf.h"

#include "money.h"
#include "reportcharts.h"
#include "reporttables.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace tableside::server {

namespace {

// The translation context of the PDF's texts.
class ReportPdfText
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

QString euros(qint64 cents)
{
    return Money::fromEuroCents(cents).toDecimalString() + QStringLiteral(" €");
}

QString levs(qint64 euroCents)
{
    return Money::fromEuroCents(euroCents).bgnCents() >= 0
        ? Money::fromEuroCents(Money::fromEuroCents(euroCents).bgnCents()).toDecimalString()
            + ReportPdfText::tr(" BGN")
        : QString();
}

QString minutes(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

/// Paints pages top to bottom: a cursor, page breaks and the common blocks.
class PageWriter
{
public:
    PageWriter(QPdfWriter &writer, QPainter &painter, QString footer)
        : m_writer(writer)
        , m_painter(painter)
        , m_footer(std::move(footer))
    {
        m_page = painter.viewport();
        m_line = QFontMetricsF(painter.font()).height();
        m_y = 0;
    }
    qreal line() const { return m_line; }
    qreal width() const { return m_page.width(); }
    qreal y() const { return m_y; }
    void advance(qreal height) { m_y += height; }
    void ensure(qreal height)
    {
        if (m_y + height > m_page.height() - m_line * 2)
            newPage();
    }
    void newPage()
    {
        drawFooter();
        m_writer.newPage();
        m_y = 0;
    }
    void drawFooter()
    {
        ++m_pageNumber;
        m_painter.drawText(QRectF(0, m_page.height() - m_line, m_page.width(), m_line),
                           Qt::AlignRight,
                           QStringLiteral("%1 · %2").arg(m_footer).arg(m_pageNumber));
    }
    void heading(const QString &text, qreal scale = 1.25)
    {
        ensure(m_line * 4);
        QFont font = m_painter.font();
        m_painter.save();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * scale);
        m_painter.setFont(font);
        const qreal height = QFontMetricsF(font).height() * 1.5;
        m_painter.drawText(QRectF(0, m_y, width(), height), Qt::AlignLeft | Qt::AlignVCenter, text);
        m_painter.restore();
        m_y += height;
    }
    // Columns as wide as their share of @p weights; the first left-aligned, numbers right.
    void table(const QStringList &headings, const QList<QStringList> &rows,
               const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        QList<qreal> xs {0};
        for (int w : weights)
            xs.append(xs.last() + width() * w / total);
        const auto drawRow = [&](const QStringList &cells, bool bold, bool shaded) {
            ensure(m_line * 1.4);
            if (shaded)
                m_painter.fillRect(QRectF(0, m_y, width(), m_line * 1.3), QColor(0xf0, 0xf0, 0xf0));
            QFont font = m_painter.font();
            m_painter.save();
            font.setBold(bold);
            m_painter.setFont(font);
            const QFontMetricsF metrics(font);
            for (int i = 0; i < cells.size() && i + 1 < xs.size(); ++i) {
                const QRectF cell(xs.at(i) + 3, m_y, xs.at(i + 1) - xs.at(i) - 6, m_line * 1.3);
                m_painter.drawText(cell,
                                   (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                                   metrics.elidedText(cells.at(i), Qt::ElideRight, cell.width()));
            }
            m_painter.restore();
            m_y += m_line * 1.3;
        };
        drawRow(headings, true, true);
        if (rows.isEmpty())
            drawRow({ReportPdfText::tr("(none)")}, false, false);
        for (int i = 0; i < rows.size(); ++i)
            drawRow(rows.at(i), false, i % 2 == 1);
        m_y += m_line;
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    QString m_footer;
    QRect m_page;
    qreal m_line = 10;
    qreal m_y = 0;
    int m_pageNumber = 0;
};

void keyNumbers(PageWriter &pages, QPainter &painter, const Report &r)
{
    QList<std::pair<QString, QString>> boxes {
        {ReportPdfText::tr("Revenue"), euros(r.revenueEurCents)},
        {ReportPdfText::tr("Revenue in leva"), levs(r.revenueEurCents)},
        {ReportPdfText::tr("Orders"), QString::number(r.orders)},
        {ReportPdfText::tr("Items"), QString::number(r.items)},
        {ReportPdfText::tr("Average ticket"), euros(r.averageTicketEurCents)},
        {ReportPdfText::tr("Cancelled orders"),
         QStringLiteral("%1 (%2)").arg(r.cancelledOrders).arg(euros(r.cancelledEurCents))},
    };
    if (r.paymentsAvailable) {
        for (const auto &m : r.paymentMethods)
            boxes.append({m.method == u"cash"       ? ReportPdfText::tr("Paid in cash")
                              : m.method == u"card" ? ReportPdfText::tr("Paid by card")
                                                    : m.method,
                          euros(m.amountEurCents)});
        boxes.append({ReportPdfText::tr("Tips"), euros(r.tipsEurCents)});
    }
    boxes.append({ReportPdfText::tr("Waiter calls"),
                  ReportPdfText::tr("%1 (%2 unanswered)").arg(r.calls).arg(r.unansweredCalls)});
    const int perRow = 4;
    const qreal gap = pages.line() * 0.6;
    const qreal boxWidth = (pages.width() - gap * (perRow - 1)) / perRow;
    const qreal boxHeight = pages.line() * 3.2;
    QFont big = painter.font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    for (int i = 0; i < boxes.size(); ++i) {
        if (i % perRow == 0 && i > 0)
            pages.advance(boxHeight + gap);
        const QRectF box((boxWidth + gap) * (i % perRow), pages.y(), boxWidth, boxHeight);
        painter.fillRect(box, QColor(0xe8, 0xf5, 0xe9));
        painter.drawText(box.adjusted(6, 4, -6, 0), Qt::AlignLeft | Qt::AlignTop,
                         boxes.at(i).first);
        painter.save();
        painter.setFont(big);
        painter.drawText(box.adjusted(6, 0, -6, -4), Qt::AlignLeft | Qt::AlignBottom,
                         boxes.at(i).second);
        painter.restore();
    }
    pages.advance(boxHeight + gap * 2);
}

QString stationName(const QString &station)
{
    if (station == u"*")
        return ReportPdfText::tr("Whole order");
    if (station == u"kitchen")
        return ReportPdfText::tr("Kitchen");
    if (station == u"bar")
        return ReportPdfText::tr("Bar");
    return station;
}

QString callTypeName(const QString &type)
{
    if (type == u"payment_cash")
        return ReportPdfText::tr("Bill (cash)");
    if (type == u"payment_card")
        return ReportPdfText::tr("Bill (card)");
    if (type == u"help")
        return ReportPdfText::tr("Help");
    if (type == u"service")
        return ReportPdfText::tr("Service");
    return type;
}

void charts(PageWriter &pages, QPainter &painter, const Report &r, bool bg)
{
    const qreal height = pages.line() * 14;
    const QList<QColor> colors = ReportCharts::palette();
    // Sales by hour, in time order (labels local time).
    QStringList hourLabels;
    QList<qint64> hourRevenue;
    for (const auto &h : r.hours) {
        hourLabels.append(h.start.toString(r.from == r.to ? QStringLiteral("HH:mm")
                                                          : QStringLiteral("dd.MM HH")));
        hourRevenue.append(h.revenueEurCents);
    }
    pages.ensure(height);
    ReportCharts::bars(painter, QRectF(0, pages.y(), pages.width(), height),
                       ReportPdfText::tr("Sales by hour (EUR)"), hourLabels,
                       {{ReportPdfText::tr("Revenue"), colors.at(0), hourRevenue}},
                       [](qint64 c) { return QString::number(c / 100); });
    pages.advance(height + pages.line());
    // Top products by revenue.
    QStringList productLabels;
    QList<qint64> productRevenue;
    for (const auto &p : r.products.mid(0, 10)) {
        productLabels.append(bg ? p.nameBg : p.nameEn);
        productRevenue.append(p.revenueEurCents);
    }
    pages.ensure(height);
    ReportCharts::horizontalBars(painter, QRectF(0, pages.y(), pages.width(), height),
                                 ReportPdfText::tr("Top products by revenue"), productLabels,
                                 productRevenue, colors.at(1), euros);
    pages.advance(height + pages.line());
    // Order → ready per station, in minute buckets.
    const QList<int> buckets = ReportTables::histogramBucketsMinutes();
    QStringList bucketLabels;
    for (int i = 0; i < buckets.size(); ++i)
        bucketLabels.append(i + 1 < buckets.size()
                                ? QStringLiteral("%1–%2").arg(buckets.at(i)).arg(buckets.at(i + 1))
                                : QStringLiteral("%1+").arg(buckets.at(i)));
    QList<ReportCharts::Series> stationSeries;
    for (const auto &s : r.stations) {
        if (s.toReady.count == 0)
            continue;
        QList<qint64> counts(buckets.size(), 0);
        for (qint64 ms : s.toReady.all) {
            int b = int(buckets.size()) - 1;
            while (b > 0 && ms < qint64(buckets.at(b)) * 60000)
                --b;
            ++counts[b];
        }
        stationSeries.append(
            {stationName(s.station), colors.at(int(stationSeries.size()) % colors.size()), counts});
    }
    pages.ensure(height);
    ReportCharts::bars(painter, QRectF(0, pages.y(), pages.width(), height),
                       ReportPdfText::tr("Order to ready, minutes (orders per bucket)"),
                       bucketLabels, stationSeries, [](qint64 v) { return QString::number(v); });
    pages.advance(height + pages.line());
    // Call response: median and 90th percentile to acknowledge, per type (minutes).
    QStringList callLabels;
    QList<qint64> medians, p90s;
    for (const auto &c : r.callTypes) {
        callLabels.append(callTypeName(c.group));
        medians.append(c.toAcknowledge.medianMs);
        p90s.append(c.toAcknowledge.p90Ms);
    }
    pages.ensure(height);
    ReportCharts::bars(painter, QRectF(0, pages.y(), pages.width(), height),
                       ReportPdfText::tr("Time to acknowledge a call (min:s)"), callLabels,
                       {{ReportPdfText::tr("median"), colors.at(2), medians},
                        {ReportPdfText::tr("90th percentile"), colors.at(4), p90s}},
                       minutes);
    pages.advance(height + pages.line());
}

void tables(PageWriter &pages, const Report &r, bool bg)
{
    QList<QStringList> rows;
    pages.heading(ReportPdfText::tr("Products"));
    for (const auto &p : r.products)
        rows.append({bg ? p.nameBg : p.nameEn, bg ? p.categoryBg : p.categoryEn,
                     QString::number(p.quantity), euros(p.revenueEurCents)});
    pages.table({ReportPdfText::tr("Product"), ReportPdfText::tr("Category"),
                 ReportPdfText::tr("Quantity"), ReportPdfText::tr("Revenue")},
                rows, {5, 3, 2, 2});
    rows.clear();
    pages.heading(ReportPdfText::tr("Categories"));
    for (const auto &c : r.categories)
        rows.append(
            {bg ? c.nameBg : c.nameEn, QString::number(c.quantity), euros(c.revenueEurCents)});
    pages.table({ReportPdfText::tr("Category"), ReportPdfText::tr("Quantity"),
                 ReportPdfText::tr("Revenue")},
                rows, {6, 2, 2});
    rows.clear();
    pages.heading(ReportPdfText::tr("By hour"));
    for (const auto &h : r.hours)
        rows.append({h.start.toString(QStringLiteral("yyyy-MM-dd HH:mm t")),
                     QString::number(h.orders), QString::number(h.items),
                     euros(h.revenueEurCents)});
    pages.table({ReportPdfText::tr("Hour"), ReportPdfText::tr("Orders"), ReportPdfText::tr("Items"),
                 ReportPdfText::tr("Revenue")},
                rows, {5, 2, 2, 3});
    rows.clear();
    pages.heading(ReportPdfText::tr("Tables"));
    for (const auto &t : r.tables)
        rows.append({QString::number(t.tableNumber), QString::number(t.orders),
                     QString::number(t.items), euros(t.revenueEurCents)});
    pages.table({ReportPdfText::tr("Table"), ReportPdfText::tr("Orders"),
                 ReportPdfText::tr("Items"), ReportPdfText::tr("Revenue")},
                rows, {3, 2, 2, 3});
    rows.clear();
    pages.heading(ReportPdfText::tr("Staff"));
    for (const auto &s : r.staff)
        rows.append({s.name, QString::number(s.ordersCompleted), euros(s.completedEurCents),
                     QString::number(s.ordersCancelled), QString::number(s.callsAcknowledged),
                     QString::number(s.payments), euros(s.tipsEurCents),
                     QString::number(s.paymentsVoided)});
    pages.table({ReportPdfText::tr("Name"), ReportPdfText::tr("Completed"),
                 ReportPdfText::tr("Their revenue"), ReportPdfText::tr("Cancelled"),
                 ReportPdfText::tr("Calls"), ReportPdfText::tr("Payments"),
                 ReportPdfText::tr("Tips"), ReportPdfText::tr("Voids")},
                rows, {4, 2, 3, 2, 2, 2, 2, 2});
    rows.clear();
    pages.heading(ReportPdfText::tr("Kitchen and bar"));
    for (const auto &s : r.stations) {
        const QList<std::pair<QString, const DurationStats *>> measures {
            {ReportPdfText::tr("order → start"), &s.toStart},
            {ReportPdfText::tr("order → ready"), &s.toReady}};
        for (const auto &[measure, d] : measures) {
            if (d->count == 0)
                continue;
            QStringList slow;
            for (const auto &o : d->slowest)
                slow.append(QStringLiteral("#%1 %2").arg(o.number).arg(minutes(o.ms)));
            rows.append({QStringLiteral("%1, %2").arg(stationName(s.station), measure),
                         QString::number(d->count), minutes(d->averageMs), minutes(d->medianMs),
                         minutes(d->p90Ms), slow.join(QStringLiteral("  "))});
        }
    }
    pages.table({ReportPdfText::tr("Station"), ReportPdfText::tr("Orders"),
                 ReportPdfText::tr("Average"), ReportPdfText::tr("Median"),
                 ReportPdfText::tr("90%"), ReportPdfText::tr("Slowest five")},
                rows, {4, 2, 2, 2, 2, 7});
    rows.clear();
    pages.heading(ReportPdfText::tr("Waiter calls"));
    const auto callRows = [&rows](const QList<Report::CallRow> &calls, bool types) {
        for (const auto &c : calls)
            rows.append({types ? callTypeName(c.group) : c.group, QString::number(c.count),
                         QString::number(c.unanswered), minutes(c.toAcknowledge.medianMs),
                         minutes(c.toAcknowledge.p90Ms), minutes(c.toComplete.medianMs),
                         minutes(c.toComplete.p90Ms)});
    };
    callRows(r.callTypes, true);
    callRows(r.waiterCalls, false);
    pages.table({ReportPdfText::tr("Type / waiter"), ReportPdfText::tr("Calls"),
                 ReportPdfText::tr("Unanswered"), ReportPdfText::tr("Ack. median"),
                 ReportPdfText::tr("Ack. 90%"), ReportPdfText::tr("Done median"),
                 ReportPdfText::tr("Done 90%")},
                rows, {4, 2, 2, 2, 2, 2, 2});
    rows.clear();
    if (r.paymentsAvailable) {
        pages.heading(ReportPdfText::tr("Payments"));
        for (const auto &m : r.paymentMethods)
            rows.append({m.method, QString::number(m.count), euros(m.amountEurCents),
                         levs(m.amountEurCents), euros(m.tipsEurCents)});
        pages.table({ReportPdfText::tr("Method"), ReportPdfText::tr("Payments"),
                     ReportPdfText::tr("Amount"), ReportPdfText::tr("In leva"),
                     ReportPdfText::tr("Tips")},
                    rows, {3, 2, 3, 3, 2});
        rows.clear();
    }
    pages.heading(ReportPdfText::tr("Cancellations and voids"));
    for (const auto &v : r.voids)
        rows.append({v.kind == u"order-cancelled"
                         ? ReportPdfText::tr("order %1 cancelled").arg(v.orderNumber)
                         : ReportPdfText::tr("payment voided"),
                     QString::number(v.tableNumber),
                     v.at.toLocalTime().toString(QStringLiteral("dd.MM HH:mm")), v.by,
                     euros(v.amountEurCents), v.reason});
    pages.table({ReportPdfText::tr("What"), ReportPdfText::tr("Table"), ReportPdfText::tr("When"),
                 ReportPdfText::tr("By"), ReportPdfText::tr("Amount"), ReportPdfText::tr("Reason")},
                rows, {4, 1, 2, 3, 2, 4});
}

} // namespace

bool ReportPdf::write(const Report &report, const QString &path, const QString &language,
                      QString *error)
{
    const bool bg = language != u"en";
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setResolution(150);
    writer.setTitle(
        ReportPdfText::tr("Tableside report %1").arg(report.from.toString(Qt::ISODate)));
    writer.setCreator(QStringLiteral("Tableside"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = ReportPdfText::tr("cannot write %1").arg(path);
        return false;
    }
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    painter.setFont(font);
    const QString period = report.from == report.to
        ? report.from.toString(Qt::ISODate)
        : QStringLiteral("%1 – %2").arg(report.from.toString(Qt::ISODate),
                                        report.to.toString(Qt::ISODate));
    PageWriter pages(writer, painter, ReportPdfText::tr("Tableside report %1").arg(period));
    pages.heading(ReportPdfText::tr("Report %1").arg(period), 1.8);
    painter.drawText(
        QRectF(0, pages.y(), pages.width(), pages.line() * 1.4), Qt::AlignLeft,
        ReportPdfText::tr("Business days from %1:00 local time · made %2")
            .arg(report.businessDayStartHour, 2, 10, QLatin1Char('0'))
            .arg(report.generatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    pages.advance(pages.line() * 2);
    keyNumbers(pages, painter, report);
    charts(pages, painter, report, bg);
    tables(pages, report, bg);
    pages.drawFooter();
    if (!painter.end()) {
        *error = ReportPdfText::tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace tableside::server
