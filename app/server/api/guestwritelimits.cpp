#include "guestwritelimits.h"

#include "serversettings.h"

#include <QCoreApplication>

namespace tableside::server {

GuestWriteLimits::GuestWriteLimits(const ServerSettings &settings, RateLimiter::Clock clock)
    : m_perClient(settings.guestWritesPerMinute, settings.guestWriteBurst, clock)
    , m_tableOrders(settings.tableOrdersPerMinute, settings.tableOrderBurst, clock)
    , m_tableCalls(settings.tableCallsPerMinute, settings.tableCallBurst, clock)
{ }

std::optional<ApiError> GuestWriteLimits::admitClient(const QString &clientKey)
{
    if (m_perClient.tryAcquire(clientKey))
        return std::nullopt;
    return ApiError::tooManyRequests(
        QStringLiteral("rate_limited"),
        QCoreApplication::translate("GuestWriteLimits",
                                    "Too many requests from this device; wait a moment."),
        m_perClient.retryAfterSeconds(clientKey));
}

std::optional<ApiError> GuestWriteLimits::admitTable(Kind kind, int tableNumber)
{
    RateLimiter &limiter = kind == Kind::Order ? m_tableOrders : m_tableCalls;
    const QString key = QString::number(tableNumber);
    if (limiter.tryAcquire(key))
        return std::nullopt;
    return ApiError::tooManyRequests(
        QStringLiteral("rate_limited"),
        QCoreApplication::translate("GuestWriteLimits",
                                    "Too many requests from this table; wait a moment."),
        limiter.retryAfterSeconds(key));
}

} // namespace tableside::server
