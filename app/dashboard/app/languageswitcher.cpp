#include "languageswitcher.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace tableside::dashboard {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{ }

Language LanguageSwitcher::systemDefault()
{
    return QLocale::system().language() == QLocale::Bulgarian ? Language::Bulgarian
                                                              : Language::English;
}

Language LanguageSwitcher::resolve(const QString &code)
{
    return languageFromCode(code).value_or(systemDefault());
}

bool LanguageSwitcher::setLanguage(Language language)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_dashboard);
        QCoreApplication::removeTranslator(&m_qt);
        m_installed = false;
    }
    const QString code = languageCode(language);
    QLocale::setDefault(
        QLocale(language == Language::Bulgarian ? QLocale::Bulgarian : QLocale::English,
                language == Language::Bulgarian ? QLocale::Bulgaria : QLocale::UnitedKingdom));
    // Both languages have a .qm: the English one maps the source texts 1:1 and keeps the
    // plural forms right.
    const bool loaded = m_dashboard.load(QStringLiteral(":/dashboard/i18n/dashboard_") + code);
    if (loaded)
        QCoreApplication::installTranslator(&m_dashboard);
    else
        qCWarning(lcUi).noquote() << "No translation for" << code;
    if (m_qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_installed = true;
    m_current = language;
    qCInfo(lcUi).noquote() << "Language:" << code;
    return loaded;
}

} // namespace tableside::dashboard
