#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace tableside {

/// An amount of money in integer euro cents: EUR is canonical, BGN is only ever derived.
class Money
{
public:
    /// 1 EUR = 1.95583 BGN, as an exact integer fraction (never a double).
    static constexpr qint64 BgnPerEurNumerator = 195583;
    static constexpr qint64 BgnPerEurDenominator = 100000;
    /// Largest amount accepted anywhere (10 million euro): keeps every product of cents far
    /// from qint64 overflow, including cents × 195583.
    static constexpr qint64 MaximumCents = 1'000'000'000;

    constexpr Money() = default;
    static constexpr Money fromEuroCents(qint64 cents) { return Money(cents); }
    /// Converts a legacy BGN amount to EUR: divide by the full rate, round half-up to the cent.
    static Money fromBgnCents(qint64 bgnCents);

    constexpr qint64 euroCents() const { return m_cents; }
    /// BGN value for display: round_half_up(euroCents × 1.95583).
    qint64 bgnCents() const;

    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    constexpr Money operator+(Money other) const { return Money(m_cents + other.m_cents); }
    constexpr Money &operator+=(Money other)
    {
        m_cents += other.m_cents;
        return *this;
    }
    constexpr Money operator*(qint64 quantity) const { return Money(m_cents * quantity); }
    constexpr bool operator==(Money other) const { return m_cents == other.m_cents; }
    constexpr bool operator!=(Money other) const { return m_cents != other.m_cents; }
    constexpr bool operator<(Money other) const { return m_cents < other.m_cents; }

    /// "5.11" (dot, always two decimals): the wire and storage form of an EUR amount.
    QString toDecimalString() const;
    /// A JSON number with at most two decimals (5.11), as the origin app's payloads carry it.
    QJsonValue toJsonNumber() const;
    /// The BGN amount as a JSON number (10.0 for 1000 BGN cents).
    QJsonValue bgnToJsonNumber() const;

    /// Parses "5", "5.1", "5.11" (also with a decimal comma). Refuses more than two decimals,
    /// signs, exponents, empty input and amounts over MaximumCents.
    static std::optional<Money> parseDecimal(const QString &text, QString *error = nullptr);
    /// Parses a JSON number with at most two decimals; refuses strings, negatives, NaN,
    /// infinities, more precision and overflow, with a human-readable reason in @p error.
    static std::optional<Money> fromJson(const QJsonValue &value, QString *error = nullptr);

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    { }
    qint64 m_cents = 0;
};

/// Rounds numerator / denominator half-up (away from zero at .5) with integers only.
qint64 divideRoundHalfUp(qint64 numerator, qint64 denominator);

} // namespace tableside
