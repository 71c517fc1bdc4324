#pragma once

#include <QRect>

class QScreen;
class QWidget;

namespace tableside::dashboard {

/// Puts a top-level window on its screen: the screen's available area at start and the whole
/// screen in full screen, the same with or without a window manager (kiosk sessions run none,
/// and there showFullScreen() alone leaves the window at its old size).
class WindowPlacement
{
public:
    /// The area a normal window starts in: @p screen's available geometry (the whole screen
    /// minus panels); an empty rect without a screen.
    static QRect startGeometry(const QScreen *screen);
    /// Resizes and moves @p window to its screen's available area (before or after show()).
    static void fitToScreen(QWidget *window);
    /// Full screen on @p window's screen: the geometry set to the screen's, then
    /// showFullScreen() (a window manager honours the state, a bare X server the geometry).
    static void showFullScreen(QWidget *window);
    /// Leaves full screen (if it was) and fits the window to the available area again.
    static void showNormal(QWidget *window);
};

} // namespace tableside::dashboard
