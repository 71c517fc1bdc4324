#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

/// Test side: reads an ESC/POS byte stream the way a printer would, back into tickets (lines of
/// text in the selected code page, with their style; raster images), to check what was sent
/// and to draw it as a PNG.
class EscPosDecoder
{
public:
    struct Line
    {
        QString text;
        bool bold = false;
        bool big = false;
        int align = 0; ///< 0 left, 1 centre, 2 right
    };
    struct Ticket
    {
        QList<Line> lines;
        QImage image; ///< the GS v 0 bands stacked (Format_Mono, black = printed); null if none
        int codeTable = -1; ///< the last ESC t n
        int rasterCommands = 0;
        bool cut = false;
        QString text() const; ///< every line, '\n'-joined
    };

    /// Every ticket in @p stream (a ticket ends at its cut); false and @p error on a byte that
    /// is not a command this project sends.
    static bool decode(const QByteArray &stream, QList<Ticket> *tickets, QString *error = nullptr);
    /// The Epson `ESC t` number's table as CodePage::fromName knows it ("cp866" …), or "".
    static QString codePageName(int codeTable);
    /// Draws @p ticket as it would come out of an 80 mm printer (576 dots wide): text lines in
    /// a monospace font (double size where big), raster images as they are.
    static QImage render(const Ticket &ticket, int columns = 48, int dots = 576);
};
