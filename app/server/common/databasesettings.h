#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace tableside::server {

/// Which database the store uses (issue 21): the embedded SQLite file in the data folder (the
/// default, nothing configured) or a PostgreSQL server named by database/url:
///
///     [database]
///     url=postgresql://tableside@db1:5432,db2:5432/tableside?sslmode=require&target_session_attrs=read-write
///     passwordFile=/etc/tableside/db-password
///
/// The password never comes from the URL or the command line: the environment variable
/// TABLESIDE_DATABASE_PASSWORD, else the first line of database/passwordFile, else none (trust,
/// peer or ~/.pgpass). Several hosts are handed to libpq as they are: with
/// target_session_attrs=read-write it connects to whichever is the primary.
struct DatabaseSettings
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString url; ///< as configured ("" = SQLite)
    QString passwordFile; ///< database/passwordFile
    // Parsed from url (PostgreSQL only).
    QStringList hosts; ///< host names, addresses or a unix socket directory; empty = libpq's
    QList<int> ports; ///< one per host, or one for all; empty = 5432
    QString user;
    QString databaseName;
    /// libpq parameters from the URL's query, "key=value" each (sslmode, connect_timeout, …).
    QStringList parameters;

    bool isPostgres() const { return backend == Backend::Postgres; }

    /// Parses @p url into @p settings (backend, hosts, ports, user, database, parameters);
    /// "" = SQLite. False and @p error ("database/url: …") when it is not a usable URL.
    static bool parseUrl(const QString &url, DatabaseSettings *settings, QString *error);

    /// Reads database/url and database/passwordFile from @p ini over the current values.
    bool load(QSettings &ini, QString *error);
    void save(QSettings &ini) const;
    /// Writes these settings alone as an INI file @p file: the --config of a command the
    /// server runs as a child (QR cards, report PDFs) so it opens the same database. No secret
    /// is written: the password stays in its file or the environment the child inherits.
    bool writeConfigFile(const QString &file) const;

    /// The password to connect with (see above); false and @p error when passwordFile is set
    /// but cannot be read.
    bool password(QString *password, QString *error) const;
    /// For QSqlDatabase (QPSQL): the host name (hosts joined by commas), the port (-1 when the
    /// ports go into connectOptions()) and the connect options (parameters and several ports,
    /// ';'-separated as QPSQL wants).
    QString hostName() const;
    int port() const;
    QString connectOptions() const;
    /// The URL without anything secret, for logs and /healthz.
    QString displayUrl() const { return url; }
};

} // namespace tableside::server
