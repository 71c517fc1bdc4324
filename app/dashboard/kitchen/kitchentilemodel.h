#pragma once

#include "kitchentile.h"
#include "language.h"
#include "tilecolour.h"

#include <QSortFilterProxyModel>

namespace tableside::dashboard {

class OrderListModel;

/// The kitchen screen's tiles: a live filter over the dashboard's OrderListModel (the same
/// convergent data as the waiter view) keeping the open orders with work for this screen's
/// station, in arrival order. Time-dependent roles are computed from the injected clock when
/// read, so nothing here ticks: the screen's one timer repaints.
class KitchenTileModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Role {
        TileRole = Qt::UserRole + 100, ///< KitchenTile
        StageRole, ///< int(KitchenTile::Stage)
        ElapsedSecondsRole, ///< qint64, since the order was placed, by the clock
        AgeLevelRole, ///< int(TileColour::Level)
    };

    explicit KitchenTileModel(QObject *parent = nullptr);

    void setOrders(OrderListModel *orders);
    /// "" = every station.
    void setStation(const QString &station);
    QString station() const { return m_station; }
    void setClock(KitchenClock clock);
    QDateTime now() const { return m_clock(); }
    void setColours(const TileColour &colours) { m_colours = colours; }
    const TileColour &colours() const { return m_colours; }
    void setLanguage(Language language);
    Language language() const { return m_language; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    KitchenTile tileAt(int row) const;
    /// Row of the tile for @p orderId, or -1.
    int rowOf(const QString &orderId) const;
    /// Whether @p order has work for a screen of @p station (open, not ready there).
    static bool hasWorkFor(const Order &order, const QString &station);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_station;
    KitchenClock m_clock;
    TileColour m_colours;
    Language m_language = Language::Bulgarian;
};

} // namespace tableside::dashboard
