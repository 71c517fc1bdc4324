#include "connectionindicator.h"

#include <QEvent>
#include <QLocale>

namespace tableside::dashboard {

ConnectionIndicator::ConnectionIndicator(PusherClient *pusher, SyncEngine *sync, QWidget *parent)
    : QLabel(parent)
    , m_pusher(pusher)
    , m_sync(sync)
{
    setObjectName(QStringLiteral("connectionIndicator"));
    setTextFormat(Qt::RichText);
    setMinimumHeight(40);
    connect(pusher, &PusherClient::stateChanged, this, &ConnectionIndicator::refresh);
    connect(sync, &SyncEngine::phaseChanged, this, &ConnectionIndicator::refresh);
    // The countdown ("in 4 s") needs a tick of its own.
    m_ticker.setInterval(500);
    connect(&m_ticker, &QTimer::timeout, this, &ConnectionIndicator::refresh);
    m_ticker.start();
    refresh();
}

void ConnectionIndicator::refresh()
{
    const QString since = m_pusher->offlineSince().isValid()
        ? QLocale().toString(m_pusher->offlineSince().time(), QStringLiteral("HH:mm"))
        : QString();
    QString text;
    QString colour = QStringLiteral("#16a34a");
    switch (m_pusher->state()) {
    case ConnectionState::Subscribed:
        text = m_sync->isLive() ? tr("Connected") : tr("Syncing…");
        colour = m_sync->isLive() ? colour : QStringLiteral("#d97706");
        break;
    case ConnectionState::Connecting:
    case ConnectionState::Connected:
        text = tr("Connecting…");
        colour = QStringLiteral("#d97706");
        break;
    case ConnectionState::Waiting: {
        const qint64 seconds = qMax<qint64>(
            0, (QDateTime::currentDateTime().msecsTo(m_pusher->nextRetryAt()) + 999) / 1000);
        text = tr("Reconnecting in %1 s · offline since %2").arg(seconds).arg(since);
        colour = QStringLiteral("#dc2626");
        break;
    }
    case ConnectionState::Refused:
        text = tr("Offline since %1 (refused by the server)").arg(since);
        colour = QStringLiteral("#dc2626");
        break;
    case ConnectionState::Offline:
        text = tr("Offline since %1").arg(since);
        colour = QStringLiteral("#6b7280");
        break;
    }
    if (text == m_stateText)
        return;
    m_stateText = text;
    setText(QStringLiteral("<span style='color:%1; font-size:20pt'>●</span>&nbsp;%2")
                .arg(colour, text.toHtmlEscaped()));
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_stateText.clear();
        refresh();
    }
    QLabel::changeEvent(event);
}

} // namespace tableside::dashboard
