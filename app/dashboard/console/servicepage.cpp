#include "servicepage.h"

#include "theme.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace tableside::dashboard {

namespace {

QCheckBox *bigSwitch()
{
    auto *box = new QCheckBox;
    box->setMinimumHeight(ThemeManager::TouchTarget);
    // A larger indicator: the switch is tapped, not clicked.
    box->setStyleSheet(QStringLiteral("QCheckBox::indicator { width: 36px; height: 36px; }"));
    return box;
}

} // namespace

ServicePage::ServicePage(DashboardSession *session, QWidget *parent)
    : ConsolePage(session, QStringLiteral("ServicePage"), parent)
{
    m_ordering = bigSwitch();
    m_calls = bigSwitch();
    m_orderingLabel = new QLabel;
    m_callsLabel = new QLabel;
    m_orderingMessage = new QLineEdit;
    m_callsMessage = new QLineEdit;
    for (QLineEdit *edit : {m_orderingMessage, m_callsMessage}) {
        edit->setMaxLength(200);
        edit->setMinimumHeight(ThemeManager::TouchTarget);
    }
    m_save = button();
    connect(m_ordering, &QCheckBox::toggled, this, [this](bool on) {
        apply({{QStringLiteral("guestOrdering"), on}});
    });
    connect(m_calls, &QCheckBox::toggled, this, [this](bool on) {
        apply({{QStringLiteral("waiterCalls"), on}});
    });
    // Order approval: off by default; when on, a table's orders over these wait for staff.
    m_approval = new QGroupBox;
    m_approval->setCheckable(true);
    m_approval->setChecked(false);
    m_approvalHint = new QLabel;
    m_approvalHint->setWordWrap(true);
    m_maxOrdersLabel = new QLabel;
    m_maxEurLabel = new QLabel;
    m_windowLabel = new QLabel;
    m_maxOrders = new QSpinBox;
    m_maxOrders->setRange(1, 50);
    m_maxEur = new QDoubleSpinBox;
    m_maxEur->setRange(1, 10000);
    m_maxEur->setDecimals(2);
    m_maxEur->setSuffix(QStringLiteral(" €"));
    m_window = new QSpinBox;
    m_window->setRange(1, 240);
    for (QWidget *w : std::initializer_list<QWidget *> {m_maxOrders, m_maxEur, m_window})
        w->setMinimumHeight(ThemeManager::TouchTarget);
    auto *rule = new QFormLayout(m_approval);
    rule->addRow(m_approvalHint);
    rule->addRow(m_maxOrdersLabel, m_maxOrders);
    rule->addRow(m_maxEurLabel, m_maxEur);
    rule->addRow(m_windowLabel, m_window);
    connect(m_save, &QPushButton::clicked, this, [this] {
        // Euro to whole cents without a double reaching the server.
        const qint64 cents = qint64(std::llround(m_maxEur->value() * 100));
        apply({{QStringLiteral("orderingMessage"), m_orderingMessage->text()},
               {QStringLiteral("callsMessage"), m_callsMessage->text()},
               {QStringLiteral("approval"),
                QJsonObject {{QStringLiteral("enabled"), m_approval->isChecked()},
                             {QStringLiteral("maxOrders"), m_maxOrders->value()},
                             {QStringLiteral("maxEurCents"), cents},
                             {QStringLiteral("windowMinutes"), m_window->value()}}}});
    });
    auto *form = new QFormLayout;
    form->addRow(m_ordering);
    form->addRow(m_orderingLabel, m_orderingMessage);
    form->addRow(m_calls);
    form->addRow(m_callsLabel, m_callsMessage);
    content()->addLayout(form);
    content()->addWidget(m_approval);
    content()->addWidget(m_save, 0, Qt::AlignLeft);
    content()->addStretch();
    reloadOnEvents(QStringLiteral("service"));
    retranslate();
}

void ServicePage::retranslate()
{
    setWindowTitle(tr("Service"));
    setHeading(tr("Service switches"));
    m_ordering->setText(tr("Guests can order from the table"));
    m_calls->setText(tr("Guests can call the waiter"));
    m_orderingLabel->setText(tr("Message while ordering is off:"));
    m_callsLabel->setText(tr("Message while calls are off:"));
    m_orderingMessage->setPlaceholderText(tr("e.g. Kitchen closed — drinks at the bar"));
    m_callsMessage->setPlaceholderText(tr("e.g. Please come to the bar"));
    m_save->setText(tr("Save"));
    m_approval->setTitle(tr("Approve orders first (against prank orders)"));
    m_approvalHint->setText(tr("When a table sends more orders or more money than this within "
                               "the time below, its further orders wait until a waiter approves "
                               "or rejects them on the main screen."));
    m_maxOrdersLabel->setText(tr("More orders than:"));
    m_maxEurLabel->setText(tr("More money than:"));
    m_windowLabel->setText(tr("Within minutes:"));
}

void ServicePage::reload()
{
    send("GET", QStringLiteral("/api/admin/service"), {}, [this](const QJsonObject &body) {
        show(body.value(QStringLiteral("service")).toObject());
    });
}

void ServicePage::apply(const QJsonObject &fields)
{
    send("PUT", QStringLiteral("/api/admin/service"), fields, [this](const QJsonObject &body) {
        show(body.value(QStringLiteral("service")).toObject());
        setStatus(tr("Saved: guests see it at once."));
    });
}

void ServicePage::show(const QJsonObject &service)
{
    // Showing the server's state must not send it back.
    const QSignalBlocker orderingBlocker(m_ordering);
    const QSignalBlocker callsBlocker(m_calls);
    m_ordering->setChecked(service.value(QStringLiteral("guestOrdering")).toBool(true));
    m_calls->setChecked(service.value(QStringLiteral("waiterCalls")).toBool(true));
    if (!m_orderingMessage->hasFocus())
        m_orderingMessage->setText(service.value(QStringLiteral("orderingMessage")).toString());
    const QJsonObject approval = service.value(QStringLiteral("approval")).toObject();
    m_approval->setChecked(approval.value(QStringLiteral("enabled")).toBool());
    m_maxOrders->setValue(approval.value(QStringLiteral("maxOrders")).toInt(3));
    m_maxEur->setValue(double(approval.value(QStringLiteral("maxEurCents")).toInteger(10000))
                       / 100);
    m_window->setValue(approval.value(QStringLiteral("windowMinutes")).toInt(10));
    if (!m_callsMessage->hasFocus())
        m_callsMessage->setText(service.value(QStringLiteral("callsMessage")).toString());
}

} // namespace tableside::dashboard
