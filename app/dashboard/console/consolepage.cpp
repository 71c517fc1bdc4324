#include "consolepage.h"

#include "dashboardsession.h"
#include "staffapi.h"
#include "staffevent.h"
#include "syncengine.h"
#include "theme.h"

#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace tableside::dashboard {

ConsolePage::ConsolePage(DashboardSession *session, const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(objectName);
    m_heading = new QLabel;
    QFont font = ThemeManager::baseFont();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_heading->setFont(font);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("ConsoleStatus"));
    m_status->setTextFormat(Qt::PlainText); // the server's message, as it came
    m_status->setWordWrap(true);
    m_content = new QVBoxLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_content, 1);
    layout->addWidget(m_status);
    // Another manager's change (or a reconnect) shows here without a manual refresh.
    connect(session->sync(), &SyncEngine::snapshotApplied, this, [this] {
        if (isVisible())
            reload();
    });
}

void ConsolePage::reloadOnEvents(const QString &what)
{
    connect(m_session->sync(), &SyncEngine::eventApplied, this,
            [this, what](const StaffEvent &event, Via) {
                const bool match = what == QLatin1String("service")
                    ? event.type() == StaffEventType::ServiceChange
                    : event.type() == StaffEventType::VenueChange
                        && event.data().value(QStringLiteral("what")).toString() == what;
                if (match && isVisible())
                    reload();
            });
}

QString ConsolePage::statusText() const
{
    return m_status->text();
}

void ConsolePage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
}

void ConsolePage::setHeading(const QString &text)
{
    m_heading->setText(text);
}

QPushButton *ConsolePage::button()
{
    auto *b = new QPushButton;
    b->setMinimumHeight(ThemeManager::TouchTarget);
    // No fixed minimum width: it replaces the label's own, so a longer label (most Bulgarian
    // ones) was cut to 120 px. The theme's padding keeps a short one wide enough for a finger.
    return b;
}

void ConsolePage::send(const QByteArray &verb, const QString &path, const QJsonObject &body,
                       Success onSuccess)
{
    // The console may close before the answer comes: the guard drops it then.
    QPointer<ConsolePage> self(this);
    m_session->api()->staffJson(
        verb, path, body, [this, self, onSuccess = std::move(onSuccess)](const ApiResult &result) {
            if (!self)
                return;
            ++m_answers;
            if (result.isSuccess()) {
                if (onSuccess)
                    onSuccess(result.body);
            } else {
                setStatus(result.errorMessage(), true);
            }
            emit answered(result);
        });
}

void ConsolePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ConsolePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tableside::dashboard
