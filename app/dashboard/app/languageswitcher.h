#pragma once

#include "language.h"

#include <QObject>
#include <QTranslator>

namespace tableside::dashboard {

/// Switches the user interface language at run time: installs the dashboard's (and Qt's own)
/// translator, so every widget gets QEvent::LanguageChange and retranslates itself.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    /// Bulgarian when the system locale is Bulgarian, else English.
    static Language systemDefault();
    /// "bg"/"en" → that language; anything else → systemDefault().
    static Language resolve(const QString &code);

    Language current() const { return m_current; }
    /// Returns false if the translation could not be loaded (English is built in).
    bool setLanguage(Language language);

private:
    QTranslator m_dashboard;
    QTranslator m_qt;
    Language m_current = Language::English;
    bool m_installed = false;
};

} // namespace tableside::dashboard
