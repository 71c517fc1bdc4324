#include "jsonreader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace tableside {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonReader", text);
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString context)
    : m_object(object)
    , m_context(std::move(context))
{ }

bool JsonReader::has(const QString &key) const
{
    return m_object.contains(key);
}

void JsonReader::addError(const QString &message)
{
    m_errors.append(message);
}

QString JsonReader::errorString() const
{
    const QString joined = m_errors.join(QStringLiteral("; "));
    if (m_context.isEmpty() || joined.isEmpty())
        return joined;
    return m_context + QStringLiteral(": ") + joined;
}

QString JsonReader::string(const QString &key, Presence presence)
{
    const QJsonValue value = m_object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isUndefined()) {
        if (presence == Presence::Required)
            addError(key + QStringLiteral(": ") + tr("missing"));
    } else if (!(value.isNull() && presence == Presence::Optional)) {
        // null stands for "absent" only where a field is optional.
        addError(key + QStringLiteral(": ") + tr("expected a string"));
    }
    return {};
}

qint64 JsonReader::integer(const QString &key, Presence presence, qint64 minimum, qint64 maximum)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || (value.isNull() && presence == Presence::Optional)) {
        if (presence == Presence::Required)
            addError(key + QStringLiteral(": ") + tr("missing"));
        return 0;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number) {
        addError(key + QStringLiteral(": ") + tr("expected an integer"));
        return 0;
    }
    // Compare as doubles first so that huge numbers cannot overflow the conversion.
    if (number < double(minimum) || number > double(maximum)) {
        addError(key + QStringLiteral(": ")
                 + tr("expected an integer from %1 to %2").arg(minimum).arg(maximum));
        return 0;
    }
    const qint64 result = value.toInteger(qint64(number));
    if (result < minimum || result > maximum) {
        addError(key + QStringLiteral(": ")
                 + tr("expected an integer from %1 to %2").arg(minimum).arg(maximum));
        return 0;
    }
    return result;
}

bool JsonReader::boolean(const QString &key, Presence presence)
{
    const QJsonValue value = m_object.value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isUndefined()) {
        if (presence == Presence::Required)
            addError(key + QStringLiteral(": ") + tr("missing"));
    } else if (!(value.isNull() && presence == Presence::Optional)) {
        addError(key + QStringLiteral(": ") + tr("expected true or false"));
    }
    return false;
}

Money JsonReader::money(const QString &key, Presence presence)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || (value.isNull() && presence == Presence::Optional)) {
        if (presence == Presence::Required)
            addError(key + QStringLiteral(": ") + tr("missing"));
        return {};
    }
    QString reason;
    const std::optional<Money> amount = Money::fromJson(value, &reason);
    if (!amount) {
        addError(key + QStringLiteral(": ") + reason);
        return {};
    }
    return *amount;
}

QDateTime JsonReader::dateTime(const QString &key, Presence presence)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || (value.isNull() && presence == Presence::Optional)) {
        if (presence == Presence::Required)
            addError(key + QStringLiteral(": ") + tr("missing"));
        return {};
    }
    const QString text = value.toString();
    // Date and time are required; seconds' fraction and the offset are optional. Without an
    // offset the time is taken as UTC (the wire's only zone), never as local time.
    static const QRegularExpression shape(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch match = shape.match(text);
    QDateTime time;
    if (value.isString() && match.hasMatch()) {
        time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (time.isValid() && match.capturedLength(3) == 0)
            time.setTimeZone(QTimeZone::utc());
    }
    if (!time.isValid()) {
        addError(key + QStringLiteral(": ")
                 + tr("expected an ISO 8601 date and time (2026-11-24T09:00:00.000Z)"));
        return {};
    }
    return time.toUTC();
}

QJsonArray JsonReader::array(const QString &key, Presence presence)
{
    const QJsonValue value = m_object.value(key);
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined()) {
        if (presence == Presence::Required)
            addError(key + QStringLiteral(": ") + tr("missing"));
    } else if (!(value.isNull() && presence == Presence::Optional)) {
        addError(key + QStringLiteral(": ") + tr("expected an array"));
    }
    return {};
}

QJsonObject JsonReader::object(const QString &key, Presence presence)
{
    const QJsonValue value = m_object.value(key);
    if (value.isObject())
        return value.toObject();
    if (value.isUndefined()) {
        if (presence == Presence::Required)
            addError(key + QStringLiteral(": ") + tr("missing"));
    } else if (!(value.isNull() && presence == Presence::Optional)) {
        addError(key + QStringLiteral(": ") + tr("expected an object"));
    }
    return {};
}

QString toWireTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QJsonValue toWireTimestampOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toWireTimestamp(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue toJsonStringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace tableside
