#include "tilecolour.h"

#include "kitchensettings.h"

namespace tableside::dashboard {

TileColour::TileColour(int amberAfterMinutes, int redAfterMinutes, int pulseAfterMinutes)
    : m_amber(qint64(amberAfterMinutes) * 60)
    , m_red(qint64(redAfterMinutes) * 60)
    , m_pulse(qint64(pulseAfterMinutes) * 60)
{ }

TileColour::TileColour(const KitchenSettings &settings)
    : TileColour(settings.amberAfterMinutes, settings.redAfterMinutes, settings.pulseAfterMinutes)
{ }

TileColour::Level TileColour::levelFor(qint64 elapsedSeconds) const
{
    if (elapsedSeconds >= m_pulse)
        return Level::FarOver;
    if (elapsedSeconds >= m_red)
        return Level::Late;
    if (elapsedSeconds >= m_amber)
        return Level::Warning;
    return Level::Fresh;
}

TileColour::Level TileColour::levelAt(const QDateTime &createdAt, const QDateTime &now) const
{
    return levelFor(createdAt.isValid() ? createdAt.secsTo(now) : 0);
}

QColor TileColour::background(Level level, bool pulsePhase)
{
    // Saturated colours that stay distinct from three metres and for red-green colour
    // blindness the text and the time carry the same information.
    switch (level) {
    case Level::Fresh:
        return QColor(0x2e, 0x7d, 0x32);
    case Level::Warning:
        return QColor(0xf9, 0xa8, 0x25);
    case Level::Late:
        return QColor(0xc6, 0x28, 0x28);
    case Level::FarOver:
        return pulsePhase ? QColor(0xff, 0x52, 0x52) : QColor(0x8e, 0x00, 0x00);
    }
    return {};
}

QColor TileColour::foreground(Level level)
{
    return level == Level::Warning ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

QString TileColour::elapsedText(qint64 elapsedSeconds)
{
    const qint64 s = qMax<qint64>(0, elapsedSeconds);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace tableside::dashboard
