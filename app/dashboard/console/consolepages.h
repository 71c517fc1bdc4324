#pragma once

namespace tableside::dashboard {

class ConsoleWindow;

/// The list of the console's pages, in the order the manager sees them. To add an area, add
/// one line to addAll() (a page is any QWidget; give it an objectName and a windowTitle).
class ConsolePages
{
public:
    static void addAll(ConsoleWindow *console);
};

} // namespace tableside::dashboard
