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

    /// The database's history id: a restore gives it a new one, so a dashboard that knew the
    /// old history notices even when the restored seq has gone past the one it saw.
    QString historyId(Database::Connection connection);
    /// Inside a job: writes a history id when there is none yet (a new or an older database).
    bool ensureHistoryId();
    /// A fresh random history id.
    static QString newHistoryId();
    /// Writes a new history id into the closed database file @p databaseFile (a restore, before
    /// the file goes into place: two servers restored from one backup never share one).
    static bool renewHistoryId(const QString &databaseFile, QString *error);

private:
    Database &m_db;
};

} // namespace tableside::server
