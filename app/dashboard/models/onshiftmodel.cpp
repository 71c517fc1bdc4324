#include "onshiftmodel.h"

#include "staffrole.h"

#include <QCollator>
#include <algorithm>

namespace tableside::dashboard {

namespace {
QString roleLabel(const QString &wire)
{
    switch (staffRoleFromWire(wire).value_or(StaffRole::Waiter)) {
    case StaffRole::Waiter:
        return OnShiftModel::tr("waiter");
    case StaffRole::Kitchen:
        return OnShiftModel::tr("kitchen");
    case StaffRole::Manager:
        return OnShiftModel::tr("manager");
    }
    return wire;
}
} // namespace

OnShiftModel::OnShiftModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int OnShiftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

QVariant OnShiftModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &member = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return member.name;
    case Qt::ToolTipRole:
        //: On-shift list tooltip: "Maria (waiter)"
        return tr("%1 (%2)").arg(member.name, roleLabel(member.role));
    case UserIdRole:
        return member.userId;
    case StaffRoleRole:
        return member.role;
    default:
        return {};
    }
}

QHash<int, QByteArray> OnShiftModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(UserIdRole, "userId");
    names.insert(StaffRoleRole, "staffRole");
    return names;
}

QStringList OnShiftModel::names() const
{
    QStringList names;
    for (const Member &member : m_members)
        names.append(member.name);
    return names;
}

OnShiftModel::Member OnShiftModel::memberFrom(const QString &userId, const QJsonObject &userInfo)
{
    QString name = userInfo.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        name = userId; // a foreign Pusher client with no name still counts as somebody
    return {userId, name, userInfo.value(QStringLiteral("role")).toString()};
}

bool OnShiftModel::comesBefore(const Member &a, const Member &b)
{
    // Cyrillic and Latin names alike, as people read them; the id keeps equal names stable.
    static const QCollator collator = [] {
        QCollator c;
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    const int order = collator.compare(a.name, b.name);
    return order != 0 ? order < 0 : a.userId < b.userId;
}

int OnShiftModel::rowOf(const QString &userId) const
{
    for (int row = 0; row < m_members.size(); ++row)
        if (m_members.at(row).userId == userId)
            return row;
    return -1;
}

void OnShiftModel::setMembers(const QJsonObject &members)
{
    beginResetModel();
    m_members.clear();
    for (auto it = members.begin(); it != members.end(); ++it)
        m_members.append(memberFrom(it.key(), it.value().toObject()));
    std::sort(m_members.begin(), m_members.end(), &OnShiftModel::comesBefore);
    endResetModel();
    setKnown(true);
}

void OnShiftModel::addMember(const QString &userId, const QJsonObject &userInfo)
{
    if (userId.isEmpty() || rowOf(userId) >= 0)
        return; // the protocol announces a person once, however many devices join
    const Member member = memberFrom(userId, userInfo);
    const auto at
        = std::lower_bound(m_members.begin(), m_members.end(), member, &OnShiftModel::comesBefore);
    const int row = int(at - m_members.begin());
    beginInsertRows({}, row, row);
    m_members.insert(row, member);
    endInsertRows();
}

void OnShiftModel::removeMember(const QString &userId)
{
    const int row = rowOf(userId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_members.removeAt(row);
    endRemoveRows();
}

void OnShiftModel::forget()
{
    if (!m_members.isEmpty()) {
        beginResetModel();
        m_members.clear();
        endResetModel();
    }
    setKnown(false);
}

void OnShiftModel::setKnown(bool known)
{
    if (m_known == known)
        return;
    m_known = known;
    emit knownChanged(known);
}

} // namespace tableside::dashboard
