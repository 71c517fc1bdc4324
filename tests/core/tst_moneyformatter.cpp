#include "moneyformatter.h"

#include <QTest>

using tableside::Language;
using tableside::Money;
using tableside::MoneyFormatter;

/// Tests MoneyFormatter: hand-made digits in both languages, grouping and the dual period.
class TestMoneyFormatter : public QObject
{
    Q_OBJECT

private slots:
    void formatEur_data();
    void formatEur();
    void formatBgn_data();
    void formatBgn();
    void showsBgnOn_data();
    void showsBgnOn();
    void formatDual_data();
    void formatDual();
    void rateLine();
    void defaults();
};

namespace {

// U+00A0: Bulgarian groups thousands with a space that never breaks a price over two lines.
const QString Nbsp = QStringLiteral("\u00A0");

} // namespace

void TestMoneyFormatter::formatEur_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("bg 5.11") << Language::Bulgarian << qint64(511) << QStringLiteral("5,11 €");
    QTest::newRow("bg 0") << Language::Bulgarian << qint64(0) << QStringLiteral("0,00 €");
    QTest::newRow("bg 0.05") << Language::Bulgarian << qint64(5) << QStringLiteral("0,05 €");
    QTest::newRow("bg 999.99") << Language::Bulgarian << qint64(99999)
                               << QStringLiteral("999,99 €");
    QTest::newRow("bg 1234.50") << Language::Bulgarian << qint64(123450)
                                << QStringLiteral("1") + Nbsp + QStringLiteral("234,50 €");
    QTest::newRow("bg 1000.00") << Language::Bulgarian << qint64(100000)
                                << QStringLiteral("1") + Nbsp + QStringLiteral("000,00 €");
    QTest::newRow("bg 12345678.90")
        << Language::Bulgarian << qint64(1234567890)
        << QStringLiteral("12") + Nbsp + QStringLiteral("345") + Nbsp + QStringLiteral("678,90 €");
    QTest::newRow("bg negative") << Language::Bulgarian << qint64(-123450)
                                 << QStringLiteral("-1") + Nbsp + QStringLiteral("234,50 €");
    QTest::newRow("en 5.11") << Language::English << qint64(511) << QStringLiteral("€5.11");
    QTest::newRow("en 0") << Language::English << qint64(0) << QStringLiteral("€0.00");
    QTest::newRow("en 999.99") << Language::English << qint64(99999) << QStringLiteral("€999.99");
    QTest::newRow("en 1234.50") << Language::English << qint64(123450)
                                << QStringLiteral("€1,234.50");
    QTest::newRow("en 100000.00") << Language::English << qint64(10000000)
                                  << QStringLiteral("€100,000.00");
    QTest::newRow("en 12345678.90")
        << Language::English << qint64(1234567890) << QStringLiteral("€12,345,678.90");
    QTest::newRow("en negative") << Language::English << qint64(-511) << QStringLiteral("-€5.11");
}

void TestMoneyFormatter::formatEur()
{
    QFETCH(Language, language);
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(MoneyFormatter(language).formatEur(Money::fromEuroCents(cents)), text);
}

void TestMoneyFormatter::formatBgn_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<qint64>("euroCents");
    QTest::addColumn<QString>("text");
    // €5.12 = 10.01 лв. (no euro amount is exactly 10.00 лв.)
    QTest::newRow("bg 4.50 EUR") << Language::Bulgarian << qint64(450)
                                 << QStringLiteral("8,80 лв.");
    QTest::newRow("bg 5.11 EUR") << Language::Bulgarian << qint64(511)
                                 << QStringLiteral("9,99 лв.");
    QTest::newRow("bg 5.12 EUR") << Language::Bulgarian << qint64(512)
                                 << QStringLiteral("10,01 лв.");
    QTest::newRow("bg 1000 EUR") << Language::Bulgarian << qint64(100000)
                                 << QStringLiteral("1") + Nbsp + QStringLiteral("955,83 лв.");
    QTest::newRow("en 4.50 EUR") << Language::English << qint64(450) << QStringLiteral("BGN 8.80");
    QTest::newRow("en 5.12 EUR") << Language::English << qint64(512) << QStringLiteral("BGN 10.01");
    QTest::newRow("en 1000 EUR") << Language::English << qint64(100000)
                                 << QStringLiteral("BGN 1,955.83");
    QTest::newRow("en zero") << Language::English << qint64(0) << QStringLiteral("BGN 0.00");
}

void TestMoneyFormatter::formatBgn()
{
    QFETCH(Language, language);
    QFETCH(qint64, euroCents);
    QFETCH(QString, text);
    QCOMPARE(MoneyFormatter(language).formatBgn(Money::fromEuroCents(euroCents)), text);
}

void TestMoneyFormatter::showsBgnOn_data()
{
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("shows");
    const QDate defaultEnd = MoneyFormatter::defaultDualDisplayEnd();
    QTest::newRow("default: the start of dual display") << defaultEnd << QDate(2025, 8, 8) << true;
    QTest::newRow("default: today") << defaultEnd << QDate(2026, 11, 24) << true;
    QTest::newRow("default: last day, inclusive") << defaultEnd << QDate(2026, 12, 31) << true;
    QTest::newRow("default: the day after") << defaultEnd << QDate(2027, 1, 1) << false;
    QTest::newRow("default: years later") << defaultEnd << QDate(2030, 6, 1) << false;
    QTest::newRow("owner's 8 Aug 2026: that day") << QDate(2026, 8, 8) << QDate(2026, 8, 8) << true;
    QTest::newRow("owner's 8 Aug 2026: the day after")
        << QDate(2026, 8, 8) << QDate(2026, 8, 9) << false;
    QTest::newRow("invalid day") << defaultEnd << QDate() << false;
}

void TestMoneyFormatter::showsBgnOn()
{
    QFETCH(QDate, end);
    QFETCH(QDate, day);
    QFETCH(bool, shows);
    QCOMPARE(MoneyFormatter(Language::Bulgarian, end).showsBgnOn(day), shows);
    QCOMPARE(MoneyFormatter(Language::English, end).showsBgnOn(day), shows);
}

void TestMoneyFormatter::formatDual_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("text");
    QTest::newRow("bg during") << Language::Bulgarian << QDate(2026, 11, 24)
                               << QStringLiteral("8,80 € (17,21 лв.)");
    QTest::newRow("bg last day") << Language::Bulgarian << QDate(2026, 12, 31)
                                 << QStringLiteral("8,80 € (17,21 лв.)");
    QTest::newRow("bg after") << Language::Bulgarian << QDate(2027, 1, 1)
                              << QStringLiteral("8,80 €");
    QTest::newRow("en during") << Language::English << QDate(2026, 11, 24)
                               << QStringLiteral("€8.80 (BGN 17.21)");
    QTest::newRow("en after") << Language::English << QDate(2027, 1, 1) << QStringLiteral("€8.80");
}

void TestMoneyFormatter::formatDual()
{
    QFETCH(Language, language);
    QFETCH(QDate, day);
    QFETCH(QString, text);
    // €8.80 × 1.95583 = 17.211304 → 17.21 лв.
    QCOMPARE(MoneyFormatter(language).formatDual(Money::fromEuroCents(880), day), text);
}

void TestMoneyFormatter::rateLine()
{
    QCOMPARE(MoneyFormatter(Language::Bulgarian).rateLine(), QStringLiteral("1 € = 1,95583 лв."));
    QCOMPARE(MoneyFormatter(Language::English).rateLine(), QStringLiteral("€1 = BGN 1.95583"));
}

void TestMoneyFormatter::defaults()
{
    const MoneyFormatter formatter;
    QCOMPARE(formatter.language(), Language::Bulgarian);
    QCOMPARE(formatter.dualDisplayEnd(), QDate(2026, 12, 31));
    QCOMPARE(MoneyFormatter(Language::English, QDate(2026, 8, 8)).dualDisplayEnd(),
             QDate(2026, 8, 8));
}

QTEST_APPLESS_MAIN(TestMoneyFormatter)
#include "tst_moneyformatter.moc"
