#pragma once

// Shared by the screenshot tools (programs, not tests: docs/screenshots/take-*-screenshots.sh):
// a dashboard in the chosen language and the light theme, signed in to a running server, its
// main window at 1366×820 with the urgent call popup off (the screens are the subject).

#include "dashboardsession.h"
#include "dashboardsettings.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "syncengine.h"
#include "theme.h"

#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <memory>

namespace tableside::dashboard {

struct ScreenshotSession
{
    LanguageSwitcher languages;
    QTemporaryDir dir;
    DashboardSettings settings {dir.filePath(QStringLiteral("dashboard.ini"))};
    std::unique_ptr<DashboardSession> session;
    std::unique_ptr<MainWindow> window;

    ScreenshotSession(const QUrl &server, const QString &language)
    {
        languages.setLanguage(LanguageSwitcher::resolve(language));
        ThemeManager::apply(Theme::Light);
        settings.setServerUrl(server);
        AlertOptions alerts = settings.alerts();
        alerts.callPopup = false;
        settings.setAlerts(alerts);
        session = std::make_unique<DashboardSession>(&settings);
        window = std::make_unique<MainWindow>(session.get());
        window->resize(1366, 820);
        window->show();
    }

    /// Signs in with @p pin and waits for the live stream; false (said on stderr) when refused.
    bool signIn(const QString &pin)
    {
        bool ok = false;
        bool answered = false;
        session->loginWithPin(pin, [&](const ApiResult &result) {
            answered = true;
            ok = result.isSuccess();
        });
        if (!QTest::qWaitFor([&] { return answered; }, 20'000) || !ok) {
            std::fprintf(stderr, "sign-in failed\n");
            return false;
        }
        if (!QTest::qWaitFor([&] { return session->sync()->isLive(); }, 20'000))
            qWarning("the dashboard did not get live within 20 s; the screenshots may be empty");
        return true;
    }

    /// Saves @p widget as the PNG @p path and says so on stderr.
    static bool save(QWidget *widget, const QString &path)
    {
        const bool saved = widget->grab().save(path);
        std::fprintf(stderr, "%s %s\n", saved ? "saved" : "FAILED", qPrintable(path));
        return saved;
    }
};

} // namespace tableside::dashboard
