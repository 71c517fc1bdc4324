#pragma once

#include "consolepage.h"

#include <QHash>
#include <QJsonObject>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QTabWidget;
class QChartView;
class QChart;

namespace tableside::dashboard {

class ReportTableModel;

/// The console's Reports page (managers): a business day or a range, the key numbers on top,
/// charts (sales by hour, top products, order → ready per station, call response times), the
/// report's tables below, and exports: the server's PDF (bg or en) and one CSV per table into
/// a folder (the same bytes the server's CSVs have).
class ReportsPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit ReportsPage(DashboardSession *session, QWidget *parent = nullptr);

    QJsonObject report() const { return m_report; }
    ReportTableModel *model(const QString &table) const { return m_models.value(table); }
    /// The key numbers' texts, by metric (tests read them).
    QString keyNumber(const QString &metric) const;
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    /// Writes every table as <folder>/<name>.csv; false with the reason on the status line.
    bool writeCsv(const QString &folder);
    /// Asks the server for the PDF and saves it as @p file (answered() says when).
    void savePdf(const QString &file, const QString &language);

public slots:
    void reload() override;

protected:
    void retranslate() override;

private:
    QString periodQuery() const;
    void showReport(const QJsonObject &report);
    void fillKeyNumbers();
    void fillCharts();
    void exportPdf();
    void exportCsv();

    QComboBox *m_mode;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_pdfLanguage;
    QPushButton *m_show;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QGridLayout *m_numbers;
    QHash<QString, QLabel *> m_numberLabels;
    QList<QChartView *> m_charts;
    QTabWidget *m_tables;
    QHash<QString, ReportTableModel *> m_models;
    QJsonObject m_report;
};

} // namespace tableside::dashboard
