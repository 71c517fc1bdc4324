#include "consolepages.h"

#include "consolewindow.h"

namespace tableside::dashboard {

void ConsolePages::addAll(ConsoleWindow *console)
{
    // One line per page, each added by the helper who owns it: console->addPage(new XPage(
    // console->session()));  the page sets its own objectName and windowTitle (tr()).
    Q_UNUSED(console);
}

} // namespace tableside::dashboard
