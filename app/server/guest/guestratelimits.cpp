#include "guestratelimits.h"

namespace tableside::server {

GuestRateLimits::GuestRateLimits(RateLimiter::Clock clock)
    : m_clock(std::move(clock))
{
    for (Scope scope : {Scope::Page, Scope::TableLink, Scope::CallStatus}) {
        setClientLimit(scope, defaultClientLimit(scope));
        setTableLimit(scope, defaultTableLimit(scope));
    }
}

GuestRateLimits::~GuestRateLimits() = default;

GuestRateLimits::Limit GuestRateLimits::defaultClientLimit(Scope scope)
{
    switch (scope) {
    case Scope::Page:
        // A page load is the page, 3 files and the menu; reloads and language switches add up.
        return {120, 60};
    case Scope::TableLink:
        return {30, 10};
    case Scope::CallStatus:
        // The page polls every 3 s (20 a minute); leave room for a second tab.
        return {60, 20};
    }
    return {};
}

GuestRateLimits::Limit GuestRateLimits::defaultTableLimit(Scope scope)
{
    switch (scope) {
    case Scope::Page:
        return {600, 200};
    case Scope::TableLink:
        // A party of eight scanning at once, a few times an hour each.
        return {60, 30};
    case Scope::CallStatus:
        // Several phones at one table polling the table's calls.
        return {240, 60};
    }
    return {};
}

void GuestRateLimits::setClientLimit(Scope scope, Limit limit)
{
    m_clientLimiters[int(scope)]
        = std::make_unique<RateLimiter>(limit.perMinute, limit.burst, m_clock);
}

void GuestRateLimits::setTableLimit(Scope scope, Limit limit)
{
    m_tableLimiters[int(scope)]
        = std::make_unique<RateLimiter>(limit.perMinute, limit.burst, m_clock);
}

std::optional<int> GuestRateLimits::admitClient(Scope scope, const QString &clientKey)
{
    return take(*m_clientLimiters[int(scope)], clientKey);
}

std::optional<int> GuestRateLimits::admitTable(Scope scope, int tableNumber)
{
    return take(*m_tableLimiters[int(scope)], QString::number(tableNumber));
}

std::optional<int> GuestRateLimits::take(RateLimiter &limiter, const QString &key)
{
    if (limiter.tryAcquire(key))
        return std::nullopt;
    return qMax(1, limiter.retryAfterSeconds(key));
}

} // namespace tableside::server
