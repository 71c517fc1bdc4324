#include "escposdecoder.h"

#include "codepage.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>

using tableside::server::CodePage;

QString EscPosDecoder::Ticket::text() const
{
    QStringList all;
    for (const Line &line : lines)
        all.append(line.text);
    return all.join(u'\n');
}

QString EscPosDecoder::codePageName(int codeTable)
{
    switch (codeTable) {
    case 17:
        return QStringLiteral("cp866");
    case 34:
        return QStringLiteral("cp855");
    case 46:
        return QStringLiteral("cp1251");
    case 0:
        return QStringLiteral("pc437");
    }
    return {};
}

bool EscPosDecoder::decode(const QByteArray &stream, QList<Ticket> *tickets, QString *error)
{
    Ticket ticket;
    bool bold = false;
    bool big = false;
    int align = 0;
    QByteArray pending;
    bool started = false;
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const auto byteAt = [&stream](qsizetype i) { return uchar(stream.at(i)); };
    qsizetype i = 0;
    while (i < stream.size()) {
        const uchar b = byteAt(i);
        const qsizetype left = stream.size() - i;
        if (b == 0x10 && left >= 3 && byteAt(i + 1) == 0x04) { // DLE EOT n: real-time status
            i += 3;
        } else if (b == 0x1b && left >= 2 && byteAt(i + 1) == '@') {
            if (started && (!ticket.lines.isEmpty() || !ticket.image.isNull()))
                tickets->append(ticket);
            ticket = Ticket();
            bold = big = false;
            align = 0;
            started = true;
            i += 2;
        } else if (b == 0x1b && left >= 3) {
            const uchar c = byteAt(i + 1);
            const int n = byteAt(i + 2);
            if (c == 't')
                ticket.codeTable = n;
            else if (c == 'a')
                align = n;
            else if (c == 'E')
                bold = n != 0;
            else if (c != 'd')
                return fail(QStringLiteral("unknown ESC %1 at %2").arg(c).arg(i));
            i += 3;
        } else if (b == 0x1d && left >= 3 && byteAt(i + 1) == '!') {
            big = byteAt(i + 2) != 0;
            i += 3;
        } else if (b == 0x1d && left >= 4 && byteAt(i + 1) == 'V') {
            ticket.cut = true;
            tickets->append(ticket);
            ticket = Ticket();
            started = false;
            i += 4;
        } else if (b == 0x1d && left >= 8 && byteAt(i + 1) == 'v' && byteAt(i + 2) == '0') {
            const int bytesPerRow = byteAt(i + 4) | (byteAt(i + 5) << 8);
            const int rows = byteAt(i + 6) | (byteAt(i + 7) << 8);
            if (left < 8 + qsizetype(bytesPerRow) * rows)
                break; // cut off mid-image

            QImage band(bytesPerRow * 8, rows, QImage::Format_Mono);
            band.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)}); // bit 1 = printed
            for (int y = 0; y < rows; ++y)
                memcpy(band.scanLine(y), stream.constData() + i + 8 + y * bytesPerRow,
                       size_t(bytesPerRow));
            if (ticket.image.isNull()) {
                ticket.image = band;
            } else {
                QImage joined(band.width(), ticket.image.height() + rows, QImage::Format_Mono);
                joined.setColorTable(band.colorTable());
                for (int y = 0; y < ticket.image.height(); ++y)
                    memcpy(joined.scanLine(y), ticket.image.constScanLine(y), size_t(bytesPerRow));
                for (int y = 0; y < rows; ++y)
                    memcpy(joined.scanLine(ticket.image.height() + y), band.constScanLine(y),
                           size_t(bytesPerRow));
                ticket.image = joined;
            }
            ++ticket.rasterCommands;
            i += 8 + qsizetype(bytesPerRow) * rows;
        } else if (b == '\n') {
            const auto page = CodePage::fromName(codePageName(ticket.codeTable));
            const QString text = page ? page->decode(pending) : QString::fromLatin1(pending);
            ticket.lines.append({text, bold, big, align});
            pending.clear();
            ++i;
        } else if (b >= 0x20) {
            pending.append(char(b));
            ++i;
        } else if ((b == 0x1b || b == 0x1d || b == 0x10) && left < 8) {
            break; // cut off mid-command (the connection broke): what came before stands
        } else {
            return fail(QStringLiteral("unexpected byte 0x%1 at %2").arg(b, 2, 16).arg(i));
        }
    }
    if (started && (!ticket.lines.isEmpty() || !ticket.image.isNull()))
        tickets->append(ticket);
    return true;
}

QImage EscPosDecoder::render(const Ticket &ticket, int columns, int dots)
{
    if (!ticket.image.isNull()) {
        QImage out(dots, ticket.image.height() + 40, QImage::Format_RGB32);
        out.fill(Qt::white);
        QPainter p(&out);
        p.drawImage(0, 20, ticket.image.convertToFormat(QImage::Format_RGB32));
        return out;
    }
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    // Font A: 12 × 24 dots a character on a 576-dot head.
    font.setPixelSize(20);
    const int cell = dots / columns;
    font.setLetterSpacing(QFont::AbsoluteSpacing,
                          cell - QFontMetrics(font).horizontalAdvance(u'M'));
    int height = 40;
    for (const Line &line : ticket.lines)
        height += line.big ? 52 : 26;
    QImage out(dots, height, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.setPen(Qt::black);
    int y = 20;
    for (const Line &line : ticket.lines) {
        QFont f = font;
        f.setBold(line.bold);
        const int h = line.big ? 52 : 26;
        p.save();
        if (line.big) {
            p.translate(0, y);
            p.scale(2, 2);
            p.setFont(f);
            const QRect box(0, 0, dots / 2, h / 2);
            p.drawText(box,
                       (line.align == 1       ? Qt::AlignHCenter
                            : line.align == 2 ? Qt::AlignRight
                                              : Qt::AlignLeft)
                           | Qt::AlignVCenter,
                       line.text);
        } else {
            p.setFont(f);
            const QRect box(0, y, dots, h);
            p.drawText(box,
                       (line.align == 1       ? Qt::AlignHCenter
                            : line.align == 2 ? Qt::AlignRight
                                              : Qt::AlignLeft)
                           | Qt::AlignVCenter,
                       line.text);
        }
        p.restore();
        y += h;
    }
    return out;
}
