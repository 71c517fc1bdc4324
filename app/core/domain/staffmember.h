#pragma once

#include "staffrole.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace tableside {

/// Who a staff token belongs to: shown on changes ("acknowledged by Maria").
struct StaffMember
{
    qint64 id = 0;
    QString name;
    StaffRole role = StaffRole::Waiter;

    /// First word of the name: all a guest may see of who is coming.
    QString firstName() const;

    /// {"id","name","role"}
    QJsonObject toJson() const;
    static std::optional<StaffMember> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const StaffMember &other) const;
};

} // namespace tableside
