#include "tablesview.h"

#include "tablesmodel.h"
#include "tabletile.h"
#include "theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScroller>
#include <QVBoxLayout>

namespace tableside::dashboard {

namespace {
constexpr int Spacing = 10;
} // namespace

TablesView::TablesView(TablesModel *model, QWidget *parent)
    : QScrollArea(parent)
    , m_model(model)
    , m_content(new QWidget)
    , m_sections(new QVBoxLayout(m_content))
    , m_empty(new QLabel)
{
    setObjectName(QStringLiteral("tablesView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(m_content);
    m_sections->setContentsMargins(8, 8, 8, 8);
    m_sections->setSpacing(Spacing);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    // Finger scrolling, as in the order columns (touch only: a mouse click stays a click).
    QScroller::grabGesture(viewport(), QScroller::TouchGesture);

    connect(model, &QAbstractItemModel::rowsInserted, this, &TablesView::rebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TablesView::rebuild);
    connect(model, &QAbstractItemModel::rowsMoved, this, &TablesView::rebuild);
    connect(model, &QAbstractItemModel::modelReset, this, &TablesView::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        // An area change moves a tile to another section; everything else is a repaint.
        bool sectionsChanged = false;
        for (const TablesModel::Table &t : m_model->tables())
            if (TableTile *tile = m_tiles.value(t.tableNumber);
                !tile || tile->table().area != t.area)
                sectionsChanged = true;
        if (sectionsChanged)
            rebuild();
        else
            updateTiles();
    });
    rebuild();
}

QStringList TablesView::sectionTitles() const
{
    QStringList titles;
    for (const QLabel *header : m_headers)
        titles.append(header->text());
    return titles;
}

int TablesView::columnCount() const
{
    const int width = viewport()->width() - 16;
    return qMax(1, (width + Spacing) / (TableTile::TileWidth + Spacing));
}

void TablesView::rebuild()
{
    // Tiles are cheap: a venue has tens of tables, and this runs only when tables come or go.
    while (QLayoutItem *item = m_sections->takeAt(0)) {
        if (QWidget *widget = item->widget(); widget && widget != m_empty)
            widget->deleteLater();
        delete item;
    }
    m_tiles.clear();
    m_headers.clear();
    m_columns = columnCount();
    const QStringList areas = m_model->areas();
    const bool sections = areas.size() > 1 || (areas.size() == 1 && !areas.first().isEmpty());
    for (const QString &area : areas) {
        if (sections) {
            auto *header = new QLabel(area.isEmpty() ? tr("Other tables") : area);
            header->setTextFormat(Qt::PlainText); // an area name as the manager typed it
            QFont font = ThemeManager::baseFont();
            font.setPointSizeF(font.pointSizeF() * 1.2);
            font.setBold(true);
            header->setFont(font);
            header->setProperty("area", area);
            m_sections->addWidget(header);
            m_headers.append(header);
        }
        auto *grid = new QWidget;
        auto *layout = new QGridLayout(grid);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(Spacing);
        layout->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        int index = 0;
        for (const TablesModel::Table &t : m_model->tables()) {
            if (t.area != area)
                continue;
            auto *tile = new TableTile;
            tile->setTable(t);
            const int number = t.tableNumber;
            connect(tile, &QAbstractButton::clicked, this,
                    [this, number] { emit tableActivated(number); });
            layout->addWidget(tile, index / m_columns, index % m_columns);
            m_tiles.insert(number, tile);
            ++index;
        }
        m_sections->addWidget(grid);
    }
    m_empty->setText(tr("No tables yet: a manager adds them in the console."));
    m_empty->setVisible(m_model->rowCount() == 0);
    m_sections->addWidget(m_empty);
    m_sections->addStretch(1);
}

void TablesView::updateTiles()
{
    for (const TablesModel::Table &t : m_model->tables())
        if (TableTile *tile = m_tiles.value(t.tableNumber))
            tile->setTable(t);
}

void TablesView::refreshTimes()
{
    for (TableTile *tile : std::as_const(m_tiles))
        tile->update();
}

void TablesView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (columnCount() != m_columns)
        rebuild();
}

void TablesView::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    // Opening the tab is a natural moment to make sure it is current.
    m_model->refresh();
}

void TablesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QScrollArea::changeEvent(event);
}

} // namespace tableside::dashboard
