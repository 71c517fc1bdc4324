#pragma once

#include "dashboardsession.h"
#include "dashboardsettings.h"

#include <QTemporaryDir>
#include <QUrl>
#include <memory>

class ServerProcess;

/// One dashboard instance for tests: its own settings file (a profile of its own), a
/// DashboardSession, and helpers to sign in and to compare what it shows with the server.
class DashboardClient
{
public:
    DashboardClient();
    ~DashboardClient();

    tableside::dashboard::DashboardSettings &settings() { return *m_settings; }
    tableside::dashboard::DashboardSession &session() { return *m_session; }

    /// Signs in with @p pin (as TABLESIDE_PIN would) and waits until the channel is subscribed
    /// and the sync engine is live. Returns false on timeout.
    bool signIn(const QUrl &server, const QString &pin, int timeoutMs = 20'000);
    bool waitLive(int timeoutMs = 20'000);
    /// Empty when the models equal GET /api/staff/state (ids and statuses), else the difference.
    QString differenceFrom(ServerProcess &server);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<tableside::dashboard::DashboardSettings> m_settings;
    std::unique_ptr<tableside::dashboard::DashboardSession> m_session;
};
