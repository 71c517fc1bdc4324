#include "testdatabase.h"

#include "postgrescluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

std::unique_ptr<PostgresCluster> &cluster()
{
    static std::unique_ptr<PostgresCluster> instance;
    return instance;
}

QHash<QString, QString> &urlsByFolder()
{
    static QHash<QString, QString> urls;
    return urls;
}

void stopCluster()
{
    cluster().reset();
}

[[noreturn]] void skipProcess(const QString &why)
{
    std::fprintf(stderr, "%s\n", qPrintable(PostgresCluster::skipMessage(why)));
    std::fflush(stderr);
    std::exit(TestDatabase::SkipExitCode);
}

PostgresCluster &runningCluster()
{
    if (!cluster()) {
        cluster() = std::make_unique<PostgresCluster>();
        QString why;
        if (!cluster()->start(&why, QStringLiteral("postgres_tests")))
            skipProcess(why);
        // Stopped with the application (QProcess still works there), not at static exit.
        qAddPostRoutine(stopCluster);
    }
    return *cluster();
}

} // namespace

bool TestDatabase::isPostgres()
{
    return qEnvironmentVariable("TABLESIDE_TEST_DATABASE") == QLatin1String("postgres");
}

QString TestDatabase::freshUrl()
{
    if (!isPostgres())
        return {};
    PostgresCluster &pg = runningCluster();
    static int counter = 0;
    const QString name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(
        ++counter);
    {
        QSqlDatabase admin = pg.addConnection(QStringLiteral("testdatabase-admin"));
        if (!admin.open())
            skipProcess(admin.lastError().text());
        QSqlQuery query(admin);
        if (!query.exec(QStringLiteral("CREATE DATABASE ") + name))
            skipProcess(query.lastError().text());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("testdatabase-admin"));
    return pg.url(name);
}

QString TestDatabase::urlFor(const QString &dataDir)
{
    if (!isPostgres())
        return {};
    const QString key = QDir(dataDir).absolutePath();
    auto it = urlsByFolder().find(key);
    if (it == urlsByFolder().end())
        it = urlsByFolder().insert(key, freshUrl());
    return *it;
}

QString TestDatabase::sqliteOnlyReason(const QString &what)
{
    return QStringLiteral("SQLite only: %1").arg(what);
}
