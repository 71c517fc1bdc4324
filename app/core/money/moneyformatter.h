#pragma once

#include "language.h"
#include "money.h"

#include <QDate>
#include <QString>

namespace tableside {

/// Formats prices for people: "5,11 €" and "10,00 лв." in Bulgarian, "€5.11" and "BGN 10.00"
/// in English, and the dual "5,11 € (10,00 лв.)" form while BGN must be shown beside EUR.
class MoneyFormatter
{
public:
    /// Default end of the dual EUR/BGN display period (see docs: sources conflict, so it is a
    /// setting; showing both is never wrong).
    static QDate defaultDualDisplayEnd() { return QDate(2026, 12, 31); }

    explicit MoneyFormatter(Language language = Language::Bulgarian,
                            QDate dualDisplayEnd = defaultDualDisplayEnd());

    Language language() const { return m_language; }
    QDate dualDisplayEnd() const { return m_dualDisplayEnd; }

    /// True while BGN is shown beside EUR: on every day up to and including dualDisplayEnd.
    bool showsBgnOn(QDate day) const;

    /// bg: "5,11 €", en: "€5.11". Thousands are grouped with a (non-breaking) space in bg and a
    /// comma in en: "1 234,50 €" / "€1,234.50".
    QString formatEur(Money amount) const;
    /// bg: "10,00 лв.", en: "BGN 10.00" — amount.bgnCents() formatted.
    QString formatBgn(Money amount) const;
    /// formatEur, plus " (" formatBgn ")" when showsBgnOn(day).
    QString formatDual(Money amount, QDate day) const;
    /// "1 € = 1,95583 лв." / "€1 = BGN 1.95583": the rate line printed during the dual period.
    QString rateLine() const;

private:
    Language m_language;
    QDate m_dualDisplayEnd;
};

} // namespace tableside
