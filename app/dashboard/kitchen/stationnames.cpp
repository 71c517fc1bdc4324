#include "stationnames.h"

#include <QCoreApplication>
#include <QStringList>

namespace tableside::dashboard {

QString StationNames::displayName(const QString &station)
{
    if (station == QLatin1String("kitchen"))
        return QCoreApplication::translate("StationNames", "Kitchen");
    if (station == QLatin1String("bar"))
        return QCoreApplication::translate("StationNames", "Bar");
    if (station == QLatin1String("grill"))
        return QCoreApplication::translate("StationNames", "Grill");
    if (station == QLatin1String("pastry"))
        return QCoreApplication::translate("StationNames", "Pastry");
    if (station.isEmpty())
        return QCoreApplication::translate("StationNames", "All stations");
    return station.left(1).toUpper() + station.mid(1);
}

QString StationNames::progressLine(const QStringList &stations,
                                   const QMap<QString, QString> &stationStatus)
{
    if (stations.isEmpty() || (stations.size() == 1 && !stationStatus.contains(stations.first())))
        return {};
    QStringList parts;
    for (const QString &station : stations) {
        const QString status = stationStatus.value(station);
        // ✓ ready, … cooking, ○ not started: symbols read at a glance in any language.
        const QString mark = status == QLatin1String("ready") ? QStringLiteral("✓")
            : status == QLatin1String("preparing")            ? QStringLiteral("…")
                                                              : QStringLiteral("○");
        parts.append(displayName(station) + QLatin1Char(' ') + mark);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace tableside::dashboard
