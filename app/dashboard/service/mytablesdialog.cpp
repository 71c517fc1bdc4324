#include "mytablesdialog.h"

#include "apiresult.h"
#include "labels.h"
#include "staffapi.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace tableside::dashboard {

MyTablesDialog::MyTablesDialog(StaffApi *api, qint64 staffId, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_staffId(staffId)
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("My tables"));
    auto *layout = new QVBoxLayout(this);
    auto *hint
        = new QLabel(tr("Calls and ready orders of your tables ring on your devices first."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_list->setObjectName(QStringLiteral("MyTablesList"));
    m_list->setMinimumHeight(260);
    layout->addWidget(m_list, 1);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MyTablesDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

void MyTablesDialog::load()
{
    m_status->setText(tr("Loading…"));
    // An answer that arrives after the dialog closed is dropped.
    const QPointer<MyTablesDialog> self(this);
    m_api->staffJson("GET", QStringLiteral("/api/assignments"), {}, [self](const ApiResult &r) {
        if (!self)
            return;
        if (!r.isSuccess()) {
            self->m_status->setText(r.errorMessage());
            return;
        }
        self->fill(r.body);
    });
}

void MyTablesDialog::fill(const QJsonObject &answer)
{
    QHash<int, QJsonObject> owners;
    for (const QJsonValue &value : answer.value(QStringLiteral("assignments")).toArray())
        owners.insert(value.toObject().value(QStringLiteral("tableNumber")).toInt(),
                      value.toObject());
    m_list->clear();
    m_mine.clear();
    for (const QJsonValue &value : answer.value(QStringLiteral("tables")).toArray()) {
        const int table = value.toInt();
        const QJsonObject owner = owners.value(table);
        const bool mine = owner.value(QStringLiteral("staffId")).toInteger() == m_staffId;
        const bool taken = !owner.isEmpty() && !mine;
        auto *item = new QListWidgetItem(
            taken ? tr("%1 — %2").arg(Labels::table(table),
                                      owner.value(QStringLiteral("staffName")).toString())
                  : Labels::table(table),
            m_list);
        item->setData(Qt::UserRole, table);
        // Another waiter's table is theirs to give back (or a manager's to move).
        item->setFlags(taken ? Qt::ItemIsUserCheckable
                             : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(mine ? Qt::Checked : Qt::Unchecked);
        m_mine.insert(table, mine);
    }
    m_status->clear();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    emit loaded();
}

void MyTablesDialog::save()
{
    QJsonArray changes;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        const int table = item->data(Qt::UserRole).toInt();
        const bool mine = item->checkState() == Qt::Checked;
        if (mine == m_mine.value(table))
            continue;
        changes.append(QJsonObject {{QStringLiteral("tableNumber"), table},
                                    {QStringLiteral("staffId"),
                                     mine ? QJsonValue(m_staffId) : QJsonValue(QJsonValue::Null)}});
    }
    if (changes.isEmpty()) {
        accept();
        return;
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    const QPointer<MyTablesDialog> self(this);
    m_api->staffJson("PUT", QStringLiteral("/api/assignments"),
                     {{QStringLiteral("assignments"), changes}}, [self](const ApiResult &r) {
                         if (!self)
                             return;
                         if (r.isSuccess()) {
                             self->accept();
                             return;
                         }
                         // Another waiter took a table meanwhile: show why and the fresh list.
                         self->m_status->setText(r.errorMessage());
                         self->load();
                     });
}

} // namespace tableside::dashboard
