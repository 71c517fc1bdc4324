#pragma once

#include "callstatus.h"
#include "waitercall.h"

#include <QFrame>
#include <QPointer>
#include <functional>

class QLabel;
class QPropertyAnimation;
class QPushButton;
class QVBoxLayout;

namespace tableside::dashboard {

class CallListModel;

/// The urgent waiter-call popup: a red, pulsing overlay listing every unacknowledged call with a
/// big "On my way" button. It follows the model, so it closes on every device as soon as the
/// calls are acknowledged anywhere.
class CallAlertPopup : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(qreal pulse READ pulse WRITE setPulse)
public:
    CallAlertPopup(CallListModel *calls, QWidget *parent);

    qreal pulse() const { return m_pulse; }
    void setPulse(qreal pulse);
    /// Whether the popup may show at all (alert setting).
    void setEnabledByUser(bool enabled);
    /// Lists only the pending calls @p loud accepts (table assignment, issue 18).
    void setFilter(std::function<bool(const tableside::WaiterCall &)> loud);
    /// Ids of the calls the popup lists now.
    QStringList shownCallIds() const { return m_callIds; }
    bool isPulsing() const;
    /// Keeps the popup centred at the top of its parent.
    void reposition();

signals:
    void actionRequested(const QString &callId, tableside::CallStatus status);
    /// "Open bill" of a payment call was tapped.
    void billRequested(int tableNumber);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    CallListModel *m_calls;
    QLabel *m_title;
    QVBoxLayout *m_rows;
    QPropertyAnimation *m_animation;
    QStringList m_callIds;
    qreal m_pulse = 0;
    bool m_enabledByUser = true;
    std::function<bool(const tableside::WaiterCall &)> m_loud;
};

} // namespace tableside::dashboard
