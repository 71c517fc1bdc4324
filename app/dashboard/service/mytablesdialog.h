#pragma once

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace tableside::dashboard {

class StaffApi;

/// A waiter takes tables for the shift and gives them back (calls/waitersAssignThemselves):
/// every table with a check box — checked = mine, another waiter's table greyed out with their
/// name — saved with one PUT /api/assignments of the changed tables.
class MyTablesDialog : public QDialog
{
    Q_OBJECT
public:
    MyTablesDialog(StaffApi *api, qint64 staffId, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    /// Saves the changes (what OK does); the dialog closes once the server took them.
    void save();

signals:
    /// GET /api/assignments answered and the list is filled.
    void loaded();

private:
    void load();
    void fill(const QJsonObject &answer);

    StaffApi *m_api;
    qint64 m_staffId;
    QListWidget *m_list;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QHash<int, bool> m_mine; ///< table → mine when loaded
};

} // namespace tableside::dashboard
