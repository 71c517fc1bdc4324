#pragma once

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;
class QTableWidget;

namespace tableside::dashboard {

class DashboardSession;
class DeviceListModel;

/// The manager's Devices & service page: every staff device (online / offline since, behind,
/// sound), today's time to acknowledge calls (median and 90th percentile, per waiter) and the
/// tables given to waiters for the shift.
class DevicesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DevicesPage(DashboardSession *session, QWidget *parent = nullptr);

    DeviceListModel *model() const { return m_model; }
    QTableView *devicesView() const { return m_view; }
    QTableWidget *figuresTable() const { return m_figures; }
    QTableWidget *assignmentsTable() const { return m_assignments; }
    void reloadFigures();
    void reloadAssignments();
    /// Fills the figures from GET /api/service/response-times's body (tests call it).
    void showFigures(const QJsonObject &figures);
    /// Fills the assignment table from GET /api/assignments's body (tests call it).
    void showAssignments(const QJsonObject &body);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void assign(int tableNumber, const QJsonValue &staffId);

    DashboardSession *m_session;
    DeviceListModel *m_model;
    QTableView *m_view;
    QLabel *m_overall;
    QTableWidget *m_figures;
    QTableWidget *m_assignments;
    QTimer m_figuresTimer;
    bool m_filling = false;
};

} // namespace tableside::dashboard
