#include "presencemembers.h"

namespace tableside::server {

PresenceMembers::Change PresenceMembers::add(const QString &userId, const QJsonObject &userInfo)
{
    Member &member = m_members[userId];
    // The latest info wins: a renamed staff member shows the new name on the next join.
    member.info = userInfo;
    ++member.connections;
    return member.connections == 1 ? Change::FirstConnection : Change::None;
}

PresenceMembers::Change PresenceMembers::remove(const QString &userId)
{
    auto it = m_members.find(userId);
    if (it == m_members.end())
        return Change::None;
    if (--it->connections > 0)
        return Change::None;
    m_members.erase(it);
    return Change::LastConnectionGone;
}

QJsonObject PresenceMembers::subscriptionData() const
{
    QJsonArray ids;
    QJsonObject hash;
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
        ids.append(it.key());
        hash.insert(it.key(), it->info);
    }
    return QJsonObject {{QStringLiteral("presence"),
                         QJsonObject {{QStringLiteral("ids"), ids},
                                      {QStringLiteral("hash"), hash},
                                      {QStringLiteral("count"), count()}}}};
}

QJsonArray PresenceMembers::usersArray() const
{
    QJsonArray users;
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it)
        users.append(QJsonObject {{QStringLiteral("id"), it.key()}});
    return users;
}

} // namespace tableside::server
