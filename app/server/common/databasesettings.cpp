#include "databasesettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace tableside::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseSettings", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = QStringLiteral("database/url: ") + message;
    return false;
}

// libpq connection parameters a URL may carry (the password is not one of them here).
const QStringList &allowedParameters()
{
    static const QStringList names = {QStringLiteral("sslmode"),
                                      QStringLiteral("sslrootcert"),
                                      QStringLiteral("sslcert"),
                                      QStringLiteral("sslkey"),
                                      QStringLiteral("sslcrl"),
                                      QStringLiteral("connect_timeout"),
                                      QStringLiteral("application_name"),
                                      QStringLiteral("target_session_attrs"),
                                      QStringLiteral("keepalives"),
                                      QStringLiteral("keepalives_idle"),
                                      QStringLiteral("keepalives_interval"),
                                      QStringLiteral("keepalives_count"),
                                      QStringLiteral("tcp_user_timeout"),
                                      QStringLiteral("host"),
                                      QStringLiteral("load_balance_hosts")};
    return names;
}

} // namespace

bool DatabaseSettings::parseUrl(const QString &text, DatabaseSettings *settings, QString *error)
{
    DatabaseSettings parsed;
    parsed.passwordFile = settings->passwordFile;
    parsed.url = text.trimmed();
    if (parsed.url.isEmpty()) {
        *settings = parsed;
        return true;
    }
    // postgresql://[user@]host[:port][,host[:port]…][/database][?key=value&…] — parsed by hand
    // because QUrl does not take libpq's several hosts.
    QString rest = parsed.url;
    const int schemeEnd = rest.indexOf(QLatin1String("://"));
    const QString scheme = schemeEnd < 0 ? QString() : rest.left(schemeEnd).toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return fail(error,
                    tr("expected postgresql://user@host:port/database (or nothing for "
                       "the embedded SQLite database)"));
    parsed.backend = Backend::Postgres;
    rest = rest.mid(schemeEnd + 3);
    QString query;
    if (const int q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    if (const int slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        parsed.databaseName = QUrl::fromPercentEncoding(rest.mid(slash + 1).toUtf8());
        if (parsed.databaseName.contains(QLatin1Char('/')))
            return fail(error, tr("the database name cannot contain '/'"));
    }
    if (const int at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':')))
            return fail(error,
                        tr("no password in the URL: use database/passwordFile or the "
                           "environment variable TABLESIDE_DATABASE_PASSWORD"));
        parsed.user = QUrl::fromPercentEncoding(userInfo.toUtf8());
    }
    if (!authority.isEmpty()) {
        for (const QString &hostPort : authority.split(QLatin1Char(','))) {
            QString host = hostPort;
            int port = -1;
            // [::1]:5432, host:5432, host
            const int close = hostPort.indexOf(QLatin1Char(']'));
            const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
            if (hostPort.startsWith(QLatin1Char('['))) {
                if (close < 0)
                    return fail(error, tr("unclosed [ in an IPv6 address"));
                host = hostPort.mid(1, close - 1);
                if (close + 1 < hostPort.size()) {
                    if (hostPort.at(close + 1) != QLatin1Char(':'))
                        return fail(error, tr("expected :port after ]"));
                    bool ok = false;
                    port = hostPort.mid(close + 2).toInt(&ok);
                    if (!ok)
                        port = 0;
                }
            } else if (colon >= 0) {
                host = hostPort.left(colon);
                bool ok = false;
                port = hostPort.mid(colon + 1).toInt(&ok);
                if (!ok)
                    port = 0;
            }
            if (port == 0 || port > 65535)
                return fail(error, tr("the port must be 1-65535"));
            host = QUrl::fromPercentEncoding(host.toUtf8());
            if (host.isEmpty())
                return fail(error, tr("a host is empty"));
            parsed.hosts.append(host);
            if (port > 0)
                parsed.ports.append(port);
        }
        if (!parsed.ports.isEmpty() && parsed.ports.size() != parsed.hosts.size()
            && parsed.ports.size() != 1)
            return fail(error, tr("give every host its port, or none"));
        if (parsed.ports.size() == 1 && parsed.hosts.size() > 1) {
            // host1,host2:5433 means 5433 for host2 only in libpq; keep it unambiguous.
            return fail(error, tr("give every host its port, or none"));
        }
    }
    const QUrlQuery items(query);
    for (const auto &[key, value] : items.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            return fail(error,
                        tr("no password in the URL: use database/passwordFile or the "
                           "environment variable TABLESIDE_DATABASE_PASSWORD"));
        if (!allowedParameters().contains(key))
            return fail(error, tr("unknown parameter \"%1\"").arg(key));
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
            return fail(error, tr("the value of %1 cannot contain ';' or spaces").arg(key));
        if (key == QLatin1String("host"))
            parsed.hosts = value.split(QLatin1Char(','));
        else
            parsed.parameters.append(key + QLatin1Char('=') + value);
    }
    if (parsed.databaseName.isEmpty())
        return fail(error, tr("name the database: postgresql://user@host:5432/tableside"));
    *settings = parsed;
    return true;
}

bool DatabaseSettings::load(QSettings &ini, QString *error)
{
    if (ini.contains(QStringLiteral("database/passwordFile")))
        passwordFile = ini.value(QStringLiteral("database/passwordFile")).toString();
    if (!ini.contains(QStringLiteral("database/url")))
        return parseUrl(url, this, error);
    return parseUrl(ini.value(QStringLiteral("database/url")).toString(), this, error);
}

void DatabaseSettings::save(QSettings &ini) const
{
    ini.setValue(QStringLiteral("database/url"), url);
    ini.setValue(QStringLiteral("database/passwordFile"), passwordFile);
}

bool DatabaseSettings::writeConfigFile(const QString &file) const
{
    QSettings ini(file, QSettings::IniFormat);
    save(ini);
    ini.sync();
    return ini.status() == QSettings::NoError;
}

bool DatabaseSettings::password(QString *password, QString *error) const
{
    password->clear();
    const QByteArray fromEnvironment = qgetenv("TABLESIDE_DATABASE_PASSWORD");
    if (!fromEnvironment.isEmpty()) {
        *password = QString::fromUtf8(fromEnvironment);
        return true;
    }
    if (passwordFile.isEmpty())
        return true;
    QFile file(passwordFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("database/passwordFile: ") + file.errorString();
        return false;
    }
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *password = QString::fromUtf8(line);
    return true;
}

QString DatabaseSettings::hostName() const
{
    return hosts.join(QLatin1Char(','));
}

int DatabaseSettings::port() const
{
    return ports.size() == 1 && hosts.size() <= 1 ? ports.first() : -1;
}

QString DatabaseSettings::connectOptions() const
{
    QStringList options = parameters;
    if (ports.size() > 1 || (ports.size() == 1 && hosts.size() > 1)) {
        QStringList list;
        for (int port : ports)
            list.append(QString::number(port));
        options.append(QStringLiteral("port=") + list.join(QLatin1Char(',')));
    }
    return options.join(QLatin1Char(';'));
}

} // namespace tableside::server
