#pragma once

#include "consolerecords.h"
#include "storeoutcome.h"

#include <QList>

namespace tableside::server {

class Database;
class StaffRepository;

/// The console's staff management on top of StaffRepository (which hashes PINs and keeps them
/// unique): generated PINs, rename, role, deactivate / reactivate, and the rule that the venue
/// always keeps one active manager. Writes run inside a job.
class StaffAdminRepository
{
public:
    StaffAdminRepository(Database &database, StaffRepository &staff);

    QList<ConsoleStaff> list();
    /// Adds @p name with @p role and a new random PIN (returned once).
    StoreOutcome<ConsoleStaffWithPin> add(const QString &name, StaffRole role,
                                          const QDateTime &now);
    StoreOutcome<ConsoleStaff> change(qint64 id, const ConsoleStaffChange &change);
    /// The member as it was before removal.
    StoreOutcome<ConsoleStaff> remove(qint64 id);
    StoreOutcome<ConsoleStaffWithPin> resetPin(qint64 id);
    /// A random PIN of six digits.
    static QString randomPin();

private:
    std::optional<ConsoleStaff> find(qint64 id);
    /// Refuses when @p id is the last active manager and would stop being one.
    std::optional<StoreError> lastManagerRefusal(const ConsoleStaff &member);

    Database &m_db;
    StaffRepository &m_staff;
};

} // namespace tableside::server
