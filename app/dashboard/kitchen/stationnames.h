#pragma once

#include <QMap>
#include <QString>

namespace tableside::dashboard {

/// Human names of kitchen stations ("kitchen" → "Кухня") and the per-station progress line the
/// waiters' order cards show ("Кухня ✓ · Бар …").
class StationNames
{
public:
    /// Translated name of a known station; other names are shown as they are, capitalised.
    static QString displayName(const QString &station);
    /// "Kitchen ✓ · Bar …" for @p stations in order, from @p stationStatus ("" = pending);
    /// empty when the order has a single station that has not reported.
    static QString progressLine(const QStringList &stations,
                                const QMap<QString, QString> &stationStatus);
};

} // namespace tableside::dashboard
