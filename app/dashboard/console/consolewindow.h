#pragma once

#include <QDialog>

class QListWidget;
class QStackedWidget;
class QLabel;
class QPushButton;

namespace tableside::dashboard {

class DashboardSession;

/// The manager's console: one page per area (menu, staff, tables, service …) picked from a
/// touch-sized list on the left. Pages are plain widgets; ConsolePages::addAll() adds them.
class ConsoleWindow : public QDialog
{
    Q_OBJECT
public:
    explicit ConsoleWindow(DashboardSession *session, QWidget *parent = nullptr);

    DashboardSession *session() const { return m_session; }

    /// Adds @p page (owned by the console) under @p title; an empty title uses the page's
    /// windowTitle(), which a page may change on a language change (the list follows it).
    /// The page's index.
    int addPage(QWidget *page, const QString &title = {});
    int pageCount() const;
    QWidget *page(int index) const;
    /// The page whose objectName() is @p name (nullptr when none).
    QWidget *page(const QString &objectName) const;
    QWidget *currentPage() const;
    void setCurrentPage(int index);
    QListWidget *pageList() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    DashboardSession *m_session;
    QLabel *m_heading;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QPushButton *m_close;
};

} // namespace tableside::dashboard
