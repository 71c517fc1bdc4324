#pragma once

#include "databasesettings.h"

#include <QSqlDatabase>
#include <QString>

namespace tableside::server {

/// Opens a QPSQL connection to the PostgreSQL database DatabaseSettings name (issue 21): the
/// one place that turns the settings (hosts, port, user, password from its file or the
/// environment, libpq options) into a Qt connection — for the store's connections, the
/// reports' and the backups'.
class PostgresConnection
{
public:
    /// Adds the connection @p name and opens it; false and @p error (the driver missing, the
    /// password file unreadable, the server's refusal) otherwise, with the connection removed.
    static bool open(const DatabaseSettings &settings, const QString &name, QString *error);
};

} // namespace tableside::server
