#pragma once

#include "database.h"
#include "store.h"

namespace tableside::server {

/// The settings table (key → text): today the app's Pusher credentials, made on first start.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &database);

    QString value(Database::Connection connection, const QString &key);
    /// Inside a job.
    bool setValue(const QString &key, const QString &value);

    Store::AppCredentials appCredentials();
    /// True when the credentials exist, written or staged (the first start has run).
    bool hasAppCredentials();
    /// Inside a job: random credentials for the Pusher app (id, key, secret).
    bool createAppCredentials();

private:
    Database &m_db;
};

} // namespace tableside::server
