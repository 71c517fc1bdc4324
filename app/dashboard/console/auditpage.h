#pragma once

#include "consolepage.h"

#include <QJsonArray>

class QComboBox;
class QTableWidget;
class QPushButton;

namespace tableside::dashboard {

/// The console's Audit page: who changed what and when, newest first, read-only; filtered by
/// area (the action's prefix), older entries a page at a time.
class AuditPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit AuditPage(DashboardSession *session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *filter() const { return m_filter; }
    QJsonArray entries() const { return m_entries; }

public slots:
    void reload() override;
    void loadOlder();

protected:
    void retranslate() override;

private:
    void fetch(qint64 before);
    void fill();

    QJsonArray m_entries;
    qint64 m_nextBefore = 0;
    QComboBox *m_filter;
    QTableWidget *m_table;
    QPushButton *m_older;
};

} // namespace tableside::dashboard
