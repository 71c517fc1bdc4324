// tableside-dashboard: the staff client. Everything lives in the tableside_dashboard library.
#include "commandline.h"
#include "dashboardapplication.h"

#include <QApplication>
#include <QElapsedTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tableside"));
    QApplication::setApplicationName(QStringLiteral("tableside-dashboard"));
    QApplication::setApplicationVersion(QStringLiteral(TABLESIDE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tableside-dashboard"));
    // Closing the login dialog before the main window exists must not end the program early.
    QApplication::setQuitOnLastWindowClosed(true);

    QString error;
    QString exitText;
    const auto commandLine
        = tableside::dashboard::CommandLine::parse(QApplication::arguments(), &error, &exitText);
    if (!commandLine) {
        std::fprintf(stderr, "tableside-dashboard: %s\nTry --help.\n", qPrintable(error));
        return 2;
    }
    if (!exitText.isEmpty()) {
        std::fputs(qPrintable(exitText), stdout);
        return 0;
    }
    tableside::dashboard::DashboardApplication dashboard(*commandLine, sinceStart);
    dashboard.start();
    return app.exec();
}
