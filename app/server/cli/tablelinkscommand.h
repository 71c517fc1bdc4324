#pragma once

#include <QStringList>

namespace tableside::server {

/// `tableside-server table-links`: prints the signed table links (the URLs the QR cards carry)
/// and rotates their keys.
///   table-links --data-dir DIR --base-url URL [--tables 1-20]
///       one signed URL per line, <base-url>/t/<n>?k=<token> (default: every active table)
///   table-links --rotate --data-dir DIR [--tables LIST] [--base-url URL]
///       new keys for the listed tables, or for every table (a new secret) without --tables;
///       their old links and the guests' sessions from them stop working at once, also in a
///       running server. With --base-url the new links are printed as above.
/// @p arguments are the words after "table-links". Returns 0, 1 (the database cannot be
/// written) or 2 (bad arguments, one line on stderr). Refuses a folder without a database.
int runTableLinksCommand(const QStringList &arguments);

} // namespace tableside::server
