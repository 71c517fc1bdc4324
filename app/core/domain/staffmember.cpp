#include "staffmember.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tableside {

QString StaffMember::firstName() const
{
    // "Maria Ivanova" → "Maria": a guest learns who is coming, not the full name.
    const QString trimmed = name.trimmed();
    const qsizetype space = trimmed.indexOf(QRegularExpression(QStringLiteral("\\s")));
    return space < 0 ? trimmed : trimmed.left(space);
}

QJsonObject StaffMember::toJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("role"), toWireString(role)},
    };
}

std::optional<StaffMember> StaffMember::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json, QStringLiteral("staff member"));
    StaffMember member;
    member.id = reader.integer(QStringLiteral("id"), JsonReader::Presence::Required, 0,
                               (qint64(1) << 53) - 1);
    member.name = reader.string(QStringLiteral("name"));
    const QString roleText = reader.string(QStringLiteral("role"));
    if (const std::optional<StaffRole> role = staffRoleFromWire(roleText))
        member.role = *role;
    else if (json.value(QStringLiteral("role")).isString())
        reader.addError(
            QStringLiteral("role: ")
            + QCoreApplication::translate("JsonReader", "unknown role '%1'").arg(roleText));
    if (!reader.ok()) {
        if (error)
            *error = reader.errorString();
        return std::nullopt;
    }
    return member;
}

bool StaffMember::operator==(const StaffMember &other) const
{
    return id == other.id && name == other.name && role == other.role;
}

} // namespace tableside
