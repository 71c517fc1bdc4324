#pragma once

#include <QStringList>

namespace tableside::server {

/// `tableside-server staff add|list|remove|reset-pin|lockouts|unlock`: staff members, their PINs
/// (new ones 6 to 8 digits) and the login lockouts, on the database of --data-dir (also while
/// the server runs: it notices removals and new PINs and closes those staff members' sockets).
/// @p arguments start with "staff". Returns 0, 1 (refused or failed) or 2 (usage).
int runStaffCommand(const QStringList &arguments);

} // namespace tableside::server
