#pragma once

#include "dashboardclient.h"
#include "kitchensettings.h"
#include "kitchenwindow.h"

#include <memory>

/// One kitchen screen for tests and the benchmark: a signed-in dashboard client (the waiter
/// view's realtime client, sync engine and models) with a KitchenWindow on it.
class KitchenClient
{
public:
    explicit KitchenClient(tableside::dashboard::KitchenSettings kitchen = {});
    ~KitchenClient();

    /// Signs in with @p pin, waits until the sync engine is live, then opens the window.
    bool signIn(const QUrl &server, const QString &pin, int timeoutMs = 20'000);

    tableside::dashboard::DashboardSession &session() { return m_client.session(); }
    tableside::dashboard::KitchenWindow &window() { return *m_window; }

private:
    tableside::dashboard::KitchenSettings m_kitchen;
    DashboardClient m_client;
    std::unique_ptr<tableside::dashboard::KitchenWindow> m_window;
};
