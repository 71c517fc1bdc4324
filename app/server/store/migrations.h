#pragma once

#include <QStringList>

namespace tableside::server::migrations {

// The schema steps after version 3, one file per feature (Schema runs them in this order).
// A step only ever adds: new tables, new columns with defaults, new indexes.

/// Version 4, the bill (issue 15): table names, areas and seats; payments. migrationbill.cpp
const QStringList &billV4();
/// Version 5, the manager's console (issue 16): audit log, photos, switches, approval.
/// migrationconsole.cpp
const QStringList &consoleV5();
/// Version 6, device health, waiter assignment and escalation (issue 18). migrationservice.cpp
const QStringList &serviceV6();
/// Version 7, printers and their durable job queue (issue 19). migrationprinting.cpp
const QStringList &printingV7();
/// Version 8, the indexes reports read through (issue 17). migrationreports.cpp
const QStringList &reportsV8();

} // namespace tableside::server::migrations
