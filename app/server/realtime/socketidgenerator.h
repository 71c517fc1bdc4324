#pragma once

#include <QString>

namespace tableside::server {

/// Makes Pusher socket ids: two random 31-bit integers "digits.digits" from the system CSPRNG,
/// so that one client cannot guess another's id (and so pusher-http-node's /^\d+\.\d+$/ accepts
/// it).
class SocketIdGenerator
{
public:
    static QString next();
};

} // namespace tableside::server
