#pragma once

// Opening a store on the back end the test runs on (testdatabase.h): tests that build a Store
// or a Database themselves call these instead of open(dataDir).

#include "database.h"
#include "databasesettings.h"
#include "store.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace tableside::server::testkit {

/// The database settings for a store in @p dataDir on this run's back end.
inline DatabaseSettings testDatabaseSettings(const QString &dataDir)
{
    DatabaseSettings settings;
    DatabaseSettings::parseUrl(TestDatabase::urlFor(dataDir), &settings, nullptr);
    return settings;
}

inline bool openTestStore(Store &store, const QString &dataDir, Store::OpenInfo *info = nullptr,
                          QString *error = nullptr)
{
    return store.open(dataDir, testDatabaseSettings(dataDir), info, error);
}

inline bool openTestDatabase(Database &db, const QString &dataDir, const void *owner,
                             QString *error)
{
    return db.open(testDatabaseSettings(dataDir),
                   QDir(dataDir).filePath(QStringLiteral("tableside.db")), owner, error);
}

/// A plain connection @p name to the store in @p dataDir, as another process would open it:
/// the SQLite file, or the run's PostgreSQL database (not opened yet; removeDatabase after).
inline QSqlDatabase addTestConnection(const QString &name, const QString &dataDir)
{
    const DatabaseSettings settings = testDatabaseSettings(dataDir);
    if (!settings.isPostgres()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("tableside.db")));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(settings.hostName());
    db.setPort(settings.port());
    db.setDatabaseName(settings.databaseName);
    db.setUserName(settings.user);
    db.setConnectOptions(settings.connectOptions());
    return db;
}

/// For a command (`qr`, `report`, …) run on the store in @p dataDir: on PostgreSQL
/// `--config FILE`, a config in @p dataDir naming the run's database; nothing on SQLite.
inline QStringList commandConfigArguments(const QString &dataDir)
{
    if (!TestDatabase::isPostgres())
        return {};
    const QString file = QDir(dataDir).filePath(QStringLiteral("command.ini"));
    testDatabaseSettings(dataDir).writeConfigFile(file);
    return {QStringLiteral("--config"), file};
}

/// A Store in a temporary folder on this run's back end, with a clock the test moves (`now`).
/// Set `options` before openStore(); openStore() again is what a server restart does: the same
/// folder and database, a new Store. The tests of the store's features derive their fixtures
/// from it.
struct ClockedStore
{
    QTemporaryDir dir;
    QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    Store::Options options;
    std::unique_ptr<Store> store;
    Store::OpenInfo info; ///< what the last openStore() found or created

    void openStore()
    {
        // One store per database at a time: the old one commits what it staged and goes.
        if (store)
            store->flush();
        store.reset();
        options.clock = [this] { return now; };
        store = std::make_unique<Store>(options);
        QString error;
        if (!openTestStore(*store, dir.path(), &info, &error))
            qFatal("open: %s", qPrintable(error));
    }
};

} // namespace tableside::server::testkit
