#pragma once

// One kitchen screen for tests and the benchmark: its own settings file, a signed-in
// DashboardSession (the waiter view's realtime client, sync engine and models) and a
// KitchenWindow on it.

#include "dashboardsession.h"
#include "dashboardsettings.h"
#include "kitchensettings.h"
#include "kitchenwindow.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class KitchenClient
{
public:
    explicit KitchenClient(tableside::dashboard::KitchenSettings kitchen = {})
        : m_kitchen(std::move(kitchen))
    {
        m_settings = std::make_unique<tableside::dashboard::DashboardSettings>(
            m_dir.filePath(QStringLiteral("kitchen.ini")));
        m_session = std::make_unique<tableside::dashboard::DashboardSession>(m_settings.get());
    }
    ~KitchenClient()
    {
        m_window.reset();
        m_session->stop();
    }

    /// Signs in with @p pin, waits until the sync engine is live, then opens the window.
    bool signIn(const QUrl &server, const QString &pin, int timeoutMs = 20'000)
    {
        m_settings->setServerUrl(server);
        bool done = false;
        bool ok = false;
        m_session->loginWithPin(pin, [&](const tableside::dashboard::ApiResult &result) {
            done = true;
            ok = result.isSuccess();
        });
        if (!QTest::qWaitFor([&] { return done; }, timeoutMs) || !ok)
            return false;
        if (!QTest::qWaitFor([&] { return m_session->sync()->isLive(); }, timeoutMs))
            return false;
        m_window
            = std::make_unique<tableside::dashboard::KitchenWindow>(m_session.get(), m_kitchen);
        m_window->resize(1920, 1080);
        m_window->show();
        return true;
    }

    tableside::dashboard::DashboardSession &session() { return *m_session; }
    tableside::dashboard::KitchenWindow &window() { return *m_window; }

private:
    QTemporaryDir m_dir;
    tableside::dashboard::KitchenSettings m_kitchen;
    std::unique_ptr<tableside::dashboard::DashboardSettings> m_settings;
    std::unique_ptr<tableside::dashboard::DashboardSession> m_session;
    std::unique_ptr<tableside::dashboard::KitchenWindow> m_window;
};

/// {"tableNumber", "items":[{"productId","quantity","notes"}]} for POST /api/orders/create.
inline QJsonObject orderBody(int table, const QList<QPair<int, int>> &lines,
                             const QString &notes = {})
{
    QJsonArray items;
    for (const auto &line : lines)
        items.append(QJsonObject {{QStringLiteral("productId"), line.first},
                                  {QStringLiteral("quantity"), line.second},
                                  {QStringLiteral("notes"), notes}});
    return {{QStringLiteral("tableNumber"), table}, {QStringLiteral("items"), items}};
}
