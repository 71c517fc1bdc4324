#pragma once

#include <QStringList>

namespace tableside::server {

/// `tableside-server qr`: writes the printable QR table cards.
/// @p arguments are the words after "qr":
///   --tables 1-20 --base-url http://192.168.1.20:8080 --out cards.pdf [--data-dir DIR]
/// Creates an offscreen QGuiApplication when no application object exists yet (call it before
/// constructing one). Returns 0 on success, 2 on bad arguments (one-line error on stderr),
/// 1 when the file cannot be written.
int runQrCommand(const QStringList &arguments);

} // namespace tableside::server
