#pragma once

#include "money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <limits>

namespace tableside {

/// Reads typed fields out of a JSON object and collects one clear error per missing or
/// ill-typed field ("orderNumber: expected an integer"), so decoders stay short and
/// unknown fields are simply ignored.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, QString context = {});

    enum class Presence { Required, Optional };

    QString string(const QString &key, Presence presence = Presence::Required);
    /// Integers only (no fraction), within [minimum, maximum].
    qint64 integer(const QString &key, Presence presence = Presence::Required,
                   qint64 minimum = std::numeric_limits<int>::min(),
                   qint64 maximum = std::numeric_limits<int>::max());
    bool boolean(const QString &key, Presence presence = Presence::Required);
    Money money(const QString &key, Presence presence = Presence::Required);
    /// ISO 8601 with or without milliseconds; an invalid QDateTime when optional and absent.
    QDateTime dateTime(const QString &key, Presence presence = Presence::Required);
    QJsonArray array(const QString &key, Presence presence = Presence::Required);
    QJsonObject object(const QString &key, Presence presence = Presence::Required);
    bool has(const QString &key) const;

    void addError(const QString &message);
    bool ok() const { return m_errors.isEmpty(); }
    QStringList errors() const { return m_errors; }
    /// All errors joined with "; ".
    QString errorString() const;

private:
    QJsonObject m_object;
    QString m_context;
    QStringList m_errors;
};

/// "2026-11-24T09:00:00.000Z": the one timestamp format on the wire.
QString toWireTimestamp(const QDateTime &time);
/// toWireTimestamp(), or JSON null for an invalid (absent) time.
QJsonValue toWireTimestampOrNull(const QDateTime &time);
/// The text, or JSON null when it is empty (optional strings such as "changedBy").
QJsonValue toJsonStringOrNull(const QString &text);

} // namespace tableside
