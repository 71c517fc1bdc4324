#pragma once

#include <QWidget>

class QLabel;

namespace tableside::dashboard {

class CardListView;
class DashboardSession;
class OrderFilterProxy;

/// The orders waiting for approval (issue 16), as a strip above the order columns: each card
/// has Approve and Cancel (reject) in one tap. Hidden while nothing waits; every staff member
/// sees it (waiters approve at the table too).
class ApprovalStrip : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalStrip(DashboardSession *session, QWidget *parent = nullptr);

    int waiting() const;
    CardListView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    OrderFilterProxy *m_proxy;
    QLabel *m_header;
    CardListView *m_view;
};

} // namespace tableside::dashboard
