#include "tablespage.h"

#include "dashboardsession.h"
#include "staffapi.h"
#include "theme.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace tableside::dashboard {

TablesPage::TablesPage(DashboardSession *session, QWidget *parent)
    : ConsolePage(session, QStringLiteral("TablesPage"), parent)
{
    m_table = new QTableWidget(0, 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows: the QR cards of a selection.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(48);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_add = button();
    m_edit = button();
    m_active = button();
    m_remove = button();
    m_cards = button();
    connect(m_cards, &QPushButton::clicked, this, &TablesPage::onCards);
    connect(m_add, &QPushButton::clicked, this, &TablesPage::onAdd);
    connect(m_edit, &QPushButton::clicked, this, &TablesPage::onEdit);
    connect(m_active, &QPushButton::clicked, this, &TablesPage::onActive);
    connect(m_remove, &QPushButton::clicked, this, &TablesPage::onRemove);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_active, m_remove, m_cards})
        buttons->addWidget(b);
    buttons->addStretch();
    content()->addWidget(m_table, 1);
    content()->addLayout(buttons);
    reloadOnEvents(QStringLiteral("tables"));
    retranslate();
}

void TablesPage::retranslate()
{
    setWindowTitle(tr("Tables"));
    setHeading(tr("Tables and QR codes"));
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Name"), tr("Area"), tr("Seats"), tr("State"), tr("QR scans")});
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_active->setText(tr("Switch off / on"));
    m_remove->setText(tr("Remove…"));
    m_cards->setText(tr("Print QR cards…"));
    fill();
}

void TablesPage::reload()
{
    send("GET", QStringLiteral("/api/admin/tables"), {}, [this](const QJsonObject &body) {
        m_tables = body.value(QStringLiteral("tables")).toArray();
        fill();
    });
}

void TablesPage::fill()
{
    const int keep = selected().value(QStringLiteral("number")).toInt();
    m_table->setRowCount(int(m_tables.size()));
    for (int row = 0; row < m_tables.size(); ++row) {
        const QJsonObject t = m_tables.at(row).toObject();
        const int number = t.value(QStringLiteral("number")).toInt();
        const QStringList cells {
            QString::number(number),
            t.value(QStringLiteral("name")).toString(),
            t.value(QStringLiteral("area")).toString(),
            QString::number(t.value(QStringLiteral("seats")).toInt()),
            t.value(QStringLiteral("active")).toBool() ? tr("Taking orders") : tr("Switched off"),
            QString::number(t.value(QStringLiteral("scans")).toInt()),
        };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (number == keep)
            m_table->selectRow(row);
    }
}

QJsonObject TablesPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_tables.size() || m_table->selectedItems().isEmpty())
        return {};
    return m_tables.at(row).toObject();
}

void TablesPage::addTable(const QJsonObject &table)
{
    send("POST", QStringLiteral("/api/admin/tables"), table, [this](const QJsonObject &body) {
        setStatus(tr("Table %1 was added.")
                      .arg(body.value(QStringLiteral("table"))
                               .toObject()
                               .value(QStringLiteral("number"))
                               .toInt()));
        reload();
    });
}

void TablesPage::changeTable(int number, const QJsonObject &fields)
{
    send("PATCH", QStringLiteral("/api/admin/tables/%1").arg(number), fields,
         [this, number](const QJsonObject &) {
             setStatus(tr("Table %1 was changed.").arg(number));
             reload();
         });
}

void TablesPage::removeTable(int number)
{
    send("DELETE", QStringLiteral("/api/admin/tables/%1").arg(number), {},
         [this, number](const QJsonObject &) {
             setStatus(tr("Table %1 was removed.").arg(number));
             reload();
         });
}

QJsonObject TablesPage::askForTable(const QJsonObject &current, bool withNumber)
{
    QDialog dialog(this);
    dialog.setWindowTitle(
        withNumber ? tr("Add a table")
                   : tr("Edit table %1").arg(current.value(QStringLiteral("number")).toInt()));
    auto *number = new QSpinBox;
    number->setRange(1, 9999);
    number->setValue(current.value(QStringLiteral("number")).toInt(1));
    number->setEnabled(withNumber);
    auto *name = new QLineEdit(current.value(QStringLiteral("name")).toString());
    name->setMaxLength(40);
    auto *area = new QLineEdit(current.value(QStringLiteral("area")).toString());
    area->setMaxLength(40);
    area->setPlaceholderText(tr("inside, terrace, bar …"));
    auto *seats = new QSpinBox;
    seats->setRange(0, 99);
    seats->setValue(current.value(QStringLiteral("seats")).toInt());
    for (QWidget *w : std::initializer_list<QWidget *> {number, name, area, seats})
        w->setMinimumHeight(ThemeManager::TouchTarget);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Number:"), number);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Area:"), area);
    form->addRow(tr("Seats:"), seats);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(box);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QJsonObject result {{QStringLiteral("name"), name->text()},
                        {QStringLiteral("area"), area->text()},
                        {QStringLiteral("seats"), seats->value()}};
    if (withNumber)
        result.insert(QStringLiteral("number"), number->value());
    return result;
}

void TablesPage::onAdd()
{
    int next = 1;
    for (const QJsonValue &t : std::as_const(m_tables))
        next = qMax(next, t.toObject().value(QStringLiteral("number")).toInt() + 1);
    const QJsonObject table = askForTable({{QStringLiteral("number"), next}}, true);
    if (!table.isEmpty())
        addTable(table);
}

void TablesPage::onEdit()
{
    const QJsonObject current = selected();
    if (current.isEmpty())
        return setStatus(tr("Select a table first."), true);
    const QJsonObject fields = askForTable(current, false);
    if (!fields.isEmpty())
        changeTable(current.value(QStringLiteral("number")).toInt(), fields);
}

void TablesPage::onActive()
{
    const QJsonObject current = selected();
    if (current.isEmpty())
        return setStatus(tr("Select a table first."), true);
    changeTable(current.value(QStringLiteral("number")).toInt(),
                {{QStringLiteral("active"), !current.value(QStringLiteral("active")).toBool()}});
}

void TablesPage::onRemove()
{
    const QJsonObject current = selected();
    if (current.isEmpty())
        return setStatus(tr("Select a table first."), true);
    const int number = current.value(QStringLiteral("number")).toInt();
    if (QMessageBox::question(this, tr("Remove"),
                              tr("Remove table %1? Its printed QR card stops working.").arg(number))
        == QMessageBox::Yes)
        removeTable(number);
}

void TablesPage::printCards(const QList<int> &numbers, const QString &pdfPath)
{
    QJsonArray list;
    for (int number : numbers)
        list.append(number);
    QPointer<TablesPage> self(this);
    session()->api()->staffJson(
        "POST", QStringLiteral("/api/admin/tables/qr-cards"), {{QStringLiteral("tables"), list}},
        [this, self, pdfPath](const ApiResult &result) {
            if (!self)
                return;
            if (!result.isSuccess())
                return setStatus(result.errorMessage(), true);
            QFile file(pdfPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(result.raw) != result.raw.size())
                return setStatus(tr("Could not write %1.").arg(QDir::toNativeSeparators(pdfPath)),
                                 true);
            file.close();
            setStatus(tr("QR cards saved to %1.").arg(QDir::toNativeSeparators(pdfPath)));
            emit cardsSaved(pdfPath);
        });
}

void TablesPage::onCards()
{
    QList<int> numbers;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        numbers.append(m_tables.at(index.row()).toObject().value(QStringLiteral("number")).toInt());
    if (numbers.isEmpty())
        return setStatus(tr("Select the tables first (several with Ctrl or Shift)."), true);
    std::sort(numbers.begin(), numbers.end());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the QR cards"),
        QDir::home().filePath(QStringLiteral("tableside-qr-cards.pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    // Opened for printing once saved.
    connect(
        this, &TablesPage::cardsSaved, this,
        [](const QString &saved) { QDesktopServices::openUrl(QUrl::fromLocalFile(saved)); },
        Qt::SingleShotConnection);
    printCards(numbers, path);
}

} // namespace tableside::dashboard
