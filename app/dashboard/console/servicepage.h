#pragma once

#include "consolepage.h"

class QCheckBox;
class QGroupBox;
class QSpinBox;
class QDoubleSpinBox;
class QLineEdit;
class QLabel;
class QPushButton;

namespace tableside::dashboard {

/// The console's Service page: guest ordering and waiter calls on or off, each with the
/// message guests see while it is off, and the order approval rule (anti-prank). A switch
/// applies at once (one tap); messages and the rule on Save.
class ServicePage : public ConsolePage
{
    Q_OBJECT
public:
    explicit ServicePage(DashboardSession *session, QWidget *parent = nullptr);

    QCheckBox *orderingSwitch() const { return m_ordering; }
    QCheckBox *callsSwitch() const { return m_calls; }
    QLineEdit *orderingMessage() const { return m_orderingMessage; }
    QLineEdit *callsMessage() const { return m_callsMessage; }
    QPushButton *saveButton() const { return m_save; }
    QGroupBox *approvalBox() const { return m_approval; }

public slots:
    void reload() override;
    /// PUT /api/admin/service with @p fields (the rest stays as it is).
    void apply(const QJsonObject &fields);

protected:
    void retranslate() override;

private:
    void show(const QJsonObject &service);
    QCheckBox *m_ordering;
    QCheckBox *m_calls;
    QLabel *m_orderingLabel;
    QLabel *m_callsLabel;
    QLineEdit *m_orderingMessage;
    QLineEdit *m_callsMessage;
    QPushButton *m_save;
    QGroupBox *m_approval;
    QLabel *m_approvalHint;
    QLabel *m_maxOrdersLabel;
    QLabel *m_maxEurLabel;
    QLabel *m_windowLabel;
    QSpinBox *m_maxOrders;
    QDoubleSpinBox *m_maxEur;
    QSpinBox *m_window;
};

} // namespace tableside::dashboard
