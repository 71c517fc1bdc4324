#pragma once

#include "order.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace tableside::dashboard {

/// Every order the dashboard knows (active and history), one row each, updated row by row from
/// staff events: inserts at the end, dataChanged for changes, never a reset on a live event.
class OrderListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        OrderNumberRole,
        TableNumberRole,
        StatusRole, ///< int(OrderStatus)
        CreatedAtRole, ///< QDateTime UTC
        UpdatedAtRole,
        TotalEurCentsRole,
        ChangedByRole,
        OrderRole, ///< the whole Order
        ActionPendingRole, ///< a status change from this device is in flight
        RevisionRole, ///< quint64, unique across rows, new whenever the order's content changes
    };

    explicit OrderListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Inserts the order or replaces the row with the same id.
    void upsert(const Order &order);
    /// Replaces the row only if @p order is not older than what the model has (REST answers
    /// may cross newer events).
    void upsertIfNewer(const Order &order);
    /// Applies an order-status-change; false if the order is unknown.
    bool applyStatusChange(const QString &orderId, OrderStatus status, const QString &changedBy,
                           const QDateTime &updatedAt, const QDateTime &completedAt);
    /// Applies an order-station-progress; false if the order is unknown.
    bool applyStationStatus(const QString &orderId, const QMap<QString, QString> &stationStatus,
                            const QString &changedBy, const QDateTime &updatedAt);
    /// Makes the model equal to a snapshot with the fewest row operations (no reset).
    void replaceAll(const QList<Order> &orders);
    void setActionPending(const QString &orderId, bool pending);

    int rowOf(const QString &orderId) const;
    std::optional<Order> order(const QString &orderId) const;
    const QList<Order> &orders() const { return m_orders; }

private:
    void rebuildIndex();
    void rowChanged(int row);
    void appendRows(const QList<Order> &orders);

    QList<Order> m_orders;
    // Parallel to m_orders: lets views cache what they compute from an order (card heights)
    // and recompute only rows whose revision changed.
    QList<quint64> m_revisions;
    quint64 m_nextRevision = 1;
    QHash<QString, int> m_rowById;
    QSet<QString> m_actionPending;
};

} // namespace tableside::dashboard
