#include "migrations.h"

namespace tableside::server::migrations {

// Version 7: printers and their print jobs.
const QStringList &printingV7()
{
    static const QStringList statements = {

    };
    return statements;
}

} // namespace tableside::server::migrations
