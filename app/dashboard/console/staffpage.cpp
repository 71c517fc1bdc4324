#include "staffpage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tableside::dashboard {

namespace {
const QStringList Roles {QStringLiteral("waiter"), QStringLiteral("kitchen"),
                         QStringLiteral("manager")};
}

StaffPage::StaffPage(DashboardSession *session, QWidget *parent)
    : ConsolePage(session, QStringLiteral("StaffPage"), parent)
{
    m_table = new QTableWidget(0, 3);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(48); // finger-sized rows
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_add = button();
    m_rename = button();
    m_role = button();
    m_active = button();
    m_remove = button();
    m_resetPin = button();
    connect(m_add, &QPushButton::clicked, this, &StaffPage::onAdd);
    connect(m_rename, &QPushButton::clicked, this, &StaffPage::onRename);
    connect(m_role, &QPushButton::clicked, this, &StaffPage::onRole);
    connect(m_active, &QPushButton::clicked, this, &StaffPage::onActive);
    connect(m_remove, &QPushButton::clicked, this, &StaffPage::onRemove);
    connect(m_resetPin, &QPushButton::clicked, this, &StaffPage::onResetPin);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_rename, m_role, m_active, m_remove, m_resetPin})
        buttons->addWidget(b);
    buttons->addStretch();
    content()->addWidget(m_table, 1);
    content()->addLayout(buttons);
    reloadOnEvents(QStringLiteral("staff"));
    retranslate();
}

QString StaffPage::roleText(const QString &role)
{
    if (role == QLatin1String("manager"))
        return tr("Manager");
    if (role == QLatin1String("kitchen"))
        return tr("Kitchen");
    return tr("Waiter");
}

void StaffPage::retranslate()
{
    setWindowTitle(tr("Staff"));
    setHeading(tr("Staff and PINs"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("State")});
    m_add->setText(tr("Add…"));
    m_rename->setText(tr("Rename…"));
    m_role->setText(tr("Role…"));
    m_active->setText(tr("Switch off / on"));
    m_remove->setText(tr("Remove…"));
    m_resetPin->setText(tr("New PIN…"));
    fill();
}

void StaffPage::reload()
{
    send("GET", QStringLiteral("/api/admin/staff"), {}, [this](const QJsonObject &body) {
        m_staff = body.value(QStringLiteral("staff")).toArray();
        fill();
    });
}

void StaffPage::fill()
{
    const qint64 keep = selected().value(QStringLiteral("id")).toInteger();
    m_table->setRowCount(int(m_staff.size()));
    for (int row = 0; row < m_staff.size(); ++row) {
        const QJsonObject member = m_staff.at(row).toObject();
        const bool active = member.value(QStringLiteral("active")).toBool(true);
        auto *name = new QTableWidgetItem(member.value(QStringLiteral("name")).toString());
        name->setData(Qt::UserRole, member.value(QStringLiteral("id")).toInteger());
        m_table->setItem(row, 0, name);
        m_table->setItem(
            row, 1,
            new QTableWidgetItem(roleText(member.value(QStringLiteral("role")).toString())));
        m_table->setItem(row, 2, new QTableWidgetItem(active ? tr("Active") : tr("Switched off")));
        if (name->data(Qt::UserRole).toLongLong() == keep)
            m_table->selectRow(row);
    }
}

QJsonObject StaffPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_staff.size() || m_table->selectedItems().isEmpty())
        return {};
    return m_staff.at(row).toObject();
}

void StaffPage::addMember(const QString &name, const QString &role)
{
    send("POST", QStringLiteral("/api/admin/staff"),
         {{QStringLiteral("name"), name}, {QStringLiteral("role"), role}},
         [this](const QJsonObject &body) {
             const QString added = body.value(QStringLiteral("staff"))
                                       .toObject()
                                       .value(QStringLiteral("name"))
                                       .toString();
             setStatus(tr("%1 was added.").arg(added));
             showPin(added, body.value(QStringLiteral("pin")).toString());
             reload();
         });
}

void StaffPage::renameMember(qint64 id, const QString &name)
{
    send("PATCH", QStringLiteral("/api/admin/staff/%1").arg(id), {{QStringLiteral("name"), name}},
         [this](const QJsonObject &) {
             setStatus(tr("Renamed."));
             reload();
         });
}

void StaffPage::setRole(qint64 id, const QString &role)
{
    send("PATCH", QStringLiteral("/api/admin/staff/%1").arg(id), {{QStringLiteral("role"), role}},
         [this](const QJsonObject &) {
             setStatus(tr("The role was changed."));
             reload();
         });
}

void StaffPage::setActive(qint64 id, bool active)
{
    send("PATCH", QStringLiteral("/api/admin/staff/%1").arg(id),
         {{QStringLiteral("active"), active}}, [this, active](const QJsonObject &) {
             setStatus(active ? tr("Switched on: the PIN works again.")
                              : tr("Switched off: signed out everywhere, the PIN no longer "
                                   "works."));
             reload();
         });
}

void StaffPage::removeMember(qint64 id)
{
    send("DELETE", QStringLiteral("/api/admin/staff/%1").arg(id), {}, [this](const QJsonObject &) {
        setStatus(tr("Removed."));
        reload();
    });
}

void StaffPage::resetPin(qint64 id)
{
    send("POST", QStringLiteral("/api/admin/staff/%1/reset-pin").arg(id), {},
         [this](const QJsonObject &body) {
             const QString name = body.value(QStringLiteral("staff"))
                                      .toObject()
                                      .value(QStringLiteral("name"))
                                      .toString();
             setStatus(tr("%1 has a new PIN.").arg(name));
             showPin(name, body.value(QStringLiteral("pin")).toString());
         });
}

void StaffPage::showPin(const QString &name, const QString &pin)
{
    // Shown once: the dashboard keeps no copy, and the server stores only its hash.
    delete m_pinDialog;
    m_pinDialog = new QMessageBox(QMessageBox::Information, tr("New PIN"),
                                  tr("The PIN of %1 is:\n\n%2\n\nTell it to them now: it is not "
                                     "shown again.")
                                      .arg(name, pin),
                                  QMessageBox::Ok, this);
    m_pinDialog->setTextFormat(Qt::PlainText);
    QFont font = m_pinDialog->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    m_pinDialog->setFont(font);
    m_pinDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_pinDialog, &QObject::destroyed, this, [this] { m_pinDialog = nullptr; });
    m_pinDialog->open();
}

void StaffPage::onAdd()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Add staff"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QStringList roles;
    for (const QString &role : Roles)
        roles << roleText(role);
    const QString role
        = QInputDialog::getItem(this, tr("Add staff"), tr("Role:"), roles, 0, false, &ok);
    if (ok)
        addMember(name, Roles.value(roles.indexOf(role)));
}

void StaffPage::onRename()
{
    const QJsonObject member = selected();
    if (member.isEmpty())
        return setStatus(tr("Select a member first."), true);
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename"), tr("Name:"), QLineEdit::Normal,
                                member.value(QStringLiteral("name")).toString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        renameMember(member.value(QStringLiteral("id")).toInteger(), name);
}

void StaffPage::onRole()
{
    const QJsonObject member = selected();
    if (member.isEmpty())
        return setStatus(tr("Select a member first."), true);
    QStringList roles;
    for (const QString &role : Roles)
        roles << roleText(role);
    bool ok = false;
    const QString role = QInputDialog::getItem(
        this, tr("Role"), tr("Role of %1:").arg(member.value(QStringLiteral("name")).toString()),
        roles, int(Roles.indexOf(member.value(QStringLiteral("role")).toString())), false, &ok);
    if (ok)
        setRole(member.value(QStringLiteral("id")).toInteger(), Roles.value(roles.indexOf(role)));
}

void StaffPage::onActive()
{
    const QJsonObject member = selected();
    if (member.isEmpty())
        return setStatus(tr("Select a member first."), true);
    setActive(member.value(QStringLiteral("id")).toInteger(),
              !member.value(QStringLiteral("active")).toBool(true));
}

void StaffPage::onRemove()
{
    const QJsonObject member = selected();
    if (member.isEmpty())
        return setStatus(tr("Select a member first."), true);
    if (QMessageBox::question(this, tr("Remove"),
                              tr("Remove %1 for good? Switching off keeps them in the history.")
                                  .arg(member.value(QStringLiteral("name")).toString()))
        == QMessageBox::Yes)
        removeMember(member.value(QStringLiteral("id")).toInteger());
}

void StaffPage::onResetPin()
{
    const QJsonObject member = selected();
    if (member.isEmpty())
        return setStatus(tr("Select a member first."), true);
    if (QMessageBox::question(this, tr("New PIN"),
                              tr("Give %1 a new PIN? The old one stops working at once.")
                                  .arg(member.value(QStringLiteral("name")).toString()))
        == QMessageBox::Yes)
        resetPin(member.value(QStringLiteral("id")).toInteger());
}

} // namespace tableside::dashboard
