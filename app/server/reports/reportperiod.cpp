#include "reportperiod.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUrlQuery>

namespace tableside::server {

namespace {

// The translation context of the reports' messages.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

std::optional<QDate> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return std::nullopt;
    return date;
}

QDateTime localStart(const QDate &day, int hour)
{
    // A start hour inside a spring-forward gap moves forward, as Qt does for local times.
    return QDateTime(day, QTime(hour, 0), Qt::LocalTime).toUTC();
}

} // namespace

std::optional<ReportPeriod> ReportPeriod::fromTexts(const QString &day, const QString &from,
                                                    const QString &to, QString *error)
{
    ReportPeriod period;
    if (!day.isEmpty() && from.isEmpty() && to.isEmpty()) {
        const auto date = parseDate(day);
        if (!date) {
            *error = Reports::tr("day: expected a date YYYY-MM-DD, got \"%1\"").arg(day);
            return std::nullopt;
        }
        period.from = period.to = *date;
        return period;
    }
    if (!day.isEmpty() || from.isEmpty() || to.isEmpty()) {
        *error = Reports::tr("give either a day or both from and to (YYYY-MM-DD)");
        return std::nullopt;
    }
    const auto first = parseDate(from);
    const auto last = parseDate(to);
    if (!first || !last) {
        *error = Reports::tr("from/to: expected dates YYYY-MM-DD");
        return std::nullopt;
    }
    if (*last < *first || first->daysTo(*last) >= MaximumDays) {
        *error = Reports::tr("from must not be after to, and a report covers at most %1 days")
                     .arg(MaximumDays);
        return std::nullopt;
    }
    period.from = *first;
    period.to = *last;
    return period;
}

std::optional<ReportPeriod> ReportPeriod::fromQuery(const QUrlQuery &query, QString *error)
{
    return fromTexts(query.queryItemValue(QStringLiteral("day")),
                     query.queryItemValue(QStringLiteral("from")),
                     query.queryItemValue(QStringLiteral("to")), error);
}

QDateTime ReportPeriod::startUtc(int businessDayStartHour) const
{
    return localStart(from, businessDayStartHour);
}

QDateTime ReportPeriod::endUtc(int businessDayStartHour) const
{
    return localStart(to.addDays(1), businessDayStartHour);
}

QString ReportPeriod::label() const
{
    if (from == to)
        return from.toString(Qt::ISODate);
    return QStringLiteral("%1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QString ReportPeriod::fileStem() const
{
    if (from == to)
        return from.toString(Qt::ISODate);
    return QStringLiteral("%1_%2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

} // namespace tableside::server
