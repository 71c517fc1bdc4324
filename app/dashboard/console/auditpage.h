#pragma once

#include "consolepage.h"

#include <QJsonArray>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;
class QPushButton;

namespace tableside::dashboard {

/// The console's Audit page: who changed what and when, newest first, read-only; filtered by
/// area (the action's prefix) and by days (from, to), older entries a page at a time.
class AuditPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit AuditPage(DashboardSession *session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// Shown instead of the table when the server has no entry for the filter.
    QLabel *emptyLabel() const { return m_empty; }
    QComboBox *filter() const { return m_filter; }
    /// The first and last day shown (local days; the minimum date = no limit).
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    QPushButton *olderButton() const { return m_older; }
    QJsonArray entries() const { return m_entries; }
    /// Entries per request (tests use a small page).
    void setPageSize(int size) { m_pageSize = size; }
    /// Both date limits off.
    void clearDates();

public slots:
    void reload() override;
    void loadOlder();

protected:
    void retranslate() override;

private:
    void fetch(qint64 before);
    void fill();
    void updateEmptyText();
    QDateEdit *dateEdit();

    QJsonArray m_entries;
    qint64 m_nextBefore = 0;
    int m_pageSize = 100;
    // Answers of an earlier filter (still in flight when it changed) are dropped.
    int m_generation = 0;
    // The current filter's first page has come: only then may "nothing recorded" be said.
    bool m_loaded = false;
    QComboBox *m_filter;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_allDates;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_older;
};

} // namespace tableside::dashboard
