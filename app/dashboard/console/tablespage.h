#pragma once

#include "consolepage.h"

#include <QJsonArray>

class QTableWidget;
class QPushButton;

namespace tableside::dashboard {

/// The console's Tables page: number, name, area, seats, on/off and QR scans; add, edit,
/// switch off / on and remove a table.
class TablesPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit TablesPage(DashboardSession *session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QJsonArray tables() const { return m_tables; }

public slots:
    void reload() override;
    void addTable(const QJsonObject &table);
    void changeTable(int number, const QJsonObject &fields);
    void removeTable(int number);
    /// POST /api/admin/tables/qr-cards for @p numbers; the PDF goes to @p pdfPath, then opens.
    void printCards(const QList<int> &numbers, const QString &pdfPath);

signals:
    /// The cards' PDF was written to @p path.
    void cardsSaved(const QString &path);

protected:
    void retranslate() override;

private:
    void fill();
    QJsonObject selected() const;
    /// The add / edit form; an empty object when cancelled.
    QJsonObject askForTable(const QJsonObject &current, bool withNumber);
    void onAdd();
    void onEdit();
    void onActive();
    void onRemove();
    void onCards();

    QJsonArray m_tables;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_active;
    QPushButton *m_remove;
    QPushButton *m_cards;
};

} // namespace tableside::dashboard
