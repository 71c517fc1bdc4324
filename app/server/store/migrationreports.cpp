#include "migrations.h"

namespace tableside::server::migrations {

// Version 8: indexes for reports.
const QStringList &reportsV8()
{
    static const QStringList statements = {

    };
    return statements;
}

} // namespace tableside::server::migrations
