#include "staffsession.h"

namespace tableside::dashboard {

std::optional<StaffSession> StaffSession::fromLoginResponse(const QJsonObject &body)
{
    StaffSession session;
    session.token = body.value(QStringLiteral("token")).toString();
    const auto staff = StaffMember::fromJson(body.value(QStringLiteral("staff")).toObject());
    if (session.token.isEmpty() || !staff)
        return std::nullopt;
    session.staff = *staff;
    session.realtime = body.value(QStringLiteral("realtime")).toObject();
    session.pinChangeRequired = body.value(QStringLiteral("pinChangeRequired")).toBool();
    return session;
}

} // namespace tableside::dashboard
