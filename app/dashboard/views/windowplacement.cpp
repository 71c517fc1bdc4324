#include "windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace tableside::dashboard {

namespace {
QScreen *screenOf(QWidget *window)
{
    if (QScreen *screen = window->screen())
        return screen;
    return QGuiApplication::primaryScreen();
}
} // namespace

QRect WindowPlacement::startGeometry(const QScreen *screen)
{
    return screen ? screen->availableGeometry() : QRect();
}

void WindowPlacement::fitToScreen(QWidget *window)
{
    const QRect area = startGeometry(screenOf(window));
    if (area.isEmpty())
        return;
    // The window's minimum must not hold it larger than a small tablet's screen; should it
    // still, the window takes what it needs and the screen clips the rest.
    window->resize(area.size().expandedTo(window->minimumSize()));
    window->move(area.topLeft());
}

void WindowPlacement::showFullScreen(QWidget *window)
{
    if (QScreen *screen = screenOf(window))
        window->setGeometry(screen->geometry());
    window->showFullScreen();
}

void WindowPlacement::showNormal(QWidget *window)
{
    if (window->isFullScreen())
        window->showNormal();
    fitToScreen(window);
    window->show();
}

} // namespace tableside::dashboard
