#pragma once

#include "loginthrottle.h"
#include "http/ratelimiter.h"
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
    RateLimiter &guestWrites; ///< orders + waiter calls per client address
    LoginThrottle &logins;
};

} // namespace tableside::server
