#include "escposencoder.h"

#include <QHash>

namespace tableside::server {

namespace {

constexpr char Esc = 0x1b;
constexpr char Gs = 0x1d;

QByteArray command(std::initializer_list<int> bytes)
{
    QByteArray out;
    for (int b : bytes)
        out.append(char(b));
    return out;
}

} // namespace

QString EscPosEncoder::transliterate(const QString &text, const CodePage &codePage)
{
    static const QHash<QChar, QString> latin = [] {
        QHash<QChar, QString> map;
        const QString cyr = QStringLiteral("абвгдежзийклмнопрстуфхцчшщъьюяыэё");
        const QStringList lat = {
            QStringLiteral("a"),  QStringLiteral("b"),   QStringLiteral("v"),  QStringLiteral("g"),
            QStringLiteral("d"),  QStringLiteral("e"),   QStringLiteral("zh"), QStringLiteral("z"),
            QStringLiteral("i"),  QStringLiteral("y"),   QStringLiteral("k"),  QStringLiteral("l"),
            QStringLiteral("m"),  QStringLiteral("n"),   QStringLiteral("o"),  QStringLiteral("p"),
            QStringLiteral("r"),  QStringLiteral("s"),   QStringLiteral("t"),  QStringLiteral("u"),
            QStringLiteral("f"),  QStringLiteral("h"),   QStringLiteral("ts"), QStringLiteral("ch"),
            QStringLiteral("sh"), QStringLiteral("sht"), QStringLiteral("a"),  QStringLiteral("y"),
            QStringLiteral("yu"), QStringLiteral("ya"),  QStringLiteral("y"),  QStringLiteral("e"),
            QStringLiteral("yo")};
        for (int i = 0; i < cyr.size(); ++i) {
            map.insert(cyr.at(i), lat.at(i));
            QString upper = lat.at(i);
            upper[0] = upper.at(0).toUpper();
            map.insert(cyr.at(i).toUpper(), upper);
        }
        return map;
    }();
    QString out;
    for (const QChar c : text) {
        if (!codePage.canEncode(QString(c)) && latin.contains(c))
            out += latin.value(c);
        else
            out += c;
    }
    return out;
}

QByteArray EscPosEncoder::text(const TicketDocument &doc, const CodePage &codePage, int codeTable)
{
    QByteArray out = reset();
    // ESC @ puts the factory table back: select ours after it, every time.
    out += command({Esc, 't', codeTable >= 0 ? codeTable : codePage.epsonTable()});
    for (const TicketDocument::Line &line : doc.lines) {
        const int align = line.align == TicketDocument::Line::Align::Center ? 1
            : line.align == TicketDocument::Line::Align::Right              ? 2
                                                                            : 0;
        out += command({Esc, 'a', align});
        out += command({Esc, 'E', line.bold ? 1 : 0});
        out += command({Gs, '!', line.big ? 0x11 : 0x00});
        out += codePage.encode(transliterate(line.composed(doc.columns), codePage));
        out += '\n';
    }
    out += command({Esc, 'E', 0});
    out += command({Gs, '!', 0});
    out += command({Esc, 'a', 0});
    return out + feedAndCut();
}

QByteArray EscPosEncoder::rasterBand(const QImage &mono, int top, int rows)
{
    const int bytesPerRow = (mono.width() + 7) / 8;
    QByteArray out = command({Gs, 'v', '0', 0, bytesPerRow & 0xff, (bytesPerRow >> 8) & 0xff,
                              rows & 0xff, (rows >> 8) & 0xff});
    out.reserve(out.size() + bytesPerRow * rows);
    // Format_Mono is MSB first like GS v 0; its colour table says which index is black.
    const bool zeroIsBlack = mono.colorTable().value(0, qRgb(0, 0, 0)) == qRgb(0, 0, 0);
    for (int y = top; y < top + rows; ++y) {
        const uchar *line = mono.constScanLine(y);
        for (int x = 0; x < bytesPerRow; ++x) {
            uchar b = line[x];
            if (zeroIsBlack)
                b = uchar(~b);
            const int spare = (x + 1) * 8 - mono.width(); // padding bits past the image: white
            if (spare > 0)
                b &= uchar(0xff << spare);
            out.append(char(b));
        }
    }
    return out;
}

QByteArray EscPosEncoder::raster(const QImage &image)
{
    QImage mono = image.format() == QImage::Format_Mono
        ? image
        : image.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither | Qt::MonoOnly);
    QByteArray out = reset();
    for (int top = 0; top < mono.height(); top += BandRows)
        out += rasterBand(mono, top, qMin(BandRows, mono.height() - top));
    return out + feedAndCut();
}

QByteArray EscPosEncoder::feedAndCut()
{
    // Feed so the last line clears the blade, then a partial cut with 3 more lines of feed.
    return command({Esc, 'd', 4, Gs, 'V', 66, 3});
}

EscPosEncoder::PaperState EscPosEncoder::paperState(unsigned char answer)
{
    if (answer & 0x60)
        return PaperState::End;
    if (answer & 0x0C)
        return PaperState::NearEnd;
    return PaperState::Ok;
}

} // namespace tableside::server
