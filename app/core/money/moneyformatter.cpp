#include "moneyformatter.h"

namespace tableside {

namespace {

// Digits are produced by hand rather than through QLocale: locale data (grouping character,
// currency placement) differs between ICU versions and platforms, and prices must not.
// The magnitude only: callers put the sign where their language wants it ("-€5.11").
QString groupedAmount(qint64 cents, QChar groupSeparator, QChar decimalSeparator)
{
    const quint64 magnitude = cents < 0 ? 0 - quint64(cents) : quint64(cents);
    const QString whole = QString::number(magnitude / 100);
    QString text;
    text.reserve(whole.size() + whole.size() / 3 + 3);
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            text.append(groupSeparator);
        text.append(whole.at(i));
    }
    text.append(decimalSeparator);
    text.append(QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0')));
    return text;
}

constexpr QChar NoBreakSpace(0x00A0);

QString sign(qint64 cents)
{
    return cents < 0 ? QStringLiteral("-") : QString();
}

} // namespace

MoneyFormatter::MoneyFormatter(Language language, QDate dualDisplayEnd)
    : m_language(language)
    , m_dualDisplayEnd(dualDisplayEnd)
{ }

bool MoneyFormatter::showsBgnOn(QDate day) const
{
    return m_dualDisplayEnd.isValid() && day.isValid() && day <= m_dualDisplayEnd;
}

QString MoneyFormatter::formatEur(Money amount) const
{
    switch (m_language) {
    case Language::English:
        return sign(amount.euroCents()) + QStringLiteral("€")
            + groupedAmount(amount.euroCents(), u',', u'.');
    case Language::Bulgarian:
        break;
    }
    return sign(amount.euroCents()) + groupedAmount(amount.euroCents(), NoBreakSpace, u',')
        + QStringLiteral(" €");
}

QString MoneyFormatter::formatBgn(Money amount) const
{
    switch (m_language) {
    case Language::English:
        return QStringLiteral("BGN ") + sign(amount.bgnCents())
            + groupedAmount(amount.bgnCents(), u',', u'.');
    case Language::Bulgarian:
        break;
    }
    return sign(amount.bgnCents()) + groupedAmount(amount.bgnCents(), NoBreakSpace, u',')
        + QStringLiteral(" лв.");
}

QString MoneyFormatter::formatDual(Money amount, QDate day) const
{
    if (!showsBgnOn(day))
        return formatEur(amount);
    return formatEur(amount) + QStringLiteral(" (") + formatBgn(amount) + QLatin1Char(')');
}

QString MoneyFormatter::rateLine() const
{
    switch (m_language) {
    case Language::English:
        return QStringLiteral("€1 = BGN 1.95583");
    case Language::Bulgarian:
        break;
    }
    return QStringLiteral("1 € = 1,95583 лв.");
}

} // namespace tableside
