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
    // By the wall clock, not by elapsed time: on the nights the clocks change, "04:00" is when
    // the clock on the wall says 4 (elapsed hours would roll over at 05:00 in spring, and at the
    // first of the two 03:00s in autumn).
    const QDateTime local = utc.toLocalTime();
    return local.time().hour() < m_startHour ? local.date().addDays(-1) : local.date();
}

QString BusinessClock::dayText(const QDateTime &utc) const
{
    return day(utc).toString(Qt::ISODate);
}

} // namespace tableside::server
