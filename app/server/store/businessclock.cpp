#include "businessclock.h"

namespace tableside::server {

BusinessClock::BusinessClock(std::function<QDateTime()> clock, int businessDayStartHour)
    : m_clock(std::move(clock))
    , m_startHour(businessDayStartHour)
{ }

QDateTime BusinessClock::now() const
{
    return m_clock().toUTC();
}

QDate BusinessClock::day(const QDateTime &utc) const
{
    return utc.toLocalTime().addSecs(-3600LL * m_startHour).date();
}

QString BusinessClock::dayText(const QDateTime &utc) const
{
    return day(utc).toString(Qt::ISODate);
}

} // namespace tableside::server
