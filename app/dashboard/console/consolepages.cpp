#include "consolepages.h"

#include "auditpage.h"
#include "consolewindow.h"
#include "devicespage.h"
#include "menupage.h"
#include "printerspage.h"
#include "reportspage.h"
#include "servicepage.h"
#include "staffpage.h"
#include "tablespage.h"

namespace tableside::dashboard {

void ConsolePages::addAll(ConsoleWindow *console)
{
    // One line per page, each added by the helper who owns it: console->addPage(new XPage(
    // console->session()));  the page sets its own objectName and windowTitle (tr()).
    DashboardSession *session = console->session();
    console->addPage(new MenuPage(session)); // issue 16 (H4): categories, products, pauses
    console->addPage(new StaffPage(session));
    console->addPage(new TablesPage(session));
    console->addPage(new ServicePage(session));
    console->addPage(new AuditPage(session));
    console->addPage(new ReportsPage(session)); // issue 17: reports, PDF and CSV
    console->addPage(new DevicesPage(session)); // issue 18: devices, response figures, tables
    console->addPage(new PrintersPage(session)); // issue 19: printers, state, test print
}

} // namespace tableside::dashboard
