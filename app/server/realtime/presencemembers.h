#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace tableside::server {

/// Who is on one presence channel: user_id → user_info, counting connections per user so that
/// member_added is sent for a user's first connection only and member_removed after its last.
class PresenceMembers
{
public:
    enum class Change { None, FirstConnection, LastConnectionGone };

    /// Records one more connection of @p userId; FirstConnection when the user was not present.
    Change add(const QString &userId, const QJsonObject &userInfo);
    /// Forgets one connection of @p userId; LastConnectionGone when none is left.
    Change remove(const QString &userId);

    int count() const { return int(m_members.size()); }
    bool contains(const QString &userId) const { return m_members.contains(userId); }
    /// {"presence":{"ids":[..],"hash":{id:info},"count":n}} for subscription_succeeded.
    QJsonObject subscriptionData() const;
    /// [{"id":".."}, …] for GET /apps/{id}/channels/{name}/users.
    QJsonArray usersArray() const;

private:
    struct Member
    {
        QJsonObject info;
        int connections = 0;
    };
    QHash<QString, Member> m_members;
};

} // namespace tableside::server
