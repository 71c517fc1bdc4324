#include "postgresconnection.h"

#include <QCoreApplication>
#include <QSqlError>

namespace tableside::server {

bool PostgresConnection::open(const DatabaseSettings &settings, const QString &name, QString *error)
{
    QString password;
    QString reason;
    bool opened = false;
    if (settings.password(&password, &reason)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            reason = QCoreApplication::translate(
                "Store",
                "the PostgreSQL driver of Qt (QPSQL, Debian package libqt6sql6-psql) "
                "is not installed");
        } else {
            db.setHostName(settings.hostName());
            db.setPort(settings.port());
            db.setDatabaseName(settings.databaseName);
            db.setUserName(settings.user);
            db.setPassword(password);
            db.setConnectOptions(settings.connectOptions());
            opened = db.open();
            if (!opened)
                reason = db.lastError().text();
        }
    }
    if (!opened) {
        QSqlDatabase::removeDatabase(name);
        if (error)
            *error = reason;
    }
    return opened;
}

} // namespace tableside::server
