#include "migrations.h"

namespace tableside::server::migrations {

// Version 6: device health, waiter-table assignment and escalation.
const QStringList &serviceV6()
{
    static const QStringList statements = {

    };
    return statements;
}

} // namespace tableside::server::migrations
