#include "money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using tableside::divideRoundHalfUp;
using tableside::Money;

/// Tests Money: EUR/BGN conversion with integer half-up rounding, decimal and JSON parsing.
class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void divideRoundHalfUp_data();
    void divideRoundHalfUp();
    void fromBgnCents_data();
    void fromBgnCents();
    void bgnCents_data();
    void bgnCents();
    void bgnCentsMatchesExactReference();
    void fromBgnCentsMatchesExactReference();
    void roundTripIsNotExact();
    void saturatesInsteadOfWrapping();
    void toDecimalString_data();
    void toDecimalString();
    void parseDecimal_data();
    void parseDecimal();
    void fromJson_data();
    void fromJson();
    void fromJsonRefusesNonFinite();
    void toJsonNumberRoundTrips();
    void toJsonNumberOnTheWire_data();
    void toJsonNumberOnTheWire();
    void bgnToJsonNumber();
    void arithmetic();
};

void TestMoney::divideRoundHalfUp_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("5/10 half goes up") << qint64(5) << qint64(10) << qint64(1);
    QTest::newRow("15/10 half goes up") << qint64(15) << qint64(10) << qint64(2);
    QTest::newRow("25/10 half goes up") << qint64(25) << qint64(10) << qint64(3);
    QTest::newRow("14/10 below half") << qint64(14) << qint64(10) << qint64(1);
    QTest::newRow("16/10 above half") << qint64(16) << qint64(10) << qint64(2);
    QTest::newRow("4/10") << qint64(4) << qint64(10) << qint64(0);
    QTest::newRow("exact") << qint64(30) << qint64(10) << qint64(3);
    QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(0);
    QTest::newRow("odd denominator just below half") << qint64(3) << qint64(7) << qint64(0);
    QTest::newRow("odd denominator just above half") << qint64(4) << qint64(7) << qint64(1);
    QTest::newRow("-5/10 away from zero") << qint64(-5) << qint64(10) << qint64(-1);
    QTest::newRow("-15/10 away from zero") << qint64(-15) << qint64(10) << qint64(-2);
    QTest::newRow("-14/10") << qint64(-14) << qint64(10) << qint64(-1);
    QTest::newRow("5/-10") << qint64(5) << qint64(-10) << qint64(-1);
    QTest::newRow("-5/-10") << qint64(-5) << qint64(-10) << qint64(1);
    QTest::newRow("huge numerator") << std::numeric_limits<qint64>::max() << qint64(2)
                                    << std::numeric_limits<qint64>::max() / 2 + 1;
    QTest::newRow("huge denominator") << std::numeric_limits<qint64>::max() / 2
                                      << std::numeric_limits<qint64>::max() << qint64(0);
}

void TestMoney::divideRoundHalfUp()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(tableside::divideRoundHalfUp(numerator, denominator), expected);
}

void TestMoney::fromBgnCents_data()
{
    QTest::addColumn<qint64>("bgnCents");
    QTest::addColumn<qint64>("euroCents");
    // The BNB's and the project's vectors (docs/money): 1.70 лв → €0.87 and friends.
    QTest::newRow("1.70 BGN") << qint64(170) << qint64(87);
    QTest::newRow("15.50 BGN") << qint64(1550) << qint64(793);
    QTest::newRow("1.00 BGN") << qint64(100) << qint64(51);
    QTest::newRow("10.00 BGN") << qint64(1000) << qint64(511);
    QTest::newRow("0") << qint64(0) << qint64(0);
    QTest::newRow("0.01 BGN") << qint64(1) << qint64(1);
    QTest::newRow("1.95583 BGN per EUR, times a million") << qint64(195583000) << qint64(100000000);
    // 195583 is odd, so BGN→EUR never lands exactly on .5: these are the nearest misses.
    QTest::newRow("755.41 BGN = 386.2349999… EUR, down") << qint64(75541) << qint64(38623);
    QTest::newRow("1200.42 BGN = 613.7650000… EUR, up") << qint64(120042) << qint64(61377);
    QTest::newRow("largest amount in BGN")
        << Money::fromEuroCents(Money::MaximumCents).bgnCents() << Money::MaximumCents;
    QTest::newRow("negative mirrors positive") << qint64(-170) << qint64(-87);
}

void TestMoney::fromBgnCents()
{
    QFETCH(qint64, bgnCents);
    QFETCH(qint64, euroCents);
    QCOMPARE(Money::fromBgnCents(bgnCents).euroCents(), euroCents);
}

void TestMoney::bgnCents_data()
{
    QTest::addColumn<qint64>("euroCents");
    QTest::addColumn<qint64>("bgnCents");
    QTest::newRow("4.50 EUR") << qint64(450) << qint64(880);
    QTest::newRow("2.56 EUR") << qint64(256) << qint64(501);
    QTest::newRow("1.00 EUR") << qint64(100) << qint64(196);
    QTest::newRow("0.01 EUR") << qint64(1) << qint64(2);
    QTest::newRow("0") << qint64(0) << qint64(0);
    QTest::newRow("5.11 EUR") << qint64(511) << qint64(999);
    // 500.00 × 1.95583 = 977.915 exactly: the half goes up.
    QTest::newRow("500.00 EUR is exactly ...5, up") << qint64(50000) << qint64(97792);
    // 1500.00 × 1.95583 = 2933.745 exactly.
    QTest::newRow("1500.00 EUR is exactly ...5, up") << qint64(150000) << qint64(293375);
    QTest::newRow("500.01 EUR = 977.93458…") << qint64(50001) << qint64(97793);
    QTest::newRow("MaximumCents") << Money::MaximumCents << qint64(1955830000);
    QTest::newRow("negative exact half, away from zero") << qint64(-50000) << qint64(-97792);
}

void TestMoney::bgnCents()
{
    QFETCH(qint64, euroCents);
    QFETCH(qint64, bgnCents);
    QCOMPARE(Money::fromEuroCents(euroCents).bgnCents(), bgnCents);
}

void TestMoney::bgnCentsMatchesExactReference()
{
    // Independent reference: floor((x·195583·2 + 100000) / 200000) is half-up for x ≥ 0 and
    // fits in 64 bits for every amount up to MaximumCents.
    auto reference = [](qint64 cents) { return (cents * 195583 * 2 + 100000) / 200000; };
    for (qint64 cents = 0; cents <= 200000; ++cents) {
        if (Money::fromEuroCents(cents).bgnCents() != reference(cents))
            QFAIL(qPrintable(QStringLiteral("mismatch at %1 cents").arg(cents)));
    }
    for (qint64 cents = Money::MaximumCents - 100000; cents <= Money::MaximumCents; ++cents) {
        if (Money::fromEuroCents(cents).bgnCents() != reference(cents))
            QFAIL(qPrintable(QStringLiteral("mismatch at %1 cents").arg(cents)));
    }
}

void TestMoney::fromBgnCentsMatchesExactReference()
{
    auto reference = [](qint64 bgn) { return (bgn * 100000 * 2 + 195583) / (2 * 195583); };
    for (qint64 bgn = 0; bgn <= 400000; ++bgn) {
        if (Money::fromBgnCents(bgn).euroCents() != reference(bgn))
            QFAIL(qPrintable(QStringLiteral("mismatch at %1 BGN cents").arg(bgn)));
    }
    const qint64 top = Money::fromEuroCents(Money::MaximumCents).bgnCents();
    for (qint64 bgn = top - 100000; bgn <= top; ++bgn) {
        if (Money::fromBgnCents(bgn).euroCents() != reference(bgn))
            QFAIL(qPrintable(QStringLiteral("mismatch at %1 BGN cents").arg(bgn)));
    }
}

void TestMoney::roundTripIsNotExact()
{
    // Why EUR is the only stored currency: 15.50 лв → €7.93 → 15.51 лв.
    const Money euro = Money::fromBgnCents(1550);
    QCOMPARE(euro.euroCents(), 793);
    QCOMPARE(euro.bgnCents(), 1551);
}

void TestMoney::saturatesInsteadOfWrapping()
{
    // Far beyond MaximumCents the BGN figure no longer fits; it must not wrap negative.
    const qint64 max = std::numeric_limits<qint64>::max();
    QCOMPARE(Money::fromEuroCents(max).bgnCents(), max);
    QCOMPARE(Money::fromEuroCents(-max).bgnCents(), -max);
    // Still exact well above MaximumCents, where cents × 195583 alone would overflow.
    const qint64 big = qint64(40'000'000'000'000); // 4·10^13 cents
    QCOMPARE(Money::fromEuroCents(big).bgnCents(), qint64(78'233'200'000'000));
    QCOMPARE(Money::fromBgnCents(qint64(78'233'200'000'000)).euroCents(), big);
}

void TestMoney::toDecimalString_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("one cent") << qint64(1) << QStringLiteral("0.01");
    QTest::newRow("ten cents") << qint64(10) << QStringLiteral("0.10");
    QTest::newRow("5.11") << qint64(511) << QStringLiteral("5.11");
    QTest::newRow("1000") << qint64(100000) << QStringLiteral("1000.00");
    QTest::newRow("negative") << qint64(-511) << QStringLiteral("-5.11");
    QTest::newRow("negative cent") << qint64(-1) << QStringLiteral("-0.01");
    QTest::newRow("maximum") << Money::MaximumCents << QStringLiteral("10000000.00");
}

void TestMoney::toDecimalString()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(Money::fromEuroCents(cents).toDecimalString(), text);
}

void TestMoney::parseDecimal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("5") << QStringLiteral("5") << true << qint64(500);
    QTest::newRow("5.1") << QStringLiteral("5.1") << true << qint64(510);
    QTest::newRow("5.11") << QStringLiteral("5.11") << true << qint64(511);
    QTest::newRow("5,11 decimal comma") << QStringLiteral("5,11") << true << qint64(511);
    QTest::newRow("0") << QStringLiteral("0") << true << qint64(0);
    QTest::newRow("0.01") << QStringLiteral("0.01") << true << qint64(1);
    QTest::newRow("leading zeros") << QStringLiteral("007.50") << true << qint64(750);
    QTest::newRow("maximum") << QStringLiteral("10000000") << true << Money::MaximumCents;
    QTest::newRow("maximum with decimals")
        << QStringLiteral("10000000.00") << true << Money::MaximumCents;

    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-1") << false << qint64(0);
    QTest::newRow("plus sign") << QStringLiteral("+1") << false << qint64(0);
    QTest::newRow("three decimals") << QStringLiteral("1.005") << false << qint64(0);
    QTest::newRow("three zero decimals") << QStringLiteral("1.000") << false << qint64(0);
    QTest::newRow("exponent") << QStringLiteral("1e3") << false << qint64(0);
    QTest::newRow("leading space") << QStringLiteral(" 1") << false << qint64(0);
    QTest::newRow("trailing space") << QStringLiteral("1 ") << false << qint64(0);
    QTest::newRow("letters") << QStringLiteral("abc") << false << qint64(0);
    QTest::newRow("two points") << QStringLiteral("1.2.3") << false << qint64(0);
    QTest::newRow("point and comma") << QStringLiteral("1,2.3") << false << qint64(0);
    QTest::newRow("trailing point") << QStringLiteral("5.") << false << qint64(0);
    QTest::newRow("leading point") << QStringLiteral(".5") << false << qint64(0);
    QTest::newRow("only a point") << QStringLiteral(".") << false << qint64(0);
    QTest::newRow("thousands separator") << QStringLiteral("1 000") << false << qint64(0);
    QTest::newRow("arabic-indic digit") << QStringLiteral("\u0665") << false << qint64(0);
    QTest::newRow("over maximum by a cent") << QStringLiteral("10000000.01") << false << qint64(0);
    QTest::newRow("overflowing digits")
        << QStringLiteral("99999999999999999999999") << false << qint64(0);
    QTest::newRow("nan") << QStringLiteral("nan") << false << qint64(0);
    QTest::newRow("inf") << QStringLiteral("inf") << false << qint64(0);
}

void TestMoney::parseDecimal()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(qint64, cents);
    QString error;
    const std::optional<Money> money = Money::parseDecimal(text, &error);
    QCOMPARE(money.has_value(), accepted);
    if (accepted) {
        QCOMPARE(money->euroCents(), cents);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(!error.isEmpty(), "a refusal must say why");
    }
}

void TestMoney::fromJson_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("5.11") << QJsonValue(5.11) << true << qint64(511);
    QTest::newRow("integer 5") << QJsonValue(5) << true << qint64(500);
    QTest::newRow("0") << QJsonValue(0) << true << qint64(0);
    QTest::newRow("-0.0") << QJsonValue(-0.0) << true << qint64(0);
    QTest::newRow("0.1") << QJsonValue(0.1) << true << qint64(10);
    QTest::newRow("0.01") << QJsonValue(0.01) << true << qint64(1);
    QTest::newRow("1e-2 written with an exponent") << QJsonValue(1e-2) << true << qint64(1);
    QTest::newRow("0.29 (not exact in binary)") << QJsonValue(0.29) << true << qint64(29);
    QTest::newRow("1.15") << QJsonValue(1.15) << true << qint64(115);
    QTest::newRow("1234567.89") << QJsonValue(1234567.89) << true << qint64(123456789);
    QTest::newRow("maximum") << QJsonValue(10000000.0) << true << Money::MaximumCents;
    QTest::newRow("1e7 exponent form") << QJsonValue(1e7) << true << Money::MaximumCents;
    QTest::newRow("9999999.99") << QJsonValue(9999999.99) << true << qint64(999999999);

    QTest::newRow("three decimals 1.005") << QJsonValue(1.005) << false << qint64(0);
    QTest::newRow("three decimals 2.675") << QJsonValue(2.675) << false << qint64(0);
    QTest::newRow("0.001") << QJsonValue(0.001) << false << qint64(0);
    QTest::newRow("1e-05") << QJsonValue(1e-05) << false << qint64(0);
    QTest::newRow("negative") << QJsonValue(-1) << false << qint64(0);
    QTest::newRow("negative cent") << QJsonValue(-0.01) << false << qint64(0);
    QTest::newRow("over maximum by a cent") << QJsonValue(10000000.01) << false << qint64(0);
    QTest::newRow("1e+20") << QJsonValue(1e20) << false << qint64(0);
    QTest::newRow("1e300") << QJsonValue(1e300) << false << qint64(0);
    QTest::newRow("huge integer") << QJsonValue(std::numeric_limits<qint64>::max()) << false
                                  << qint64(0);
    QTest::newRow("string") << QJsonValue(QStringLiteral("5.11")) << false << qint64(0);
    QTest::newRow("true") << QJsonValue(true) << false << qint64(0);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << qint64(0);
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << false << qint64(0);
    QTest::newRow("object") << QJsonValue(QJsonObject {{QStringLiteral("eur"), 5}}) << false
                            << qint64(0);
    QTest::newRow("array") << QJsonValue(QJsonArray {5.11}) << false << qint64(0);
}

void TestMoney::fromJson()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    QFETCH(qint64, cents);
    QString error;
    const std::optional<Money> money = Money::fromJson(value, &error);
    QCOMPARE(money.has_value(), accepted);
    if (accepted)
        QCOMPARE(money->euroCents(), cents);
    else
        QVERIFY2(!error.isEmpty(), "a refusal must say why");
}

void TestMoney::fromJsonRefusesNonFinite()
{
    // QJsonValue may turn NaN and infinities into null or keep them as doubles, depending on
    // the Qt version: neither may become an amount.
    for (const double value :
         {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
          -std::numeric_limits<double>::infinity()}) {
        QString error;
        QVERIFY(!Money::fromJson(QJsonValue(value), &error).has_value());
        QVERIFY(!error.isEmpty());
    }
    // And a document with them cannot even be parsed.
    QVERIFY(QJsonDocument::fromJson("{\"p\":NaN}").isNull());
}

void TestMoney::toJsonNumberRoundTrips()
{
    // Every amount survives the wire: fromJson(toJsonNumber()) is the identity, and the number
    // prints with at most two decimals.
    for (qint64 cents = 0; cents <= 100000; ++cents) {
        const Money money = Money::fromEuroCents(cents);
        const std::optional<Money> back = Money::fromJson(money.toJsonNumber());
        if (!back || *back != money)
            QFAIL(qPrintable(QStringLiteral("%1 cents did not round-trip").arg(cents)));
    }
    const Money maximum = Money::fromEuroCents(Money::MaximumCents - 1);
    QCOMPARE(Money::fromJson(maximum.toJsonNumber()), std::optional<Money>(maximum));
}

void TestMoney::toJsonNumberOnTheWire_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("5.11") << qint64(511) << QByteArray("{\"p\":5.11}");
    QTest::newRow("10.00") << qint64(1000) << QByteArray("{\"p\":10}");
    QTest::newRow("0.29") << qint64(29) << QByteArray("{\"p\":0.29}");
    QTest::newRow("0.01") << qint64(1) << QByteArray("{\"p\":0.01}");
    QTest::newRow("1234567.89") << qint64(123456789) << QByteArray("{\"p\":1234567.89}");
}

void TestMoney::toJsonNumberOnTheWire()
{
    QFETCH(qint64, cents);
    QFETCH(QByteArray, json);
    const QJsonObject object {{QStringLiteral("p"), Money::fromEuroCents(cents).toJsonNumber()}};
    QCOMPARE(QJsonDocument(object).toJson(QJsonDocument::Compact), json);
}

void TestMoney::bgnToJsonNumber()
{
    QCOMPARE(Money::fromEuroCents(511).bgnToJsonNumber().toDouble(), 9.99);
    QCOMPARE(Money::fromEuroCents(450).bgnToJsonNumber().toDouble(), 8.8);
    QCOMPARE(Money::fromEuroCents(0).bgnToJsonNumber().toDouble(), 0.0);
}

void TestMoney::arithmetic()
{
    const Money a = Money::fromEuroCents(256);
    QCOMPARE((a * 3).euroCents(), 768);
    QCOMPARE((a + a).euroCents(), 512);
    Money sum;
    QVERIFY(sum.isZero());
    sum += a;
    QCOMPARE(sum, a);
    QVERIFY(Money::fromEuroCents(1) < a);
    QVERIFY(Money::fromEuroCents(-1).isNegative());
    QVERIFY(a != Money());
    // Drift the origin app had: BGN of a total comes from the EUR total, not from the lines.
    QCOMPARE((a * 3).bgnCents(), 1502);
    QCOMPARE(a.bgnCents() * 3, 1503);
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
