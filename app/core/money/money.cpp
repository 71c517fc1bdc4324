#include "money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace tableside {

qint64 divideRoundHalfUp(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator; // same sign as numerator (C++11)
    // |remainder| * 2 >= denominator, written so that it cannot overflow.
    const qint64 absRemainder = remainder < 0 ? -remainder : remainder;
    if (absRemainder >= denominator - absRemainder)
        return remainder < 0 ? quotient - 1 : quotient + 1;
    return quotient;
}

namespace {

// Multiplies @p amount by numerator/denominator and rounds half-up, exactly and without
// forming amount × numerator (which could overflow): amount = q·denominator + r, so the
// result is q·numerator + round(r·numerator / denominator). Saturates if the result itself
// does not fit (only for amounts thousands of times above Money::MaximumCents).
qint64 scaleRoundHalfUp(qint64 amount, qint64 numerator, qint64 denominator)
{
    if (amount < 0) {
        // Half-up means away from zero, so negative amounts mirror positive ones.
        if (amount == std::numeric_limits<qint64>::min())
            return std::numeric_limits<qint64>::min();
        return -scaleRoundHalfUp(-amount, numerator, denominator);
    }
    const qint64 quotient = amount / denominator;
    const qint64 remainder = amount % denominator;
    qint64 whole = 0;
    qint64 result = 0;
    if (qMulOverflow(quotient, numerator, &whole)
        || qAddOverflow(whole, divideRoundHalfUp(remainder * numerator, denominator), &result)) {
        return std::numeric_limits<qint64>::max();
    }
    return result;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString tooManyDecimals()
{
    return QCoreApplication::translate("Money", "an amount may have at most two decimals");
}

QString tooLarge()
{
    return QCoreApplication::translate("Money", "the amount is too large (at most %1)")
        .arg(Money::fromEuroCents(Money::MaximumCents).toDecimalString());
}

} // namespace

Money Money::fromBgnCents(qint64 bgnCents)
{
    return Money(scaleRoundHalfUp(bgnCents, BgnPerEurDenominator, BgnPerEurNumerator));
}

qint64 Money::bgnCents() const
{
    return scaleRoundHalfUp(m_cents, BgnPerEurNumerator, BgnPerEurDenominator);
}

QString Money::toDecimalString() const
{
    // Work on the magnitude as unsigned so that the most negative value has a magnitude too.
    const bool negative = m_cents < 0;
    const quint64 magnitude = negative ? 0 - quint64(m_cents) : quint64(m_cents);
    QString text = QString::number(magnitude / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(QLatin1Char('-'));
    return text;
}

QJsonValue Money::toJsonNumber() const
{
    // The wire boundary: the correctly rounded quotient is the double nearest to the decimal,
    // whose shortest representation is the two-decimal text (511 → 5.11).
    return QJsonValue(double(m_cents) / 100.0);
}

QJsonValue Money::bgnToJsonNumber() const
{
    return QJsonValue(double(bgnCents()) / 100.0);
}

std::optional<Money> Money::parseDecimal(const QString &text, QString *error)
{
    if (text.isEmpty()) {
        setError(error, QCoreApplication::translate("Money", "the amount is empty"));
        return std::nullopt;
    }
    qint64 cents = 0;
    int integerDigits = 0;
    int fractionDigits = -1; // -1: no separator seen yet
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            if (fractionDigits >= 0) {
                if (++fractionDigits > 2) {
                    setError(error, tooManyDecimals());
                    return std::nullopt;
                }
            } else {
                ++integerDigits;
            }
            cents = cents * 10 + (u - u'0');
            // Checked per digit so the accumulator never comes near overflow.
            if (cents > MaximumCents * 100) {
                setError(error, tooLarge());
                return std::nullopt;
            }
        } else if ((u == u'.' || u == u',') && fractionDigits < 0 && integerDigits > 0) {
            fractionDigits = 0;
        } else {
            setError(error,
                     QCoreApplication::translate(
                         "Money",
                         "'%1' is not an amount (digits with an optional decimal "
                         "point and up to two decimals)")
                         .arg(text));
            return std::nullopt;
        }
    }
    if (integerDigits == 0 || fractionDigits == 0) {
        setError(error, QCoreApplication::translate("Money", "'%1' is not an amount").arg(text));
        return std::nullopt;
    }
    for (int i = std::max(fractionDigits, 0); i < 2; ++i)
        cents *= 10;
    if (cents > MaximumCents) {
        setError(error, tooLarge());
        return std::nullopt;
    }
    return Money(cents);
}

std::optional<Money> Money::fromJson(const QJsonValue &value, QString *error)
{
    if (!value.isDouble()) {
        setError(error, QCoreApplication::translate("Money", "expected a number"));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number)) {
        setError(error, QCoreApplication::translate("Money", "expected a finite number"));
        return std::nullopt;
    }
    if (number < 0) {
        setError(error, QCoreApplication::translate("Money", "the amount is negative"));
        return std::nullopt;
    }
    if (number == 0) // also -0.0, whose text would carry a sign
        return Money();

    // The shortest text that reads back as the same double is the decimal the sender wrote
    // (5.11, 1e-05, 1e+20); parsing it with integers avoids any binary rounding.
    const QByteArray text = QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    QByteArray digits;
    int exponent = 0; // value = digits × 10^exponent
    int i = 0;
    bool inFraction = false;
    for (; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c >= '0' && c <= '9') {
            digits.append(c);
            if (inFraction)
                --exponent;
        } else if (c == '.' && !inFraction) {
            inFraction = true;
        } else {
            break;
        }
    }
    if (i < text.size()) {
        if (text.at(i) != 'e' && text.at(i) != 'E') {
            setError(error, QCoreApplication::translate("Money", "expected a number"));
            return std::nullopt;
        }
        bool ok = false;
        const int written = text.mid(i + 1).toInt(&ok);
        if (!ok) {
            setError(error, QCoreApplication::translate("Money", "expected a number"));
            return std::nullopt;
        }
        exponent += written;
    }
    while (digits.size() > 1 && digits.endsWith('0')) {
        digits.chop(1);
        ++exponent;
    }
    int leadingZeros = 0;
    while (leadingZeros < digits.size() - 1 && digits.at(leadingZeros) == '0')
        ++leadingZeros;
    digits.remove(0, leadingZeros);

    const int centsExponent = exponent + 2; // cents = digits × 10^centsExponent
    if (centsExponent < 0) {
        setError(error, tooManyDecimals());
        return std::nullopt;
    }
    // MaximumCents has 10 digits: anything longer is over it, and this bounds the loop below.
    if (digits.size() + centsExponent > 11) {
        setError(error, tooLarge());
        return std::nullopt;
    }
    qint64 cents = 0;
    for (const char c : std::as_const(digits))
        cents = cents * 10 + (c - '0');
    for (int k = 0; k < centsExponent; ++k)
        cents *= 10;
    if (cents > MaximumCents) {
        setError(error, tooLarge());
        return std::nullopt;
    }
    return Money(cents);
}

} // namespace tableside
