#include "migrations.h"

namespace tableside::server::migrations {

// Version 8: what reports need that the store did not keep durably, and the indexes reports
// read through (a year of orders in well under a second, bench/reports).
//
// station_times: when each station first started an order and when it last reported it ready.
// orders.station_status only holds the current status and the event log that has the times is
// pruned after 48 h, so kitchen/bar ticket times would otherwise be lost. Written by
// OrderRepository::stepStation in the same job as the step.
const QStringList &reportsV8()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE station_times (order_id TEXT NOT NULL, "
                       "station TEXT NOT NULL, started_at TEXT, ready_at TEXT, "
                       "PRIMARY KEY (order_id, station)) WITHOUT ROWID"),
        // Orders of a range of business days with what the summary reads (covering: no row
        // lookups for the totals).
        QStringLiteral("CREATE INDEX orders_report ON orders (business_day, status, "
                       "created_at, table_number, id)"),
        // Payments of a range of business days (the bill's table, schema 4), covering the sums
        // by method and by who took them.
        QStringLiteral("CREATE INDEX payments_report ON payments (business_day, voided_at, "
                       "method, taken_by, amount_eur_cents, tip_eur_cents)"),
    };
    return statements;
}

} // namespace tableside::server::migrations
