#include "devicespage.h"

#include "apiresult.h"
#include "dashboardsession.h"
#include "devicelistmodel.h"
#include "staffapi.h"
#include "syncengine.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tableside::dashboard {

namespace {
constexpr int FiguresIntervalMs = 30'000;

QString seconds(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined()
        ? QStringLiteral("—")
        : DevicesPage::tr("%1 s").arg(QLocale().toString(value.toDouble(), 'f', 1));
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    return label;
}
} // namespace

DevicesPage::DevicesPage(DashboardSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DeviceListModel(session->api(), session->sync(), this))
    , m_view(new QTableView(this))
    , m_overall(new QLabel(this))
    , m_figures(new QTableWidget(0, 4, this))
    , m_assignments(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("devicesPage"));
    setWindowTitle(tr("Devices"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Devices"), this));
    m_view->setObjectName(QStringLiteral("devicesView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(DeviceListModel::StatusColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_view, 3);

    layout->addWidget(heading(tr("Time to acknowledge calls today"), this));
    layout->addWidget(m_overall);
    m_figures->setObjectName(QStringLiteral("figuresTable"));
    m_figures->setHorizontalHeaderLabels(
        {tr("Waiter"), tr("Calls"), tr("Median"), tr("90th percentile")});
    m_figures->verticalHeader()->hide();
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_figures, 2);

    layout->addWidget(heading(tr("Tables for this shift"), this));
    m_assignments->setObjectName(QStringLiteral("assignmentsTable"));
    m_assignments->setHorizontalHeaderLabels({tr("Table"), tr("Waiter")});
    m_assignments->verticalHeader()->hide();
    m_assignments->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_assignments->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_assignments, 3);

    m_figuresTimer.setInterval(FiguresIntervalMs);
    connect(&m_figuresTimer, &QTimer::timeout, this, &DevicesPage::reloadFigures);
    // Live: an acknowledged call changes the figures, an assignment the table.
    connect(session->sync(), &SyncEngine::eventApplied, this, [this](const StaffEvent &event) {
        if (!isVisible())
            return;
        if (event.type() == StaffEventType::CallStatusChange)
            reloadFigures();
        else if (event.type() == StaffEventType::TableAssignmentChange)
            reloadAssignments();
    });
    showFigures({});
}

void DevicesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setActive(true);
    m_figuresTimer.start();
    reloadFigures();
    reloadAssignments();
}

void DevicesPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setActive(false);
    m_figuresTimer.stop();
}

void DevicesPage::reloadFigures()
{
    m_session->api()->staffJson("GET", QStringLiteral("/api/service/response-times"), {},
                                [this](const ApiResult &result) {
                                    if (result.isSuccess())
                                        showFigures(result.body);
                                });
}

void DevicesPage::showFigures(const QJsonObject &figures)
{
    const QJsonObject overall = figures.value(QStringLiteral("overall")).toObject();
    m_overall->setText(
        tr("All staff: %n call(s) answered, median %1, 90th percentile %2; waiting now: %3",
           nullptr, overall.value(QStringLiteral("count")).toInt())
            .arg(seconds(overall.value(QStringLiteral("medianSeconds"))),
                 seconds(overall.value(QStringLiteral("p90Seconds"))))
            .arg(figures.value(QStringLiteral("pending")).toInt()));
    const QJsonArray waiters = figures.value(QStringLiteral("waiters")).toArray();
    m_figures->setRowCount(int(waiters.size()));
    for (int row = 0; row < waiters.size(); ++row) {
        const QJsonObject w = waiters.at(row).toObject();
        const QStringList cells {w.value(QStringLiteral("staff")).toString(),
                                 QString::number(w.value(QStringLiteral("count")).toInt()),
                                 seconds(w.value(QStringLiteral("medianSeconds"))),
                                 seconds(w.value(QStringLiteral("p90Seconds")))};
        for (int column = 0; column < cells.size(); ++column)
            m_figures->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void DevicesPage::reloadAssignments()
{
    m_session->api()->staffJson("GET", QStringLiteral("/api/assignments"), {},
                                [this](const ApiResult &result) {
                                    if (result.isSuccess())
                                        showAssignments(result.body);
                                });
}

void DevicesPage::showAssignments(const QJsonObject &body)
{
    m_filling = true;
    QHash<int, qint64> owner;
    for (const QJsonValue &value : body.value(QStringLiteral("assignments")).toArray())
        owner.insert(value.toObject().value(QStringLiteral("tableNumber")).toInt(),
                     value.toObject().value(QStringLiteral("staffId")).toInteger());
    const QJsonArray tables = body.value(QStringLiteral("tables")).toArray();
    const QJsonArray staff = body.value(QStringLiteral("staff")).toArray();
    m_assignments->setRowCount(int(tables.size()));
    for (int row = 0; row < tables.size(); ++row) {
        const int table = tables.at(row).toInt();
        auto *item = new QTableWidgetItem(tr("Table %1").arg(table));
        item->setFlags(Qt::ItemIsEnabled);
        m_assignments->setItem(row, 0, item);
        auto *combo = new QComboBox(m_assignments);
        combo->addItem(tr("Everyone"), QJsonValue(QJsonValue::Null).toVariant());
        for (const QJsonValue &member : staff)
            combo->addItem(member.toObject().value(QStringLiteral("name")).toString(),
                           member.toObject().value(QStringLiteral("id")).toInteger());
        const int current
            = combo->findData(owner.contains(table) ? QVariant(owner.value(table)) : QVariant());
        combo->setCurrentIndex(qMax(0, current));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, table] {
            if (m_filling)
                return;
            const QVariant id = combo->currentData();
            assign(table,
                   id.isValid() && !id.isNull() ? QJsonValue(id.toLongLong())
                                                : QJsonValue(QJsonValue::Null));
        });
        m_assignments->setCellWidget(row, 1, combo);
    }
    m_filling = false;
}

void DevicesPage::assign(int tableNumber, const QJsonValue &staffId)
{
    const QJsonObject body {{QStringLiteral("assignments"),
                             QJsonArray {QJsonObject {{QStringLiteral("tableNumber"), tableNumber},
                                                      {QStringLiteral("staffId"), staffId}}}}};
    m_session->api()->staffJson("PUT", QStringLiteral("/api/assignments"), body,
                                [this](const ApiResult &) { reloadAssignments(); });
}

} // namespace tableside::dashboard
