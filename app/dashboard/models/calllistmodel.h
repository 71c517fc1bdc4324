#pragma once

#include "waitercall.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace tableside::dashboard {

/// Every waiter call the dashboard knows (open and history), one row each, updated row by row
/// from staff events (no reset on live events).
class CallListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TableNumberRole,
        TypeRole, ///< int(CallType)
        StatusRole, ///< int(CallStatus)
        UrgentRole,
        CreatedAtRole,
        AcknowledgedByRole,
        CallRole, ///< the whole WaiterCall
        ActionPendingRole,
    };

    explicit CallListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void upsert(const WaiterCall &call);
    /// Applies a call-status-change; false if the call is unknown.
    bool applyStatusChange(const QString &callId, CallStatus status, const QString &acknowledgedBy,
                           const QDateTime &acknowledgedAt, const QDateTime &completedAt,
                           const QString &changedBy);
    /// Makes the model equal to a snapshot with row operations (no reset).
    void replaceAll(const QList<WaiterCall> &calls);
    void setActionPending(const QString &callId, bool pending);

    int rowOf(const QString &callId) const;
    std::optional<WaiterCall> call(const QString &callId) const;
    const QList<WaiterCall> &calls() const { return m_calls; }
    /// Calls nobody has acknowledged yet.
    int pendingCount() const;

signals:
    /// The number of pending (unacknowledged) calls changed.
    void pendingCountChanged(int count);

private:
    void rebuildIndex();
    void rowChanged(int row);
    void notifyPendingCount();

    QList<WaiterCall> m_calls;
    QHash<QString, int> m_rowById;
    QSet<QString> m_actionPending;
    int m_lastPendingCount = 0;
};

} // namespace tableside::dashboard
