#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace tableside::server {

/// One of the printers' 8-bit character tables (CP866, CP855, Windows-1251, PC437): text to
/// bytes and back, from tables written out as data (Qt 6 has no codec for these).
class CodePage
{
public:
    enum class Id { Cp866, Cp855, Cp1251, Pc437 };

    explicit CodePage(Id id);
    /// "cp866", "cp855", "cp1251" or "pc437" (as in printers/<name>/codePage).
    static std::optional<CodePage> fromName(const QString &name);
    QString name() const;
    Id id() const { return m_id; }
    /// The `ESC t n` number on Epson's list (17, 34, 46, 0). Other makers differ: the printer's
    /// setting printers/<name>/codeTable overrides it.
    int epsonTable() const;

    /// Each character in the table becomes its byte; one that is not becomes @p replacement
    /// (a Latin look-alike for a few, else '?'). Control characters other than LF are dropped.
    QByteArray encode(const QString &text, char replacement = '?') const;
    QString decode(const QByteArray &bytes) const;
    /// Whether every character of @p text has a byte in this table.
    bool canEncode(const QString &text) const;

    static const char16_t Cp866High[128];
    static const char16_t Cp855High[128];
    static const char16_t Cp1251High[128];
    static const char16_t Pc437High[128];

private:
    const char16_t *high() const;
    std::optional<char> byteFor(char16_t c) const;
    Id m_id;
};

} // namespace tableside::server
