#pragma once

#include <QColor>
#include <QDateTime>
#include <functional>

namespace tableside::dashboard {

struct KitchenSettings;

/// The kitchen screen's clock: tests and demos inject their own.
using KitchenClock = std::function<QDateTime()>;

/// How late an order is, and the tile colours for it: green while fresh, amber, red, and red
/// pulsing when far over. The thresholds come from the kitchen settings.
class TileColour
{
public:
    enum class Level { Fresh, Warning, Late, FarOver };

    TileColour() = default;
    TileColour(int amberAfterMinutes, int redAfterMinutes, int pulseAfterMinutes);
    explicit TileColour(const KitchenSettings &settings);

    Level levelFor(qint64 elapsedSeconds) const;
    Level levelAt(const QDateTime &createdAt, const QDateTime &now) const;
    /// Header colour of a tile at @p level; FarOver alternates with @p pulsePhase (odd seconds).
    static QColor background(Level level, bool pulsePhase = false);
    /// Text colour readable on background().
    static QColor foreground(Level level);
    /// "4:07", "1:02:09": elapsed time as the tiles show it (negative → 0:00).
    static QString elapsedText(qint64 elapsedSeconds);

private:
    qint64 m_amber = 5 * 60;
    qint64 m_red = 10 * 60;
    qint64 m_pulse = 20 * 60;
};

} // namespace tableside::dashboard
