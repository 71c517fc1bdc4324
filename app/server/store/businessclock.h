#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <functional>

namespace tableside::server {

/// The store's time: "now" (Store::Options::clock, which tests replace) and the business day
/// a moment belongs to (local date, rolling over at businessDayStartHour).
class BusinessClock
{
public:
    BusinessClock(std::function<QDateTime()> clock, int businessDayStartHour);

    QDateTime now() const;
    QDate day(const QDateTime &utc) const;
    /// day() as the business_day column stores it (ISO date).
    QString dayText(const QDateTime &utc) const;
    QString todayText() const { return dayText(now()); }

private:
    std::function<QDateTime()> m_clock;
    int m_startHour = 4;
};

} // namespace tableside::server
