#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace tableside::server {

/// Checks the fields of a guest's JSON body one by one and keeps the first problem as a
/// human-readable message (the API answers it as 400 invalid_request).
class RequestValidator
{
public:
    /// Text caps (characters).
    static constexpr int MaxOrderNotes = 500;
    static constexpr int MaxItemNotes = 200;
    static constexpr int MaxCallMessage = 200;
    static constexpr int MaxIdempotencyKey = 128;
    static constexpr int MaxLines = 50;
    static constexpr int MaxQuantity = 50;
    static constexpr int MaxTableNumber = 9999;

    explicit RequestValidator(QString context = {});

    /// A whole number within [minimum, maximum] (JSON number; no fraction, no string).
    std::optional<qint64> integer(const QJsonObject &object, const QString &key, qint64 minimum,
                                  qint64 maximum);
    /// An optional string of at most @p maxLength characters ("" when absent or null).
    std::optional<QString> optionalText(const QJsonObject &object, const QString &key,
                                        int maxLength);
    /// A required string.
    std::optional<QString> text(const QJsonObject &object, const QString &key, int maxLength);
    std::optional<bool> boolean(const QJsonObject &object, const QString &key);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &message);
    void setContext(const QString &context) { m_context = context; }

private:
    QString name(const QString &key) const;
    QString m_context;
    QString m_error;
};

} // namespace tableside::server
