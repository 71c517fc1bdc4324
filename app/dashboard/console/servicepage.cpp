#include "servicepage.h"

#include "theme.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

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
    connect(m_save, &QPushButton::clicked, this, [this] {
        apply({{QStringLiteral("orderingMessage"), m_orderingMessage->text()},
               {QStringLiteral("callsMessage"), m_callsMessage->text()}});
    });
    auto *form = new QFormLayout;
    form->addRow(m_ordering);
    form->addRow(m_orderingLabel, m_orderingMessage);
    form->addRow(m_calls);
    form->addRow(m_callsLabel, m_callsMessage);
    content()->addLayout(form);
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
    m_save->setText(tr("Save messages"));
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
    if (!m_callsMessage->hasFocus())
        m_callsMessage->setText(service.value(QStringLiteral("callsMessage")).toString());
}

} // namespace tableside::dashboard
