#pragma once

#include <QString>
#include <optional>

namespace tableside {

/// The languages Tableside speaks: Bulgarian (the default) and English.
enum class Language { Bulgarian, English };

/// "bg" / "en".
QString languageCode(Language language);
/// Parses "bg", "en" (case-insensitive, "bg_BG" and "en-GB" too); nullopt otherwise.
std::optional<Language> languageFromCode(const QString &code);

} // namespace tableside
