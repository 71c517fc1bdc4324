#include "tablerepository.h"

#include "database.h"
#include "store.h"

namespace tableside::server {

using Connection = Database::Connection;
using Finisher = Database::Finisher;

TableRepository::TableRepository(Database &database)
    : m_db(database)
{ }

TableRepository::Lookup TableRepository::lookup(bool committedOnly, int tableNumber)
{
    QSqlQuery &query = m_db.statement(
        committedOnly ? Connection::Read : Connection::Write,
        QStringLiteral("SELECT is_active FROM dining_tables WHERE table_number = ?"));
    Finisher finisher {query};
    if (!m_db.run(query, {tableNumber}))
        return Lookup::Failed;
    if (!query.next())
        return Lookup::Missing;
    return query.value(0).toBool() ? Lookup::Active : Lookup::Inactive;
}

std::optional<StoreError> TableRepository::refusalFor(int tableNumber)
{
    switch (lookup(false, tableNumber)) {
    case Lookup::Active:
        return std::nullopt;
    case Lookup::Failed:
        return StoreError::storage();
    case Lookup::Missing:
        return StoreError {StoreError::Code::UnknownTable,
                           Store::tr("There is no table %1.").arg(tableNumber),
                           {}};
    case Lookup::Inactive:
        break;
    }
    return StoreError {StoreError::Code::TableInactive,
                       Store::tr("Table %1 is not taking orders.").arg(tableNumber),
                       {}};
}

bool TableRepository::isActive(int tableNumber)
{
    return lookup(true, tableNumber) == Lookup::Active;
}

QList<int> TableRepository::numbers()
{
    QList<int> numbers;
    m_db.select(Connection::Read,
                QStringLiteral("SELECT table_number FROM dining_tables ORDER BY table_number"), {},
                [&](const QSqlQuery &row) { numbers.append(row.value(0).toInt()); });
    return numbers;
}

int TableRepository::scanCount(int tableNumber)
{
    QSqlQuery &query = m_db.statement(
        Connection::Read,
        QStringLiteral("SELECT scan_count FROM dining_tables WHERE table_number = ?"));
    Finisher finisher {query};
    if (m_db.run(query, {tableNumber}) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool TableRepository::recordScan(int tableNumber, const QDateTime &at)
{
    return m_db.exec(Connection::Write,
                     QStringLiteral("UPDATE dining_tables SET scan_count = scan_count + 1, "
                                    "last_scanned_at = ? WHERE table_number = ?"),
                     {Database::timeText(at), tableNumber});
}

bool TableRepository::addRange(int first, int last)
{
    for (int table = first; table <= last; ++table) {
        if (!m_db.exec(Connection::Write,
                       QStringLiteral("INSERT INTO dining_tables (table_number) VALUES (?) "
                                      "ON CONFLICT (table_number) DO NOTHING"),
                       {table}))
            return false;
    }
    return true;
}

} // namespace tableside::server
