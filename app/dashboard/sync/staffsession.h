#pragma once

#include "staffmember.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace tableside::dashboard {

/// What a successful staff login gives: the token, who it belongs to, and the realtime settings.
struct StaffSession
{
    QString token;
    StaffMember staff;
    QJsonObject realtime; ///< {"appKey","channel","authEndpoint",…}; may be empty
    /// The PIN is shorter than new PINs must be: the dashboard asks its owner to change it.
    bool pinChangeRequired = false;

    /// From POST /api/staff/login's 200 body; nullopt if token or staff is missing.
    static std::optional<StaffSession> fromLoginResponse(const QJsonObject &body);
};

} // namespace tableside::dashboard
