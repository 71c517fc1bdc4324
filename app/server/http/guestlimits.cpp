#include "guestlimits.h"

#include "serversettings.h"

#include <QCoreApplication>

namespace tableside::server {

namespace {
constexpr GuestLimits::Scope AllScopes[]
    = {GuestLimits::Scope::Page, GuestLimits::Scope::TableLink, GuestLimits::Scope::CallStatus,
       GuestLimits::Scope::Bill, GuestLimits::Scope::Order, GuestLimits::Scope::Call};
}

GuestLimits::GuestLimits(RateLimiter::Clock clock)
    : GuestLimits(ServerSettings(), std::move(clock))
{ }

GuestLimits::GuestLimits(const ServerSettings &settings, RateLimiter::Clock clock)
    : m_clock(std::move(clock))
{
    for (Scope scope : AllScopes) {
        setClientLimit(scope, clientLimit(settings, scope));
        setTableLimit(scope, tableLimit(settings, scope));
    }
}

GuestLimits::~GuestLimits() = default;

GuestLimits::Limit GuestLimits::clientLimit(const ServerSettings &settings, Scope scope)
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
    case Scope::Bill:
        // The page polls the bill every 5 s (12 a minute) and at once after an order.
        return {60, 20};
    case Scope::Order:
    case Scope::Call:
        return {settings.guestWritesPerMinute, settings.guestWriteBurst};
    }
    return {};
}

GuestLimits::Limit GuestLimits::tableLimit(const ServerSettings &settings, Scope scope)
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
    case Scope::Bill:
        // Every phone at a party of eight polling (8 × 12 a minute) with room to spare.
        return {240, 60};
    case Scope::Order:
        return {settings.tableOrdersPerMinute, settings.tableOrderBurst};
    case Scope::Call:
        return {settings.tableCallsPerMinute, settings.tableCallBurst};
    }
    return {};
}

GuestLimits::Limit GuestLimits::defaultClientLimit(Scope scope)
{
    return clientLimit(ServerSettings(), scope);
}

GuestLimits::Limit GuestLimits::defaultTableLimit(Scope scope)
{
    return tableLimit(ServerSettings(), scope);
}

int GuestLimits::clientBucket(Scope scope)
{
    return isWrite(scope) ? int(Scope::Order) : int(scope);
}

void GuestLimits::setClientLimit(Scope scope, Limit limit)
{
    m_clientLimiters[clientBucket(scope)]
        = std::make_unique<RateLimiter>(limit.perMinute, limit.burst, m_clock);
}

void GuestLimits::setTableLimit(Scope scope, Limit limit)
{
    m_tableLimiters[int(scope)]
        = std::make_unique<RateLimiter>(limit.perMinute, limit.burst, m_clock);
}

std::optional<HttpError> GuestLimits::admitClient(Scope scope, const QString &clientKey)
{
    const std::optional<int> wait = take(*m_clientLimiters[clientBucket(scope)], clientKey);
    if (!wait)
        return std::nullopt;
    return refusal(scope, *wait,
                   QCoreApplication::translate(
                       "GuestWriteLimits", "Too many requests from this device; wait a moment."));
}

std::optional<HttpError> GuestLimits::admitTable(Scope scope, int tableNumber)
{
    const std::optional<int> wait
        = take(*m_tableLimiters[int(scope)], QString::number(tableNumber));
    if (!wait)
        return std::nullopt;
    return refusal(scope, *wait,
                   QCoreApplication::translate(
                       "GuestWriteLimits", "Too many requests from this table; wait a moment."));
}

std::optional<HttpError> GuestLimits::checkTable(Scope scope, int tableNumber) const
{
    const int wait = m_tableLimiters[int(scope)]->retryAfterSeconds(QString::number(tableNumber));
    if (wait <= 0)
        return std::nullopt;
    return refusal(scope, wait,
                   QCoreApplication::translate(
                       "GuestWriteLimits", "Too many requests from this table; wait a moment."));
}

void GuestLimits::spendTable(Scope scope, int tableNumber)
{
    m_tableLimiters[int(scope)]->tryAcquire(QString::number(tableNumber));
}

std::optional<int> GuestLimits::take(RateLimiter &limiter, const QString &key)
{
    if (limiter.tryAcquire(key))
        return std::nullopt;
    return qMax(1, limiter.retryAfterSeconds(key));
}

HttpError GuestLimits::refusal(Scope scope, int waitSeconds, const QString &writeMessage)
{
    // A page says how long to wait; a write asks for "a moment" (both as documented). The
    // messages keep the translation contexts of the two classes this one replaced.
    const QString message = isWrite(scope)
        ? writeMessage
        : QCoreApplication::translate("GuestRoutes", "Too many requests; try again in %1 s.")
              .arg(waitSeconds);
    return HttpError::tooManyRequests(HttpError::Code::RateLimited, message, waitSeconds);
}

} // namespace tableside::server
