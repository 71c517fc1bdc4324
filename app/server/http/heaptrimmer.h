#pragma once

#include <QObject>
#include <QTimer>

namespace tableside::server {

/// Gives freed heap memory back to the operating system once a burst of connections has settled.
///
/// Each WebSocket handshake allocates about as much temporary memory (request parsing, handshake
/// strings, buffers) as the connection keeps for good. The C library keeps those freed pages for
/// reuse, so after every device of a restaurant reconnects at once (a Wi-Fi drop) the server's
/// resident memory would stay at twice what its connections hold. A quiet moment after such a
/// burst is a cheap time to return it (glibc's malloc_trim; a no-op elsewhere).
class HeapTrimmer : public QObject
{
    Q_OBJECT
public:
    /// Trims @p settleMs after the last noteActivity() of a burst.
    explicit HeapTrimmer(int settleMs = 250, QObject *parent = nullptr);

    /// A connection was opened or closed: trim once things have settled.
    void noteActivity();

    /// Returns free heap pages to the operating system now; true if any were returned.
    static bool trimNow();

signals:
    void trimmed(bool memoryReturned);

private:
    QTimer m_settle;
};

} // namespace tableside::server
