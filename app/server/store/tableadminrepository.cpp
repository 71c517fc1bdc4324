#include "tableadminrepository.h"

#include "database.h"
#include "store.h"

namespace tableside::server {

using Connection = Database::Connection;
using Finisher = Database::Finisher;

namespace {

const QString Columns
    = QStringLiteral("table_number, name, area, seats, is_active, scan_count, last_scanned_at");

ConsoleTable tableFrom(const QSqlQuery &row)
{
    ConsoleTable table;
    table.number = row.value(0).toInt();
    table.name = row.value(1).toString();
    table.area = row.value(2).toString();
    table.seats = row.value(3).toInt();
    table.active = row.value(4).toBool();
    table.scans = row.value(5).toInt();
    if (!row.value(6).isNull())
        table.lastScannedAt = Database::timeFrom(row.value(6));
    return table;
}

} // namespace

TableAdminRepository::TableAdminRepository(Database &database)
    : m_db(database)
{ }

QList<ConsoleTable> TableAdminRepository::list()
{
    QList<ConsoleTable> list;
    m_db.select(Connection::Read,
                QStringLiteral("SELECT %1 FROM dining_tables ORDER BY table_number").arg(Columns),
                {}, [&](const QSqlQuery &row) { list.append(tableFrom(row)); });
    return list;
}

std::optional<ConsoleTable> TableAdminRepository::find(int number)
{
    QSqlQuery &query = m_db.statement(
        Connection::Write,
        QStringLiteral("SELECT %1 FROM dining_tables WHERE table_number = ?").arg(Columns));
    Finisher finisher {query};
    if (!m_db.run(query, {number}) || !query.next())
        return std::nullopt;
    return tableFrom(query);
}

std::optional<StoreError> TableAdminRepository::invalidFields(const ConsoleTable &table)
{
    if (table.number < 1 || table.number > MaxNumber)
        return StoreError::invalid(Store::tr("A table number is 1 to %1.").arg(MaxNumber));
    if (table.name.size() > MaxText || table.area.size() > MaxText)
        return StoreError::invalid(
            Store::tr("A table's name and area are at most %1 characters.").arg(MaxText));
    if (table.seats < 0 || table.seats > MaxSeats)
        return StoreError::invalid(Store::tr("A table has 0 to %1 seats.").arg(MaxSeats));
    return std::nullopt;
}

StoreOutcome<ConsoleTable> TableAdminRepository::add(const ConsoleTable &table)
{
    ConsoleTable added = table;
    added.name = added.name.trimmed();
    added.area = added.area.trimmed();
    added.scans = 0;
    added.lastScannedAt = {};
    if (auto refused = invalidFields(added))
        return *refused;
    if (find(added.number))
        return StoreError {StoreError::Code::DuplicateTable,
                           Store::tr("There is a table %1 already.").arg(added.number),
                           {}};
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("INSERT INTO dining_tables (table_number, name, area, seats, "
                                  "is_active) VALUES (?, ?, ?, ?, ?)"),
                   {added.number, Database::text(added.name), Database::text(added.area),
                    added.seats, added.active ? 1 : 0}))
        return StoreError::storage();
    return added;
}

StoreOutcome<ConsoleTable> TableAdminRepository::change(int number,
                                                        const ConsoleTableChange &change)
{
    auto table = find(number);
    if (!table)
        return StoreError {
            StoreError::Code::UnknownTable, Store::tr("There is no table %1.").arg(number), {}};
    if (change.name)
        table->name = change.name->trimmed();
    if (change.area)
        table->area = change.area->trimmed();
    if (change.seats)
        table->seats = *change.seats;
    if (change.active)
        table->active = *change.active;
    if (auto refused = invalidFields(*table))
        return *refused;
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("UPDATE dining_tables SET name = ?, area = ?, seats = ?, "
                                  "is_active = ? WHERE table_number = ?"),
                   {Database::text(table->name), Database::text(table->area), table->seats,
                    table->active ? 1 : 0, number}))
        return StoreError::storage();
    return *table;
}

StoreOutcome<ConsoleTable> TableAdminRepository::remove(int number, const QString &businessDay)
{
    auto table = find(number);
    if (!table)
        return StoreError {
            StoreError::Code::UnknownTable, Store::tr("There is no table %1.").arg(number), {}};
    // Today's orders and open calls keep pointing at the table: switch it off instead.
    QSqlQuery &query = m_db.statement(
        Connection::Write,
        QStringLiteral("SELECT (SELECT count(*) FROM orders WHERE table_number = ? AND "
                       "(business_day = ? OR status NOT IN ('completed', 'cancelled'))) + "
                       "(SELECT count(*) FROM waiter_calls WHERE table_number = ? AND "
                       "status <> 'completed')"));
    Finisher finisher {query};
    if (!m_db.run(query, {number, businessDay, number}) || !query.next())
        return StoreError::storage();
    if (query.value(0).toInt() > 0)
        return StoreError {StoreError::Code::TableInUse,
                           Store::tr("Table %1 has orders today or an open call: switch it off "
                                     "instead, or remove it tomorrow.")
                               .arg(number),
                           {}};
    if (!m_db.exec(Connection::Write,
                   QStringLiteral("DELETE FROM dining_tables WHERE table_number = ?"), {number}))
        return StoreError::storage();
    return *table;
}

} // namespace tableside::server
