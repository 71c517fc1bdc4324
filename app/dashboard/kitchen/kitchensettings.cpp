#include "kitchensettings.h"

#include <QRegularExpression>
#include <QSettings>

namespace tableside::dashboard {

KitchenSettings KitchenSettings::load(const QString &iniFile)
{
    QSettings ini(iniFile, QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("kitchen"));
    KitchenSettings s;
    s.enabled = ini.value(QStringLiteral("enabled"), false).toBool();
    const QString station = ini.value(QStringLiteral("station")).toString().trimmed();
    s.station = isValidStation(station) ? station : QString();
    s.amberAfterMinutes = qBound(
        1, ini.value(QStringLiteral("amberAfterMinutes"), s.amberAfterMinutes).toInt(), 600);
    // Keep the thresholds in order whatever the file says.
    s.redAfterMinutes
        = qBound(s.amberAfterMinutes + 1,
                 ini.value(QStringLiteral("redAfterMinutes"), s.redAfterMinutes).toInt(), 1200);
    s.pulseAfterMinutes = qBound(
        s.redAfterMinutes + 1,
        ini.value(QStringLiteral("pulseAfterMinutes"), s.redAfterMinutes * 2).toInt(), 2400);
    s.recallWindowSeconds = qBound(
        0, ini.value(QStringLiteral("recallWindowSeconds"), s.recallWindowSeconds).toInt(), 86400);
    s.showCalls = ini.value(QStringLiteral("showCalls"), s.showCalls).toBool();
    s.hideCursorAfterSeconds = qBound(
        1, ini.value(QStringLiteral("hideCursorAfterSeconds"), s.hideCursorAfterSeconds).toInt(),
        3600);
    s.clockOffsetSeconds = ini.value(QStringLiteral("clockOffsetSeconds"), 0).toInt();
    return s;
}

void KitchenSettings::save(const QString &iniFile) const
{
    QSettings ini(iniFile, QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("kitchen"));
    ini.setValue(QStringLiteral("enabled"), enabled);
    ini.setValue(QStringLiteral("station"), station);
    ini.setValue(QStringLiteral("amberAfterMinutes"), amberAfterMinutes);
    ini.setValue(QStringLiteral("redAfterMinutes"), redAfterMinutes);
    ini.setValue(QStringLiteral("pulseAfterMinutes"), pulseAfterMinutes);
    ini.setValue(QStringLiteral("recallWindowSeconds"), recallWindowSeconds);
    ini.setValue(QStringLiteral("showCalls"), showCalls);
    ini.setValue(QStringLiteral("hideCursorAfterSeconds"), hideCursorAfterSeconds);
    ini.endGroup();
    ini.sync();
}

bool KitchenSettings::isValidStation(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{1,40}$"));
    return name.isEmpty() || pattern.match(name).hasMatch();
}

} // namespace tableside::dashboard
