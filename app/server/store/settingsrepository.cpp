#include "settingsrepository.h"

#include "pinhasher.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace tableside::server {

namespace {

const QString AppId = QStringLiteral("app_id");
const QString AppKey = QStringLiteral("app_key");
const QString AppSecret = QStringLiteral("app_secret");
const QString HistoryId = QStringLiteral("history_id");

// @p bytes random bytes as lowercase hex.
QString randomHex(int bytes)
{
    return QString::fromLatin1(QByteArray::fromBase64(PinHasher::randomToken(bytes).toLatin1(),
                                                      QByteArray::Base64UrlEncoding)
                                   .toHex());
}

} // namespace

SettingsRepository::SettingsRepository(Database &database)
    : m_db(database)
{ }

QString SettingsRepository::value(Database::Connection connection, const QString &key)
{
    QSqlQuery &query
        = m_db.statement(connection, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    Database::Finisher finisher {query};
    if (!m_db.run(query, {key}) || !query.next())
        return {};
    return query.value(0).toString();
}

bool SettingsRepository::setValue(const QString &key, const QString &value)
{
    return m_db.exec(Database::Connection::Write,
                     QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value});
}

Store::AppCredentials SettingsRepository::appCredentials()
{
    const auto read = Database::Connection::Read;
    return {value(read, AppId), value(read, AppKey), value(read, AppSecret)};
}

bool SettingsRepository::hasAppCredentials()
{
    return !value(Database::Connection::Write, AppId).isEmpty();
}

bool SettingsRepository::createAppCredentials()
{
    const QString appId = QString::number(QRandomGenerator::system()->bounded(1000000, 9999999));
    return setValue(AppId, appId) && setValue(AppKey, randomHex(10))
        && setValue(AppSecret, randomHex(16));
}

QString SettingsRepository::historyId(Database::Connection connection)
{
    return value(connection, HistoryId);
}

bool SettingsRepository::ensureHistoryId()
{
    if (!historyId(Database::Connection::Write).isEmpty())
        return true;
    return setValue(HistoryId, newHistoryId());
}

QString SettingsRepository::newHistoryId()
{
    return randomHex(16);
}

bool SettingsRepository::renewHistoryId(const QString &databaseFile, QString *error)
{
    const QString name = QStringLiteral("renew-history-id");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseFile);
        if (db.open()) {
            QSqlQuery query(db);
            // Rollback journal for this one write: nothing is left in a -wal file beside it.
            ok = query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))
                && query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
            if (ok) {
                query.prepare(
                    QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
                query.addBindValue(HistoryId);
                query.addBindValue(newHistoryId());
                ok = query.exec();
            }
            if (!ok && error)
                *error = query.lastError().text();
            query.finish();
            db.close();
        } else if (error) {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace tableside::server
