#pragma once

#include "consolepage.h"

#include <QJsonArray>

class QLabel;
class QTableWidget;
class QPushButton;

namespace tableside::dashboard {

/// The console's Printers page: each ticket printer's address, station, code page, paper and
/// trigger, its state and queue (uncertain jobs included), and a test print that shows the
/// printer's real answer on the status line.
class PrintersPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit PrintersPage(DashboardSession *session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// Says how printers are set up; shown instead of the table while the server has none.
    QLabel *emptyLabel() const { return m_empty; }
    QJsonArray printers() const { return m_printers; }

public slots:
    void reload() override;
    /// Test print on the selected printer.
    void testSelected();

protected:
    void retranslate() override;

private:
    void fill();

    QJsonArray m_printers;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_test;
};

} // namespace tableside::dashboard
