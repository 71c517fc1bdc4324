#pragma once

#include "tablesmodel.h"

#include <QAbstractButton>

namespace tableside::dashboard {

/// One table in the tables view: a big touch tile coloured by the table's state, with its name,
/// the open total (EUR, BGN beside it) and the time since its last activity.
class TableTile : public QAbstractButton
{
    Q_OBJECT
public:
    static constexpr int TileWidth = 200;
    static constexpr int TileHeight = 128;

    explicit TableTile(QWidget *parent = nullptr);

    void setTable(const TablesModel::Table &table);
    const TablesModel::Table &table() const { return m_table; }
    QSize sizeHint() const override { return {TileWidth, TileHeight}; }

    /// The fill of a tile in @p state (theme-aware).
    static QColor stateColor(TablesModel::State state);
    /// "Free", "Open tab", "Order waiting", "Call waiting", "Bill requested", "Paid".
    static QString stateLabel(TablesModel::State state);
    /// "Table 4" or the table's own name.
    static QString title(const TablesModel::Table &table);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    TablesModel::Table m_table;
};

} // namespace tableside::dashboard
