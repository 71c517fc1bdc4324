#include "migrations.h"

namespace tableside::server::migrations {

// Version 4: every table may have a name, an area (inside, terrace, bar …: the tables view's
// sections) and a number of seats. Payments and what they paid are added by the bill's work.
const QStringList &billV4()
{
    static const QStringList statements = {
        QStringLiteral("ALTER TABLE dining_tables ADD COLUMN name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE dining_tables ADD COLUMN area TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE dining_tables ADD COLUMN seats INTEGER NOT NULL DEFAULT 0"),
    };
    return statements;
}

} // namespace tableside::server::migrations
