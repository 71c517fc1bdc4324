#pragma once

#include "ticketdocument.h"

#include <QImage>

namespace tableside::server {

/// Draws a ticket with QPainter in the system font into a 1-bit image as wide as the paper's
/// print head (576 dots at 80 mm, 384 at 58 mm): for printers with no usable Cyrillic table.
/// Needs a QGuiApplication (fonts); available() says whether there is one.
class RasterRenderer
{
public:
    static bool available();
    /// Format_Mono, @p dots wide, black = printed.
    static QImage render(const TicketDocument &doc, int dots);
    /// The family used (the system's general font; DejaVu Sans on Debian).
    static QString fontFamily();
};

} // namespace tableside::server
