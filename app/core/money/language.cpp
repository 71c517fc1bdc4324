#include "language.h"

#include <QRegularExpression>

namespace tableside {

QString languageCode(Language language)
{
    switch (language) {
    case Language::Bulgarian:
        return QStringLiteral("bg");
    case Language::English:
        return QStringLiteral("en");
    }
    return QStringLiteral("bg");
}

std::optional<Language> languageFromCode(const QString &code)
{
    // "bg", "bg_BG", "en-GB": only the language part before the region counts.
    const qsizetype separator = code.indexOf(QRegularExpression(QStringLiteral("[_-]")));
    const QString language = (separator < 0 ? code : code.left(separator)).toLower();
    if (language == QLatin1String("bg"))
        return Language::Bulgarian;
    if (language == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

} // namespace tableside
