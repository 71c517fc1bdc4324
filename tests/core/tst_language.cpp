#include "language.h"

#include <QTest>

using tableside::Language;

/// Tests the language codes: "bg"/"en" and the locale forms that map onto them.
class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void languageCode();
    void languageFromCode_data();
    void languageFromCode();
};

void TestLanguage::languageCode()
{
    QCOMPARE(tableside::languageCode(Language::Bulgarian), QStringLiteral("bg"));
    QCOMPARE(tableside::languageCode(Language::English), QStringLiteral("en"));
}

void TestLanguage::languageFromCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    QTest::addColumn<Language>("language");
    QTest::newRow("bg") << QStringLiteral("bg") << true << Language::Bulgarian;
    QTest::newRow("BG") << QStringLiteral("BG") << true << Language::Bulgarian;
    QTest::newRow("bg_BG") << QStringLiteral("bg_BG") << true << Language::Bulgarian;
    QTest::newRow("bg-BG") << QStringLiteral("bg-BG") << true << Language::Bulgarian;
    QTest::newRow("en") << QStringLiteral("en") << true << Language::English;
    QTest::newRow("en-GB") << QStringLiteral("en-GB") << true << Language::English;
    QTest::newRow("en_US") << QStringLiteral("en_US") << true << Language::English;
    QTest::newRow("de") << QStringLiteral("de") << false << Language::Bulgarian;
    QTest::newRow("empty") << QString() << false << Language::Bulgarian;
    QTest::newRow("eng") << QStringLiteral("eng") << false << Language::Bulgarian;
    QTest::newRow("bgx") << QStringLiteral("bgx") << false << Language::Bulgarian;
    QTest::newRow("-bg") << QStringLiteral("-bg") << false << Language::Bulgarian;
}

void TestLanguage::languageFromCode()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QFETCH(Language, language);
    const std::optional<Language> parsed = tableside::languageFromCode(code);
    QCOMPARE(parsed.has_value(), known);
    if (known)
        QCOMPARE(*parsed, language);
}

QTEST_APPLESS_MAIN(TestLanguage)
#include "tst_language.moc"
