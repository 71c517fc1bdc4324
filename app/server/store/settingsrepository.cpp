#include "settingsrepository.h"

#include "pinhasher.h"

#include <QRandomGenerator>

namespace tableside::server {

namespace {

const QString AppId = QStringLiteral("app_id");
const QString AppKey = QStringLiteral("app_key");
const QString AppSecret = QStringLiteral("app_secret");

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

} // namespace tableside::server
