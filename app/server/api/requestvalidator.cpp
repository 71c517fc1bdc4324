#include "requestvalidator.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <cmath>

namespace tableside::server {

RequestValidator::RequestValidator(QString context)
    : m_context(std::move(context))
{ }

QString RequestValidator::name(const QString &key) const
{
    return m_context.isEmpty() ? key : m_context + u'.' + key;
}

void RequestValidator::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

std::optional<qint64> RequestValidator::integer(const QJsonObject &object, const QString &key,
                                                qint64 minimum, qint64 maximum)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        fail(QCoreApplication::translate("RequestValidator", "%1: missing").arg(name(key)));
        return std::nullopt;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number
        || number < double(minimum) || number > double(maximum)) {
        fail(QCoreApplication::translate("RequestValidator",
                                         "%1: expected a whole number from %2 to %3")
                 .arg(name(key))
                 .arg(minimum)
                 .arg(maximum));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<QString> RequestValidator::optionalText(const QJsonObject &object, const QString &key,
                                                      int maxLength)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString()) {
        fail(QCoreApplication::translate("RequestValidator", "%1: expected text").arg(name(key)));
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (text.size() > maxLength) {
        fail(QCoreApplication::translate("RequestValidator", "%1: at most %2 characters")
                 .arg(name(key))
                 .arg(maxLength));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> RequestValidator::text(const QJsonObject &object, const QString &key,
                                              int maxLength)
{
    if (!object.value(key).isString()) {
        fail(QCoreApplication::translate("RequestValidator", "%1: expected text").arg(name(key)));
        return std::nullopt;
    }
    return optionalText(object, key, maxLength);
}

std::optional<bool> RequestValidator::boolean(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool()) {
        fail(QCoreApplication::translate("RequestValidator", "%1: expected true or false")
                 .arg(name(key)));
        return std::nullopt;
    }
    return value.toBool();
}

} // namespace tableside::server
