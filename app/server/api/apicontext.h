#pragma once

#include "guestlimits.h"
#include "loginthrottle.h"
#include "serversettings.h"

namespace tableside::server {

class Metrics;
class Store;

/// What every controller works with: the store, the settings, metrics and the shared limits.
struct ApiContext
{
    Store &store;
    const ServerSettings &settings;
    Metrics &metrics;
    GuestLimits &guestLimits; ///< guest requests per client and per table
    LoginThrottle &logins;
};

} // namespace tableside::server
