#include "rasterrenderer.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>

namespace tableside::server {

namespace {

constexpr int NormalPixels = 24; // font A's cell height on a 203 dpi head
constexpr int BigPixels = 44;
constexpr int LineGap = 4;
constexpr int Margin = 8;

QFont fontFor(const TicketDocument::Line &line)
{
    QFont font(RasterRenderer::fontFamily());
    font.setPixelSize(line.big ? BigPixels : NormalPixels);
    font.setBold(line.bold);
    // 1-bit output: no grey edges to threshold away.
    font.setStyleStrategy(QFont::NoAntialias);
    return font;
}

} // namespace

bool RasterRenderer::available()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QString RasterRenderer::fontFamily()
{
    const QString family = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    return family.isEmpty() ? QStringLiteral("DejaVu Sans") : family;
}

QImage RasterRenderer::render(const TicketDocument &doc, int dots)
{
    int height = Margin;
    QList<int> heights;
    for (const TicketDocument::Line &line : doc.lines) {
        const int h = line.rule ? 12 : QFontMetrics(fontFor(line)).height() + LineGap;
        heights.append(h);
        height += h;
    }
    height += Margin;
    QImage image(dots, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::black);
    int y = Margin;
    for (int i = 0; i < doc.lines.size(); ++i) {
        const TicketDocument::Line &line = doc.lines.at(i);
        const QRect box(Margin, y, dots - 2 * Margin, heights.at(i));
        if (line.rule) {
            p.fillRect(QRect(Margin, y + 5, dots - 2 * Margin, 2), Qt::black);
        } else {
            const QFont font = fontFor(line);
            p.setFont(font);
            const Qt::Alignment align = line.align == TicketDocument::Line::Align::Center
                ? Qt::AlignHCenter
                : line.align == TicketDocument::Line::Align::Right ? Qt::AlignRight
                                                                   : Qt::AlignLeft;
            // Text laid out for monospace columns: keep runs of spaces as they are.
            const int room = box.width()
                - (line.right.isEmpty() ? 0
                                        : QFontMetrics(font).horizontalAdvance(line.right) + 12);
            const QString text = QFontMetrics(font).elidedText(line.text, Qt::ElideRight, room);
            p.drawText(box, int(align | Qt::AlignTop) | Qt::TextSingleLine, text);
            if (!line.right.isEmpty())
                p.drawText(box, int(Qt::AlignRight | Qt::AlignTop) | Qt::TextSingleLine,
                           line.right);
        }
        y += heights.at(i);
    }
    p.end();
    return image.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither | Qt::MonoOnly);
}

} // namespace tableside::server
