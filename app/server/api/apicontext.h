#pragma once

#include "guestwritelimits.h"
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
    GuestWriteLimits &guestWrites; ///< orders + waiter calls per client and per table
    LoginThrottle &logins;
};

} // namespace tableside::server
