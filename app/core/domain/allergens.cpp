#include "allergens.h"

namespace tableside {

const QStringList &Allergens::codes()
{
    static const QStringList list = {
        QStringLiteral("gluten"),  QStringLiteral("crustaceans"), QStringLiteral("eggs"),
        QStringLiteral("fish"),    QStringLiteral("peanuts"),     QStringLiteral("soybeans"),
        QStringLiteral("milk"),    QStringLiteral("nuts"),        QStringLiteral("celery"),
        QStringLiteral("mustard"), QStringLiteral("sesame"),      QStringLiteral("sulphites"),
        QStringLiteral("lupin"),   QStringLiteral("molluscs"),
    };
    return list;
}

bool Allergens::isKnown(const QString &code)
{
    return codes().contains(code);
}

QStringList Allergens::normalized(const QStringList &given, bool *ok, QString *unknown)
{
    if (ok)
        *ok = true;
    for (const QString &code : given) {
        if (!isKnown(code)) {
            if (ok)
                *ok = false;
            if (unknown)
                *unknown = code;
            return {};
        }
    }
    // The regulation's order, once each: the same set always reads and stores the same.
    QStringList out;
    for (const QString &code : codes())
        if (given.contains(code))
            out.append(code);
    return out;
}

} // namespace tableside
