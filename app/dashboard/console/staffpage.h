#pragma once

#include "consolepage.h"

#include <QJsonArray>

class QTableWidget;
class QPushButton;
class QMessageBox;

namespace tableside::dashboard {

/// The console's Staff page: everyone with role and state; add, rename, change role, switch
/// off / on, remove, and reset a PIN (the new PIN is shown once, here only).
class StaffPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit StaffPage(DashboardSession *session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// The staff list as last fetched (the server's "staff" array).
    QJsonArray staff() const { return m_staff; }
    /// The dialog showing a new PIN while it is open (tests), else nullptr.
    QMessageBox *pinDialog() const { return m_pinDialog; }

public slots:
    void reload() override;
    // The actions without their confirmation dialogs (the buttons ask first).
    void addMember(const QString &name, const QString &role);
    void renameMember(qint64 id, const QString &name);
    void setRole(qint64 id, const QString &role);
    void setActive(qint64 id, bool active);
    void removeMember(qint64 id);
    void resetPin(qint64 id);

protected:
    void retranslate() override;

private:
    void fill();
    /// The selected member's id and JSON (id 0 when none).
    QJsonObject selected() const;
    void showPin(const QString &name, const QString &pin);
    void onAdd();
    void onRename();
    void onRole();
    void onActive();
    void onRemove();
    void onResetPin();
    static QString roleText(const QString &role);

    QJsonArray m_staff;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_role;
    QPushButton *m_active;
    QPushButton *m_remove;
    QPushButton *m_resetPin;
    QMessageBox *m_pinDialog = nullptr;
};

} // namespace tableside::dashboard
