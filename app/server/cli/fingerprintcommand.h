#pragma once

#include <QStringList>

namespace tableside::server {

/// `tableside-server fingerprint [--data-dir DIR] [--config FILE]`: prints the SHA-256
/// fingerprint of the certificate the staff (TLS) port presents, "AB:CD:…" (32 pairs), the one
/// a dashboard pins. Makes the self-signed certificate first when none is configured and none
/// was made yet, so an installation can show it before the server's first start.
/// @p arguments start with "fingerprint". Returns 0, 1 (unreadable or unwritable files) or 2
/// (bad arguments).
int runFingerprintCommand(const QStringList &arguments);

} // namespace tableside::server
