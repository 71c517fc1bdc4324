#include "rawsocketsend.h"

#if defined(_WIN32)
#include <winsock2.h>
#else
#include <cerrno>
#include <sys/socket.h>
#include <sys/types.h>
#endif

namespace tableside::server {

int RawSocketSend::sendSome(std::intptr_t descriptor, const char *data, int size)
{
#if defined(_WIN32)
    // Qt's sockets are already non-blocking, and Windows has no SIGPIPE.
    const int n = ::send(SOCKET(descriptor), data, size, 0);
    if (n != SOCKET_ERROR)
        return n;
    return WSAGetLastError() == WSAEWOULDBLOCK ? 0 : -1;
#else
#if defined(MSG_NOSIGNAL)
    constexpr int flags = MSG_DONTWAIT | MSG_NOSIGNAL;
#else
    constexpr int flags = MSG_DONTWAIT; // macOS: Qt sets SO_NOSIGPIPE on its sockets instead
#endif
    const ssize_t n = ::send(int(descriptor), data, size_t(size), flags);
    if (n >= 0)
        return int(n);
    return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? 0 : -1;
#endif
}

} // namespace tableside::server
