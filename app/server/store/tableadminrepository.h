#pragma once

#include "consolerecords.h"
#include "storeoutcome.h"

#include <QList>

namespace tableside::server {

class Database;

/// The console's table management: the dining tables with their name, area, seats, switch and
/// scan counts; add, change, and remove a table that has no order today and no open call.
class TableAdminRepository
{
public:
    explicit TableAdminRepository(Database &database);

    QList<ConsoleTable> list();
    /// Inside a job.
    StoreOutcome<ConsoleTable> add(const ConsoleTable &table);
    StoreOutcome<ConsoleTable> change(int number, const ConsoleTableChange &change);
    /// @p businessDay: today's (orders of today keep their table). The table as it was.
    StoreOutcome<ConsoleTable> remove(int number, const QString &businessDay);

    static constexpr int MaxNumber = 9999;
    static constexpr int MaxText = 40;
    static constexpr int MaxSeats = 99;

private:
    std::optional<ConsoleTable> find(int number);
    std::optional<StoreError> invalidFields(const ConsoleTable &table);

    Database &m_db;
};

} // namespace tableside::server
