#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tableside::dashboard {

/// Who is on shift: the staff present on the realtime presence channel, one row per person
/// (however many devices they have open), sorted by name.
class OnShiftModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        UserIdRole = Qt::UserRole + 1, ///< the staff id, as the server sends it
        StaffRoleRole, ///< "waiter", "kitchen" or "manager"
    };

    explicit OnShiftModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// False until the first member list arrives and again after the link is lost: then nobody
    /// can say who is on shift (an empty list would claim nobody is).
    bool isKnown() const { return m_known; }
    /// Names in display order.
    QStringList names() const;

public slots:
    /// The whole list (user_id → {"name","role"}), as on joining the channel.
    void setMembers(const QJsonObject &members);
    void addMember(const QString &userId, const QJsonObject &userInfo);
    void removeMember(const QString &userId);
    /// The link is gone: the list is unknown until setMembers().
    void forget();

signals:
    void knownChanged(bool known);

private:
    struct Member
    {
        QString userId;
        QString name;
        QString role;
    };
    static Member memberFrom(const QString &userId, const QJsonObject &userInfo);
    static bool comesBefore(const Member &a, const Member &b);
    int rowOf(const QString &userId) const;
    void setKnown(bool known);

    QList<Member> m_members;
    bool m_known = false;
};

} // namespace tableside::dashboard
