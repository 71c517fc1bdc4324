#pragma once

#include "codepage.h"
#include "ticketdocument.h"

#include <QByteArray>
#include <QImage>
#include <optional>

namespace tableside::server {

/// ESC/POS bytes for a ticket: text in the printer's character table (ESC t n selected after
/// every reset), or one 1-bit image sent as GS v 0 bands; then feed and cut. Also the status
/// queries (DLE EOT n) and what their answers mean.
class EscPosEncoder
{
public:
    /// Text mode in @p codePage, selected with `ESC t @p codeTable` (-1 = Epson's number).
    static QByteArray text(const TicketDocument &doc, const CodePage &codePage, int codeTable = -1);
    /// Raster mode: @p image (Format_Mono or anything: converted, dark = printed) as GS v 0.
    static QByteArray raster(const QImage &image);
    /// One GS v 0 command for rows [@p top, @p top + @p rows) of @p mono (Format_Mono,
    /// width a multiple of 8 not needed: the last byte is padded).
    static QByteArray rasterBand(const QImage &mono, int top, int rows);
    /// Feed a few lines and cut (partial cut with feed, GS V 66 n).
    static QByteArray feedAndCut();
    static QByteArray reset() { return QByteArray("\x1b\x40", 2); }
    /// Cyrillic that a table lacks, spelled in Latin (the Bulgarian streamlined system): the
    /// PC437 printer's ticket stays readable.
    static QString transliterate(const QString &text, const CodePage &codePage);

    /// DLE EOT n (n = 1 printer, 2 offline cause, 4 paper sensor).
    static QByteArray statusQuery(int n) { return QByteArray("\x10\x04", 2) + char(n); }
    enum class PaperState { Ok, NearEnd, End };
    /// Bits 5–6 (0x60) of the DLE EOT 4 answer: paper end; bits 2–3 (0x0C): near end.
    static PaperState paperState(unsigned char answer);
    /// Bit 3 (0x08) of the DLE EOT 1 answer: offline.
    static bool isOffline(unsigned char answer) { return answer & 0x08; }
    /// An answer byte of DLE EOT has bit 4 set and bits 0 and 7 clear.
    static bool isStatusByte(unsigned char answer) { return (answer & 0x93) == 0x12; }

    /// Rows per GS v 0 band (printers' receive buffers are small).
    static constexpr int BandRows = 128;
};

} // namespace tableside::server
