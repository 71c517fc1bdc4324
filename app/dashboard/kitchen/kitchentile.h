#pragma once

#include "language.h"
#include "order.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace tableside::dashboard {

/// What one tile of the kitchen screen shows for an order: number, table, the lines of this
/// screen's station (or all, with the finished stations' lines marked done) and its stage.
struct KitchenTile
{
    /// Where the order is for this screen: the next bump moves it one stage on.
    enum class Stage { New, Preparing, Ready };

    struct Line
    {
        int quantity = 1;
        QString name;
        QString notes;
        QString station;
        bool done = false; ///< its station already reported ready (all-stations screen)
    };

    QString orderId;
    int orderNumber = 0;
    int tableNumber = 0;
    QDateTime createdAt;
    Stage stage = Stage::New;
    QList<Line> lines;
    QString notes; ///< the order's own notes
    QStringList stations; ///< every station with items in the order
    QMap<QString, QString> stationStatus;

    /// The tile of @p order on a screen for @p station ("" = all stations), names in @p language.
    static KitchenTile fromOrder(const Order &order, const QString &station, Language language);
    /// The stage of @p order on a screen for @p station.
    static Stage stageOf(const Order &order, const QString &station);
};

} // namespace tableside::dashboard
