#include "calllistmodel.h"

namespace tableside::dashboard {

CallListModel::CallListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int CallListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

QVariant CallListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WaiterCall &c = m_calls.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(c.tableNumber);
    case IdRole:
        return c.id;
    case TableNumberRole:
        return c.tableNumber;
    case TypeRole:
        return int(c.type);
    case StatusRole:
        return int(c.status);
    case UrgentRole:
        return c.isUrgent();
    case CreatedAtRole:
        return c.createdAt;
    case AcknowledgedByRole:
        return c.acknowledgedBy;
    case CallRole:
        return QVariant::fromValue(c);
    case ActionPendingRole:
        return m_actionPending.contains(c.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> CallListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "callId"},
                  {TableNumberRole, "tableNumber"},
                  {TypeRole, "callType"},
                  {StatusRole, "status"},
                  {UrgentRole, "urgent"},
                  {CreatedAtRole, "createdAt"},
                  {AcknowledgedByRole, "acknowledgedBy"},
                  {CallRole, "call"},
                  {ActionPendingRole, "actionPending"}});
    return names;
}

void CallListModel::upsert(const WaiterCall &call)
{
    const int row = rowOf(call.id);
    if (row >= 0) {
        if (!(m_calls.at(row) == call)) {
            m_calls[row] = call;
            rowChanged(row);
        }
    } else {
        const int end = int(m_calls.size());
        beginInsertRows({}, end, end);
        m_calls.append(call);
        m_rowById.insert(call.id, end);
        endInsertRows();
    }
    notifyPendingCount();
}

bool CallListModel::applyStatusChange(const QString &callId, CallStatus status,
                                      const QString &acknowledgedBy,
                                      const QDateTime &acknowledgedAt, const QDateTime &completedAt,
                                      const QString &changedBy)
{
    const int row = rowOf(callId);
    if (row < 0)
        return false;
    WaiterCall &c = m_calls[row];
    c.status = status;
    if (!acknowledgedBy.isEmpty())
        c.acknowledgedBy = acknowledgedBy;
    if (acknowledgedAt.isValid())
        c.acknowledgedAt = acknowledgedAt;
    if (completedAt.isValid())
        c.completedAt = completedAt;
    c.changedBy = changedBy;
    rowChanged(row);
    notifyPendingCount();
    return true;
}

void CallListModel::replaceAll(const QList<WaiterCall> &calls)
{
    QSet<QString> keep;
    for (const WaiterCall &c : calls)
        keep.insert(c.id);
    for (int row = int(m_calls.size()) - 1; row >= 0;) {
        if (keep.contains(m_calls.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !keep.contains(m_calls.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_calls.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    rebuildIndex();
    for (const WaiterCall &c : calls)
        upsert(c);
    notifyPendingCount();
}

void CallListModel::setActionPending(const QString &callId, bool pending)
{
    const bool changed
        = pending ? !m_actionPending.contains(callId) : m_actionPending.remove(callId);
    if (pending)
        m_actionPending.insert(callId);
    const int row = rowOf(callId);
    if (changed && row >= 0)
        emit dataChanged(index(row), index(row), {ActionPendingRole});
}

int CallListModel::rowOf(const QString &callId) const
{
    return m_rowById.value(callId, -1);
}

std::optional<WaiterCall> CallListModel::call(const QString &callId) const
{
    const int row = rowOf(callId);
    if (row < 0)
        return std::nullopt;
    return m_calls.at(row);
}

int CallListModel::pendingCount() const
{
    int count = 0;
    for (const WaiterCall &c : m_calls)
        count += c.status == CallStatus::Pending ? 1 : 0;
    return count;
}

void CallListModel::rebuildIndex()
{
    m_rowById.clear();
    for (int row = 0; row < m_calls.size(); ++row)
        m_rowById.insert(m_calls.at(row).id, row);
}

void CallListModel::rowChanged(int row)
{
    emit dataChanged(index(row), index(row));
}

void CallListModel::notifyPendingCount()
{
    const int count = pendingCount();
    if (count != m_lastPendingCount) {
        m_lastPendingCount = count;
        emit pendingCountChanged(count);
    }
}

} // namespace tableside::dashboard
