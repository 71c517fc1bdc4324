#pragma once

#include <QString>

namespace tableside::dashboard {

/// The kitchen display's settings (group [kitchen] of the dashboard profile's INI file):
/// station filter, age colour thresholds, recall window, calls on/off, cursor idle time.
struct KitchenSettings
{
    bool enabled = false; ///< start as a kitchen display even without --kitchen
    QString station; ///< "" = every station; else only that station's items ("kitchen", "bar")
    int amberAfterMinutes = 5; ///< green before, amber from here
    int redAfterMinutes = 10; ///< red from here
    int pulseAfterMinutes = 20; ///< red and pulsing from here ("far over")
    int recallWindowSeconds = 300; ///< bumped orders stay recallable this long (server: same key)
    bool showCalls = false; ///< waiter calls are not the kitchen's business unless asked for
    int hideCursorAfterSeconds = 5;
    /// Hidden: shifts the screen's clock (demo screenshots with orders of mixed ages).
    int clockOffsetSeconds = 0;

    /// Reads group [kitchen] of @p iniFile over the defaults; out-of-range values are clamped.
    static KitchenSettings load(const QString &iniFile);
    /// Writes every key of group [kitchen] to @p iniFile.
    void save(const QString &iniFile) const;
    /// Whether @p name is a valid station name: [a-z0-9_-], 1–40 characters, or "".
    static bool isValidStation(const QString &name);
};

} // namespace tableside::dashboard
