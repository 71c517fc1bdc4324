#pragma once

#include <QStringList>

namespace tableside {

/// The 14 allergens EU Regulation 1169/2011 (Annex II) requires a menu to declare, as the
/// fixed lowercase codes every side uses ("gluten", "milk", …); names are the clients' job.
class Allergens
{
public:
    /// All 14 codes, in the regulation's order.
    static const QStringList &codes();
    static bool isKnown(const QString &code);
    /// @p codes without duplicates, in the regulation's order; nullopt-like false in @p ok when
    /// one is unknown (its code in @p unknown).
    static QStringList normalized(const QStringList &codes, bool *ok = nullptr,
                                  QString *unknown = nullptr);
};

} // namespace tableside
