#pragma once

// The set-up of the multi-device tests (the seed's Test 1 and 2, the bill's must-show): a real
// tableside-server with two waiters, Maria (PIN 1111) and Ivan (2222), and a dashboard for each —
// its own settings, session and main window, shown — signed in to it.

#include "dashboardclient.h"
#include "mainwindow.h"
#include "serverprocess.h"
#include "theme.h"

#include <memory>

namespace tableside::dashboard {

struct TwoDashboards
{
    ServerProcess server;
    std::unique_ptr<DashboardClient> a;
    std::unique_ptr<DashboardClient> b;
    std::unique_ptr<MainWindow> windowA;
    std::unique_ptr<MainWindow> windowB;

    /// Starts the server and signs Maria in on A, Ivan on B; false (with the server's output
    /// logged) when any step fails.
    bool start()
    {
        ThemeManager::apply(Theme::Light);
        if (!server.addStaff(QStringLiteral("Maria"), QStringLiteral("1111"))
            || !server.addStaff(QStringLiteral("Ivan"), QStringLiteral("2222"))) {
            qWarning().noquote() << server.output();
            return false;
        }
        server.disableGuestLimits();
        if (!server.start()) {
            qWarning().noquote() << server.output();
            return false;
        }
        a = std::make_unique<DashboardClient>();
        b = std::make_unique<DashboardClient>();
        windowA = std::make_unique<MainWindow>(&a->session());
        windowB = std::make_unique<MainWindow>(&b->session());
        windowA->show();
        windowB->show();
        return a->signIn(server.url(), QStringLiteral("1111"))
            && b->signIn(server.url(), QStringLiteral("2222"));
    }

    /// The windows, then the sessions; the server stops with the fixture.
    void stop()
    {
        windowA.reset();
        windowB.reset();
        a.reset();
        b.reset();
    }
};

} // namespace tableside::dashboard
