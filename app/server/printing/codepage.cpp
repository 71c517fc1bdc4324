#include "codepage.h"

namespace tableside::server {

CodePage::CodePage(Id id)
    : m_id(id)
{ }

std::optional<CodePage> CodePage::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"cp866" || n == u"pc866")
        return CodePage(Id::Cp866);
    if (n == u"cp855" || n == u"pc855")
        return CodePage(Id::Cp855);
    if (n == u"cp1251" || n == u"wpc1251" || n == u"windows-1251")
        return CodePage(Id::Cp1251);
    if (n == u"pc437" || n == u"cp437")
        return CodePage(Id::Pc437);
    return std::nullopt;
}

QString CodePage::name() const
{
    switch (m_id) {
    case Id::Cp866:
        return QStringLiteral("cp866");
    case Id::Cp855:
        return QStringLiteral("cp855");
    case Id::Cp1251:
        return QStringLiteral("cp1251");
    case Id::Pc437:
        return QStringLiteral("pc437");
    }
    return {};
}

int CodePage::epsonTable() const
{
    switch (m_id) {
    case Id::Cp866:
        return 17;
    case Id::Cp855:
        return 34;
    case Id::Cp1251:
        return 46;
    case Id::Pc437:
        return 0;
    }
    return 0;
}

const char16_t *CodePage::high() const
{
    switch (m_id) {
    case Id::Cp866:
        return Cp866High;
    case Id::Cp855:
        return Cp855High;
    case Id::Cp1251:
        return Cp1251High;
    case Id::Pc437:
        return Pc437High;
    }
    return Pc437High;
}

std::optional<char> CodePage::byteFor(char16_t c) const
{
    if (c == u'\n' || (c >= 0x20 && c < 0x7F))
        return char(c);
    // 128 entries: a linear scan per character is cheaper than building a map per ticket.
    const char16_t *table = high();
    for (int i = 0; i < 128; ++i)
        if (table[i] == c && c != 0)
            return char(0x80 + i);
    return std::nullopt;
}

bool CodePage::canEncode(const QString &text) const
{
    for (const QChar c : text)
        if (!byteFor(c.unicode()))
            return false;
    return true;
}

QByteArray CodePage::encode(const QString &text, char replacement) const
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (const auto byte = byteFor(c.unicode())) {
            out.append(*byte);
            continue;
        }
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            continue; // ESC, GS … inside a product name must not reach the printer
        // Typography the tables lack: a plain look-alike reads better than '?'.
        switch (c.unicode()) {
        case 0x2013: // – en dash
        case 0x2014: // — em dash
            out.append('-');
            break;
        case 0x201C: // “ ” „
        case 0x201D:
        case 0x201E:
            out.append('"');
            break;
        case 0x2018: // ‘ ’
        case 0x2019:
            out.append('\'');
            break;
        case 0x00D7: // ×
            out.append('x');
            break;
        case 0x20AC: // € where the table has none
            out.append("EUR");
            break;
        case 0x2026: // …
            out.append("...");
            break;
        default:
            out.append(replacement);
        }
    }
    return out;
}

QString CodePage::decode(const QByteArray &bytes) const
{
    QString out;
    out.reserve(bytes.size());
    const char16_t *table = high();
    for (const char b : bytes) {
        const auto u = static_cast<unsigned char>(b);
        if (u < 0x80)
            out.append(QChar(u));
        else
            out.append(table[u - 0x80] ? QChar(table[u - 0x80])
                                       : QChar(QChar::ReplacementCharacter));
    }
    return out;
}

} // namespace tableside::server
