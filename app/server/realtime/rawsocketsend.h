#pragma once

#include <cstdint>

namespace tableside::server {

/// One non-blocking send() on a connected TCP socket's descriptor, alike on POSIX and Windows.
///
/// The fan-out writes the same frame to many sockets straight to the kernel (see
/// WebSocketFrameWriter and FanOutSender); this is the one place that knows the platform's call.
class RawSocketSend
{
public:
    /// Sends up to @p size bytes; returns how many the kernel took (0 when its buffer is full),
    /// or -1 on a connection error. Never blocks and never raises SIGPIPE.
    static int sendSome(std::intptr_t descriptor, const char *data, int size);
};

} // namespace tableside::server
