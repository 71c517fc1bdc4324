#include "tablelinkrepository.h"

#include "settingsrepository.h"
#include "tablelink.h"

#include <QRandomGenerator>

namespace tableside::server {

namespace {

const QString SecretKey = QStringLiteral("table_link_secret");
const QString RequireKey = QStringLiteral("guest_require_table_token");

QString newSecretHex()
{
    QByteArray bytes(TableLink::SecretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

TableLinkRepository::TableLinkRepository(Database &database, SettingsRepository &settings)
    : m_db(database)
    , m_settings(settings)
{ }

QByteArray TableLinkRepository::secret()
{
    return QByteArray::fromHex(m_settings.value(Database::Connection::Read, SecretKey).toLatin1());
}

int TableLinkRepository::generation(int table)
{
    QSqlQuery &query = m_db.statement(
        Database::Connection::Read,
        QStringLiteral("SELECT generation FROM table_link_keys WHERE table_number = ?"));
    Database::Finisher finisher {query};
    if (!m_db.run(query, {table}) || !query.next())
        return 1;
    return query.value(0).toInt();
}

bool TableLinkRepository::requireTokenByDefault()
{
    return m_settings.value(Database::Connection::Read, RequireKey) == u"true";
}

bool TableLinkRepository::ensureSecret()
{
    if (!m_settings.value(Database::Connection::Write, SecretKey).isEmpty())
        return true;
    return m_settings.setValue(SecretKey, newSecretHex());
}

bool TableLinkRepository::rotate(const QList<int> &tables)
{
    for (int table : tables) {
        if (!m_db.exec(Database::Connection::Write,
                       QStringLiteral("INSERT INTO table_link_keys (table_number, generation) "
                                      "VALUES (?, 2) ON CONFLICT (table_number) "
                                      "DO UPDATE SET generation = table_link_keys.generation + 1"),
                       {table}))
            return false;
    }
    return true;
}

bool TableLinkRepository::rotateAll()
{
    return m_settings.setValue(SecretKey, newSecretHex());
}

} // namespace tableside::server
