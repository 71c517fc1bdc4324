#pragma once

#include <QHash>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace tableside::dashboard {

class TablesModel;
class TableTile;

/// The tables tab: one tile per table, grouped in sections by area (inside, terrace, bar…) when
/// the tables have areas; tapping a tile asks for its bill.
class TablesView : public QScrollArea
{
    Q_OBJECT
public:
    explicit TablesView(TablesModel *model, QWidget *parent = nullptr);

    TablesModel *model() const { return m_model; }
    /// The tile of @p tableNumber (nullptr if the table is unknown).
    TableTile *tile(int tableNumber) const { return m_tiles.value(tableNumber); }
    /// Section headers shown now, in order ("" sections have none).
    QStringList sectionTitles() const;
    /// Repaints the elapsed times.
    void refreshTimes();

signals:
    void tableActivated(int tableNumber);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateTiles();
    int columnCount() const;

    TablesModel *m_model;
    QWidget *m_content;
    QVBoxLayout *m_sections;
    QLabel *m_empty;
    QHash<int, TableTile *> m_tiles;
    QList<QLabel *> m_headers;
    int m_columns = 0;
};

} // namespace tableside::dashboard
